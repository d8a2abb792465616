import ctypes

def bits(f):
    # The IEEE-754 double is stored at +16; read its 64 bits as an integer.
    v = ctypes.c_long.from_address(id(f) + 16).value
    return v % 2 ** 64

def show(f):
    print(repr(f), hex(bits(f)))

show(1.0)
show(0.5)
show(-2.0)
show(0.1)
show(float("inf"))
show(-float("inf"))
show(0.0)
show(-0.0)
show(1e300 * 10)
show(2.0 ** -1074)
show(1.7976931348623157e308)
show(3.141592653589793)

# Known constants
print(bits(1.0) == 4607182418800017408)
print(bits(-1.0) == 13830554455654793216)
print(ctypes.c_long.from_address(id(-1.0) + 16).value)

# The two 32-bit halves
h = float("1.5")
print(ctypes.c_int.from_address(id(h) + 16).value, ctypes.c_int.from_address(id(h) + 20).value)

# Floats computed at runtime
x = 1.0
for i in range(10):
    x = x * 2
print(x, hex(bits(x)))
y = 1 / 3
print(y, hex(bits(y)))
z = float(10 ** 20)
print(z, hex(bits(z)))

# The type pointer at +8, and the refcount at +0
print(ctypes.c_void_p.from_address(id(x) + 8).value == id(float))
w = x
print(ctypes.c_long.from_address(id(x)).value)
