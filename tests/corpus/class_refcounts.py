import sys
import ctypes

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def self_refs(self):
        return sys.getrefcount(self)

print(sys.getrefcount(Point))
p = Point(3, 4)
print(sys.getrefcount(p), ctypes.c_long.from_address(id(p)).value)
print(sys.getrefcount(Point))
print(p.norm2(), p.self_refs())
q = p
print(sys.getrefcount(p))
del q
points = [Point(i, i) for i in range(3)]
print(sys.getrefcount(Point), [sys.getrefcount(pt) for pt in points])
print(sys.getsizeof(p), id(type(p)) == ctypes.c_void_p.from_address(id(p) + 8).value)
big = [1000, 2000]
p.x = big
print(sys.getrefcount(big))
p.y = big
print(sys.getrefcount(big))
del p
print(sys.getrefcount(big))
m = points[0].norm2
print(sys.getrefcount(points[0]), m())
del m
print(sys.getrefcount(points[0]))

class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.n = Counter.total

cs = [Counter() for _ in range(5)]
print(Counter.total, [c.n for c in cs], sys.getrefcount(Counter))
del cs
print(sys.getrefcount(Counter))
