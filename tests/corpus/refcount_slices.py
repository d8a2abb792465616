import sys

x = [0]
y = [1]
lst = [x, y, x, y, x]
print(sys.getrefcount(x), sys.getrefcount(y))

# A slice is a new list holding new references to the items.
part = lst[1:3]
print(sys.getrefcount(x), sys.getrefcount(y), len(part))
whole = lst[:]
print(whole is lst, sys.getrefcount(x), sys.getrefcount(y))
del whole
print(sys.getrefcount(x), sys.getrefcount(y))
rev = lst[::-1]
print(sys.getrefcount(x))
rev = None
print(sys.getrefcount(x))

# Slice assignment: replaced items are released, new ones referenced.
lst[0:2] = [y, y, y]
print(len(lst), sys.getrefcount(x), sys.getrefcount(y))
lst[:] = []
print(len(lst), sys.getrefcount(x), sys.getrefcount(y))
lst = [x, x, x, x, x, x]
print(sys.getrefcount(x))
del lst[1:4]
print(len(lst), sys.getrefcount(x))
del lst[::2]
print(len(lst), sys.getrefcount(x))
lst[1:1] = [y]
print(lst[1] is y, sys.getrefcount(y))

# Extended slice assignment with a step
lst = [x, x, x, x]
lst[::2] = [y, y]
print(sys.getrefcount(x), sys.getrefcount(y))
part = None
print(sys.getrefcount(x), sys.getrefcount(y))

# Tuple slices: a full slice returns the same tuple.
t = (x, y, x)
print(sys.getrefcount(t))
t2 = t[:]
print(t2 is t, sys.getrefcount(t))
t3 = t[0:2]
print(t3 is t, sys.getrefcount(x), sys.getrefcount(y))

# String slices
s = "hello world, hello"
s2 = s[:]
print(s2 is s)
s3 = s[0:5]
print(repr(s3), sys.getrefcount(s3))
# An earlier argument of the same call is on the stack while getrefcount runs.
part = [s3]
print(part, sys.getrefcount(part))
print(sys.getrefcount(part), sys.getrefcount(s3))
