import sys

shared = [0]
print(sys.getrefcount(shared))
# Default values are evaluated once and held by the function's defaults tuple.
def f(x=shared):
    return sys.getrefcount(x)

print(sys.getrefcount(shared))
print(f())
print(f(shared))
print(f([1]))

def g(a, b=shared, c=shared):
    return sys.getrefcount(b)

print(sys.getrefcount(shared))
print(g(1))
print(g(1, shared))
# Deleting the function releases its defaults tuple.
del g
print(sys.getrefcount(shared))
del f
print(sys.getrefcount(shared))
# A mutable default accumulates across calls.
def accumulate(item, bucket=[]):
    bucket.append(item)
    return len(bucket)

o = [5]
print(accumulate(o), accumulate(o), accumulate(o))
print(sys.getrefcount(o))
# Defaults that are all constants: the compiler folds them into one constant
# tuple (8765432,) in the module's co_consts, which is then used directly as the
# defaults tuple. So: that tuple, the main script's AST, the parameter, the argument.
def h(n=8765432):
    return sys.getrefcount(n)

print(h())

def h2(n=7777777):
    return n

v = h2()
print(sys.getrefcount(v))
# A default built at definition time from an expression
def k(p=[1, 2, 3]):
    return sys.getrefcount(p)

print(k())
print(k([]))
# Redefining a function drops the old function and its defaults.
def r(z=shared):
    return z
print(sys.getrefcount(shared))
def r(z=None):
    return z
print(sys.getrefcount(shared))
