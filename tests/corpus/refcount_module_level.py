import sys
import ctypes

# Module-level names: each binding is one reference, getrefcount adds one for its argument.
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = a
d = c
print(sys.getrefcount(a), sys.getrefcount(d))
print(ctypes.c_long.from_address(id(a)).value)
b = 0
print(sys.getrefcount(a))
c = d = None
print(sys.getrefcount(a))

# A temporary that is not bound to any name.
print(sys.getrefcount([4, 5]))
print(sys.getrefcount(object()))
print(sys.getrefcount({}))
print(sys.getrefcount(a + a))

# Objects built at runtime
o = object()
print(sys.getrefcount(o))
p = o
q = o
print(sys.getrefcount(o), ctypes.c_long.from_address(id(o)).value)
del p
del q
print(sys.getrefcount(o), ctypes.c_long.from_address(id(o)).value)

# Rebinding a name to a new object drops the old one.
x = [0]
y = x
x = [1]
print(sys.getrefcount(y), sys.getrefcount(x))
x = y
print(sys.getrefcount(y))

# 1.5 * 3 is folded to the constant 4.5 at compile time: co_consts and the main
# script's AST both hold it, so f's count starts at 4, not 2.
f = 1.5 * 3
print(sys.getrefcount(f))
g = f
print(sys.getrefcount(f))
# A string built at runtime
s = "ab" * int("50")
print(sys.getrefcount(s), len(s))
t = s
print(sys.getrefcount(t))
# A float computed at runtime has no constant behind it.
h = float("2.5") * 2
print(sys.getrefcount(h), h)
