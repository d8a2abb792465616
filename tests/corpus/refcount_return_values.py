import sys

def new_list():
    return [1, 2, 3]

def same(x):
    return x

def local_then_return():
    tmp = [0]
    alias = tmp
    return tmp

def from_global():
    return g

def pick(seq, i):
    return seq[i]
r = new_list()
print(sys.getrefcount(r))
print(sys.getrefcount(new_list()))
s = same(r)
print(s is r, sys.getrefcount(r))
del s
# Locals are released when the function returns: only the result survives.
t = local_then_return()
print(sys.getrefcount(t))
g = [7]
h = from_global()
print(sys.getrefcount(g))
holder = [g, r]
p = pick(holder, 1)
print(p is r, sys.getrefcount(r))
p = None
# Returning a tuple of several values
def several(x):
    return x, x, [x]
res = several(r)
print(sys.getrefcount(r), sys.getrefcount(res))
a, b, c = several(r)
print(sys.getrefcount(r))
del res
print(sys.getrefcount(r))
# Discarded return values are released at once.
new_list()
same(r)
several(r)
print(sys.getrefcount(r))
# A function with no return statement returns None.
def nothing():
    x = r
print(nothing())
print(sys.getrefcount(r))
# Returning a constant
def const():
    return 12345678
k = const()
print(sys.getrefcount(k))
k2 = const()
print(k is k2, sys.getrefcount(k))
