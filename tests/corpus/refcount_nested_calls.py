import sys

def depth0(x):
    return sys.getrefcount(x)

def depth1(x):
    return depth0(x)

def depth2(x):
    y = x
    return depth1(y)

def depth3(x):
    return depth2(x)

o = [1]
print(depth0(o))
print(depth1(o))
print(depth2(o))
print(depth3(o))
print(sys.getrefcount(o))

# A call's result used directly as another call's argument.
def ident(x):
    return x

def make():
    return [1, 2]

print(sys.getrefcount(ident(o)))
print(sys.getrefcount(ident(ident(o))))
print(sys.getrefcount(make()))
print(depth0(ident(make())))
print(len(ident(make())))

# Arguments evaluated but not yet passed sit on the caller's stack.
def two(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)

print(two(o, ident(o)))
print(two(ident(o), [o]))

# Recursion passes the same object down, each frame holding one reference.
def down(x, n, out):
    if n == 0:
        out.append(sys.getrefcount(x))
        return out
    return down(x, n - 1, out)

res = down(o, 3, [])
print(res, sys.getrefcount(o))

# A function returning its argument's container member
def first(seq):
    return seq[0]

holder = [o]
print(sys.getrefcount(first(holder)))
f = first(holder)
print(sys.getrefcount(o))
