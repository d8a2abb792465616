import sys
import ctypes

def rc(obj):
    # The parameter holds one reference, so subtract it.
    return ctypes.c_long.from_address(id(obj)).value - 1

x = [1, 2, 3]
addr = id(x)
print(ctypes.c_long.from_address(addr).value)
print(ctypes.c_ssize_t.from_address(addr).value)
print(ctypes.c_int.from_address(addr).value)
print(sys.getrefcount(x) - ctypes.c_long.from_address(addr).value)
print(rc(x))

# Reading by address sees changes without holding a reference.
y = x
print(ctypes.c_long.from_address(addr).value)
z = [x, x, x]
print(ctypes.c_long.from_address(addr).value, rc(x))
z = None
y = None
print(ctypes.c_long.from_address(addr).value)

# A temporary that stays alive during the read (it is held by the list t).
t = [[0]]
print(ctypes.c_long.from_address(id(t[0])).value)

# Immortal objects: all 32 low bits set; c_int reads them as -1.
for obj in (None, True, False, 0, 256, -5, (), ''):
    print(ctypes.c_long.from_address(id(obj)).value, ctypes.c_int.from_address(id(obj)).value)

# Not immortal
for obj in (257, -6, 0.0, 1.5, [], {}):
    print(type(obj), ctypes.c_long.from_address(id(obj)).value < 1000)

# The upper half of a mortal refcount is zero.
print(ctypes.c_int.from_address(id(x) + 4).value)
print(ctypes.c_int.from_address(id(None) + 4).value)

# Reading the count of a big int as a local in a function
def local_count():
    v = int("123456789012")
    w = v
    return ctypes.c_long.from_address(id(v)).value

print(local_count())

# c_void_p reads pointer-sized values; a refcount of 1 reads as 1.
lone = [5]
print(ctypes.c_void_p.from_address(id(lone)).value)
print(ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_int), ctypes.sizeof(ctypes.c_ssize_t), ctypes.sizeof(ctypes.c_void_p))
