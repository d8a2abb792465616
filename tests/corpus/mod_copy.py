import copy
import sys

# Shallow copies of built-in containers
a = [1, [2, 3], {"k": "v"}]
b = copy.copy(a)
print(b, b is a, b[1] is a[1], sys.getrefcount(a[1]))
d = {"x": [1], "y": 2}
d2 = copy.copy(d)
print(d2, d2 is d, d2["x"] is d["x"])
s = {1, 2, 3}
s2 = copy.copy(s)
print(sorted(s2), s2 is s, sys.getsizeof(s2) == sys.getsizeof(s))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a", None)) is not None)
imm = (1, 2, ("x", 3.5))
print(copy.deepcopy(imm) is imm)
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.deepcopy(len) is len)

# Deep copies
c = copy.deepcopy(a)
print(c, c[1] is a[1], c[2] is a[2], c == a)
print(sys.getrefcount(a[1]))

# Self-referencing structures
x = [1, 2]
x.append(x)
y = copy.deepcopy(x)
print(y[2] is y, y[2] is x, y)
dd = {}
dd["self"] = dd
ee = copy.deepcopy(dd)
print(ee["self"] is ee, ee)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

# Memo dict semantics
memo = {}
inner = [1]
outer = [inner, inner]
r = copy.deepcopy(outer, memo)
print(len(memo), memo[id(inner)] is r[0], memo[id(outer)] is r)
print(len(memo[id(memo)]), memo[id(memo)][0] is inner)
r2 = copy.deepcopy(inner, memo)
print(r2 is r[0])

# Tuples that contain mutable objects are copied
tm = ([1], 2)
tc = copy.deepcopy(tm)
print(tc, tc is tm, tc[0] is tm[0])

# Class instances
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point([1], 2)
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
print(p1, p1 is p, p1.x is p.x, type(p1) is Point)
print(p2, p2.x is p.x, p2.__dict__)
print(Point.__dict__.get("__slotnames__"))

class Slotted:
    __slots__ = ("a", "b", "c")
    def __init__(self):
        self.a = [1]
        self.b = "two"
        self.c = 3
    def get(self):
        return self.c

s1 = Slotted()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, s2.b, s3.get(), Slotted.__slotnames__)
del s1.b
s4 = copy.copy(s1)
print(hasattr(s4, "b"), s4.a)

class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

# __copy__ and __deepcopy__ hooks
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__, len(memo))
        return Hooked(copy.deepcopy(self.v, memo))

h = Hooked([1, 2])
hc = copy.copy(h)
print(hc.v is h.v)
hd = copy.deepcopy([h, h])
print(hd[0] is hd[1], hd[0].v == h.v, hd[0].v is h.v)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None

w = copy.deepcopy(WithState())
print(w.data, w.cache)

# Bound methods and classes
class K:
    def m(self):
        return self
k = K()
bm = copy.copy(k.m)
print(bm() is k, copy.deepcopy(K) is K, copy.copy(K) is K)
bd = copy.deepcopy(k.m)
print(bd() is k, type(bd()) is K)

# Errors
def gen():
    yield 1
try:
    copy.copy(gen())
except TypeError as ex:
    print("TypeError:", ex)
try:
    copy.deepcopy(gen())
except TypeError as ex:
    print("TypeError:", ex)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))

# Nested: deep copy keeps the shape, reference counts of the originals unchanged after the copy dies
big = [[i, [i]] for i in range(3)]
before = [sys.getrefcount(v) for v in big]
cp = copy.deepcopy(big)
del cp
print([sys.getrefcount(v) for v in big] == before)
print(sys.getsizeof(copy.copy([1, 2, 3])), sys.getsizeof(copy.deepcopy([1, 2, 3])), sys.getsizeof(copy.copy({1: 2})))
class L(list):
    pass
class D(dict):
    pass
l = L([1, [2]])
l.tag = "t"
c = copy.copy(l); dc = copy.deepcopy(l)
print(type(c).__name__, c, c.tag, type(dc).__name__, dc, dc[1] is l[1])
d = D(a=[1])
print(type(copy.copy(d)).__name__, copy.copy(d), copy.deepcopy(d)["a"] is d["a"])
