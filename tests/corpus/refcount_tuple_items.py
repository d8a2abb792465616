import sys

a = [1]
b = [2]
t = (a, b, a)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(t))
u = t
print(sys.getrefcount(t))
first = t[0]
print(first is a, sys.getrefcount(a))
del first

# A tuple inside a tuple
tt = (t, t)
print(sys.getrefcount(t), sys.getrefcount(a))
del tt
print(sys.getrefcount(t))

# Building tuples from lists and back
lst = [a, a, b]
t2 = tuple(lst)
print(sys.getrefcount(a), sys.getrefcount(b))
l2 = list(t2)
print(sys.getrefcount(a), sys.getrefcount(b))
del lst, t2, l2
print(sys.getrefcount(a), sys.getrefcount(b))

# Concatenation makes a new tuple with new references.
t3 = t + (b,)
print(len(t3), sys.getrefcount(a), sys.getrefcount(b))
t4 = t * 2
print(len(t4), sys.getrefcount(a), sys.getrefcount(b))
del t3, t4
print(sys.getrefcount(a), sys.getrefcount(b))

# Releasing the tuple releases its items.
del t
print(sys.getrefcount(a), sys.getrefcount(u))
u = None
print(sys.getrefcount(a), sys.getrefcount(b))

# A one-item tuple and a tuple returned by a function
def wrap(x):
    return (x,)

w = wrap(a)
print(sys.getrefcount(a), sys.getrefcount(w))
w = wrap(w)
print(sys.getrefcount(a), sys.getrefcount(w), sys.getrefcount(w[0]))

# Constant tuples are shared constants of the code object.
c1 = (1000, 2000, 3000)
c2 = (1000, 2000, 3000)
print(c1 is c2, sys.getrefcount(c1))
print(sys.getrefcount(c1[0]))
