import sys
import ctypes

a = [1, 2, 3]
b = a
c = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a), ctypes.c_long.from_address(id(a)).value)
# del of a subscript releases the container's reference.
x = [0]
lst = [x, x, x]
d = {'k': x, 'j': x}
print(sys.getrefcount(x))
del lst[0]
print(sys.getrefcount(x), len(lst))
del lst[-1]
print(sys.getrefcount(x), len(lst))
del d['k']
print(sys.getrefcount(x), len(d))
# del of a slice
lst = [x, x, x, x, x]
print(sys.getrefcount(x))
del lst[1:3]
print(sys.getrefcount(x), len(lst))
del lst[:]
print(sys.getrefcount(x), len(lst))
# del of a container releases everything it held.
lst = [x] * 10
print(sys.getrefcount(x))
del lst
print(sys.getrefcount(x))
del d
print(sys.getrefcount(x))
# del several names at once
p = x
q = x
r = x
print(sys.getrefcount(x))
del p, q, r
print(sys.getrefcount(x))
# del inside a function
def f(arg):
    loc = arg
    print(sys.getrefcount(arg))
    del loc
    print(sys.getrefcount(arg))
    del arg
    print(sys.getrefcount(x))

f(x)
print(sys.getrefcount(x))
# A name can be bound again after del.
del x
x = [5]
print(sys.getrefcount(x), x)
