# The PyBytesObject / PyByteArrayObject layouts read through ctypes, as in CPython 3.12.
import ctypes, sys

b = b'layout check'
print(ctypes.c_long.from_address(id(b) + 16).value == len(b))   # ob_size
print(ctypes.c_long.from_address(id(b) + 24).value)              # ob_shash: -1 until hashed
h = hash(b)
print(ctypes.c_long.from_address(id(b) + 24).value == h)
print(ctypes.string_at(id(b) + 32, len(b)))
print(ctypes.string_at(id(b) + 32))                              # up to the trailing NUL
print(ctypes.c_char.from_address(id(b) + 32).value, ctypes.c_ubyte.from_address(id(b) + 33).value)
print(ctypes.c_ubyte.from_address(id(b) + 32 + len(b)).value)    # the trailing NUL
print(ctypes.c_long.from_address(id(b)).value == sys.getrefcount(b) - 1)
print(ctypes.c_long.from_address(id(b'')).value, ctypes.c_long.from_address(id(b'Z')).value)

ba = bytearray(b'abc')
print(ctypes.c_long.from_address(id(ba) + 16).value, ctypes.c_long.from_address(id(ba) + 24).value)  # size, alloc
buf = ctypes.c_void_p.from_address(id(ba) + 32).value
start = ctypes.c_void_p.from_address(id(ba) + 40).value
print(start == buf, ctypes.string_at(start, 3), ctypes.c_long.from_address(id(ba) + 48).value)
del ba[0]
start2 = ctypes.c_void_p.from_address(id(ba) + 40).value
print(start2 - buf, ctypes.c_void_p.from_address(id(ba) + 32).value == buf, ctypes.string_at(start2, 2))
ba.extend(b'defghijklmnop')
print(ctypes.c_long.from_address(id(ba) + 16).value, ctypes.c_long.from_address(id(ba) + 24).value, sys.getsizeof(ba))
e = bytearray()
print(ctypes.c_void_p.from_address(id(e) + 32).value, ctypes.c_long.from_address(id(e) + 24).value)
