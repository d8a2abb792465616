import sys
import ctypes
# Immortal objects report 4294967295 (the low 32 bits of the count are all ones).
print(sys.getrefcount(None))
print(sys.getrefcount(True), sys.getrefcount(False))
print(sys.getrefcount(0), sys.getrefcount(1), sys.getrefcount(256), sys.getrefcount(-5))
print(sys.getrefcount(()))
print(sys.getrefcount(''))
print(sys.getrefcount('a'), sys.getrefcount('Z'))
print(sys.getrefcount('hello'))          # identifier-like literal: interned
print(sys.getrefcount(int))
print(sys.getrefcount(type(None)))
print(ctypes.c_long.from_address(id(None)).value)
print(ctypes.c_int.from_address(id(None)).value)
print(ctypes.c_long.from_address(id(100)).value)
# Many references to an immortal do not change its count.
lots = [None] * 1000
print(sys.getrefcount(None))
# Small ints made at runtime are the cached immortal objects.
n = int("200")
k = 200
print(n is k, sys.getrefcount(n))
n = int("-5")
print(sys.getrefcount(n))
# Outside -5..256, ints made at runtime are ordinary objects.
m = int("257")
print(sys.getrefcount(m))
m = int("-6")
print(sys.getrefcount(m))
m = 200 + int("57")
print(m)
print(sys.getrefcount(m))
# Strings: one-character Latin-1 strings are immortal, even when built at runtime.
c = "abc"[1]
print(c, sys.getrefcount(c))
c = "xy"[0:1]
print(sys.getrefcount(c))
w = "q" + str(len("abc")) + "z"
# (repr: printing w itself would let the buffered stdout hold it for a while)
print(repr(w))
print(sys.getrefcount(w))
# sys.intern of a string not yet interned interns that very object and makes it immortal.
w2 = sys.intern(w)
print(w2 is w, sys.getrefcount(w))
# "ab" + "3" is folded to the constant 'ab3' at compile time and interned then,
# so interning an equal runtime string returns the constant, not the argument.
e = "ab" + str(3)
e2 = sys.intern(e)
print(e2 is e, e2 == e, sys.getrefcount(e), sys.getrefcount(e2))
ab3 = "ab" + "3"
print(e2 is ab3)
# A folded string constant is interned and immortal.
folded = 'x' * 50
print(sys.getrefcount(folded))
runtime = 'x' * int("50")
print(runtime == folded, runtime is folded, sys.getrefcount(runtime))
print(sys.intern(runtime) is folded)
# Immortal ints do not change when stored in containers.
big = [5, 5, 5, 5]
print(sys.getrefcount(5))
