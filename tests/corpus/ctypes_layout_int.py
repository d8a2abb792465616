import ctypes

def tag(n):
    # lv_tag at +16: number of digits << 3 | sign (0 positive, 1 zero, 2 negative)
    return ctypes.c_ssize_t.from_address(id(n) + 16).value

def ndigits(n):
    return tag(n) // 8

def sign_bits(n):
    return tag(n) % 8

def digits(n):
    # 30-bit digits, least significant first, 4 bytes each from +24
    out = []
    i = 0
    while i < ndigits(n):
        out.append(ctypes.c_int.from_address(id(n) + 24 + 4 * i).value)
        i += 1
    return out

def show(n):
    print(n, tag(n), ndigits(n), sign_bits(n), digits(n))

show(0)
show(1)
show(-1)
show(256)
show(-5)
show(257 * int("1"))
show(2 ** 30 - 1)
show(2 ** 30)
show(-(2 ** 30))
show(2 ** 60)
show(2 ** 100)
show(-(2 ** 100) - 1)
show(123456789012345678901234567890)
show(int("999999999999"))

# Rebuild a value from its digits.
n = 3 ** 80
ds = digits(n)
total = 0
i = len(ds) - 1
while i >= 0:
    total = total * 2 ** 30 + ds[i]
    i -= 1
print(total == n, len(ds))

# Zero is stored with no digits in the count but one digit slot holding 0.
print(ctypes.c_int.from_address(id(0) + 24).value)

# The type pointer is int's address; bool's is bool.
print(ctypes.c_void_p.from_address(id(12345) + 8).value == id(int))
print(ctypes.c_void_p.from_address(id(True) + 8).value == id(bool), tag(True), tag(False))
