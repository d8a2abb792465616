import sys

data = [10, 20, 30]
print(sys.getrefcount(data))

def walk(seq):
    for item in seq:
        yield item

g = walk(data)
print(sys.getrefcount(data))   # the generator has not started: its argument holds the list
first = next(g)
print(sys.getrefcount(data), sys.getrefcount(first))
rest = list(g)
print(sys.getrefcount(data), rest)
del g
print(sys.getrefcount(data))

squares = (x * x for x in data)
print(sys.getrefcount(data), type(squares).__name__)
print(next(squares), sys.getrefcount(data))
del squares
print(sys.getrefcount(data))

def holder():
    big = [1, 2, 3]
    yield sys.getrefcount(big)
    yield big

h = holder()
print(next(h))
b = next(h)
print(sys.getrefcount(b))
del h
print(sys.getrefcount(b))

class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)

def producer():
    for i in range(3):
        t = Tracked(i)
        yield t.n

for n in producer():
    print("got", n)
print("done")
