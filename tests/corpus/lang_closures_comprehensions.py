import sys
def outer():
    x = [1, 2]
    def inner():
        return x
    print(sys.getrefcount(x))
    return inner
g = outer()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
def mk(a, b=2):
    return lambda y: a + b + y
print(mk(1)(10))
b = [x*2 for x in range(5)]
print(b, sys.getrefcount(b))
d = {k: k*k for k in range(3)}
print(d)
s = {x for x in 'abc'}
print(len(s))
x = 'outer'
print([x for x in 'ab'], x)
def f(lst):
    return [sys.getrefcount(e) for e in lst if e]
print(f([[1], [], [2]]))
print([(i, j) for i in range(3) for j in range(i)])
def h():
    y = 5
    return [y + i for i in range(3)]
print(h())
