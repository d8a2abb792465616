import sys

def make_and_count():
    x = [1, 2]
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    z = y
    print(sys.getrefcount(z))
    del y
    print(sys.getrefcount(x))
    z = None
    print(sys.getrefcount(x))
    return x
r = make_and_count()
print(sys.getrefcount(r))

def keep_two():
    a = {}
    b = [a, a]
    print(sys.getrefcount(a))
    b.pop()
    print(sys.getrefcount(a))
    b = None
    print(sys.getrefcount(a))
keep_two()

def local_constant():
    # A constant used inside a function: co_consts of this function plus the
    # main script's AST hold it, then the local and the argument.
    k = 7654321
    print(sys.getrefcount(k))
    j = k
    print(sys.getrefcount(k))
local_constant()

def runtime_int():
    n = int("7654321")
    print(sys.getrefcount(n))
    m = n
    print(sys.getrefcount(n))
    n = None
    print(sys.getrefcount(m))
runtime_int()

def locals_released_on_return():
    big = [0] * 10
    return len(big)
shared = [9]
def alias_in_function(v):
    w = v
    u = v
    return sys.getrefcount(v)
print(locals_released_on_return())
print(alias_in_function(shared))
print(sys.getrefcount(shared))
