import gc
class Tracked:
    def __init__(self, n): self.n = n
    def __del__(self): print("release", self.n)
def inner():
    t = Tracked("inner")
    try:
        yield 1
        yield 2
    finally:
        print("inner cleanup")
def outer():
    t = Tracked("outer")
    yield from inner()
g = outer()
print(next(g))
del g
print("after del")
def cyc():
    me = yield
    yield me
c = cyc()
next(c)
c.send(c)
del c
print("cycle made")
print(gc.collect())
print("end")
