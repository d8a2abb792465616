import sys
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)), sum(count(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e)
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
lst = [[1], [2, 3]]
print(sys.getrefcount(lst[0]))
ge = (len(x) for x in lst)
print(sys.getrefcount(lst), list(ge), sys.getrefcount(lst))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)
e = echo()
print(next(e), e.send(1), e.send("x"))
def outer():
    r = yield from count(3)
    print("inner returned", r)
    yield "end"
print(list(outer()))
def withfinally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
w = withfinally()
print(next(w))
del w
print("after del")
def pairs(d):
    for k, v in d.items():
        yield k, v
print(dict(pairs({"a": 1, "b": 2})))
print(type(count(1)).__name__, any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
y = 10
print(list(x + y for x in range(3) if x != 1))
def gfun():
    z = 5
    return list(i * z for i in range(3))
print(gfun())
