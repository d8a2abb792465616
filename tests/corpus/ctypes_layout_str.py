import ctypes

def length(s):
    return ctypes.c_ssize_t.from_address(id(s) + 16).value

def hash_cached(s):
    # The hash field at +24 holds -1 until the hash is first computed.
    return ctypes.c_ssize_t.from_address(id(s) + 24).value != -1

def state(s):
    # Bit field at +32: interned (2 bits), kind (3 bits), compact, ascii, statically allocated.
    # Only the low byte is the bit field; the rest of the 4 bytes is padding.
    return ctypes.c_int.from_address(id(s) + 32).value % 256

def ascii_bytes(s, nwords):
    # Compact ASCII strings keep their characters (plus a NUL) right after the
    # 40-byte header. Read them 4 bytes at a time, little-endian.
    out = []
    i = 0
    while i < nwords:
        v = ctypes.c_int.from_address(id(s) + 40 + 4 * i).value % 2 ** 32
        j = 0
        while j < 4:
            out.append(v % 256)
            v = v // 256
            j += 1
        i += 1
    return out

s = "hello, " + str(len("world!")) + " worlds"
print(s, length(s), len(s))
print(ascii_bytes(s, (len(s) + 1) // 4))
print(state(s))
print(hash_cached(s))
d = {s: 1}
print(hash_cached(s), length(s))

# Non-ASCII strings have a larger header; the length field still counts characters.
u = "caf" + "\xe9" * int("2")
print(len(u), length(u), state(u))
w = "\u20ac" * int("3")
print(len(w), length(w), state(w))
e = "\U0001F600" + str(1)
print(len(e), length(e), state(e))

# An interned, immortal literal has different state bits.
print(state("identifier_like"), length("identifier_like"))

# The empty string
print(length(""), state(""))
print(ctypes.c_void_p.from_address(id(s) + 8).value == id(str))
