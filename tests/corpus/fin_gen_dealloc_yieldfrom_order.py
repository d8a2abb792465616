class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("release", self.n)
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    t = T("outer")
    yield from inner()
g = outer()
next(g)
del g
print("--")
g = outer()
next(g)
g.close()
print("closed")
