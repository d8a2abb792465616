import sys
class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
for c, v in [(L, []), (D, {}), (S, set()), (T, ()), (I, 5), (F, 1.5)]:
    o = c(v)
    print(c.__name__, sys.getsizeof(o), sys.getsizeof(v), sys.getrefcount(c))
l = L([1, 2]); l.x = 1
print(sys.getsizeof(l), l, repr(l), type(l).__name__, isinstance(l, list), l + [3], type(l + [3]).__name__, len(l), l[0], l == [1, 2])
t = T((1, 2)); print(t, sys.getsizeof(t), T((1,2,3)).__len__())
i = I(7); print(i + 1, type(i + 1).__name__, i, repr(i), sys.getsizeof(I(2**40)))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1]).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, Stack), sys.getrefcount(s))
class Doubler(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)
d = Doubler([1, 2, 3]); d[0] = 10
print(d[0], d[2], list(d), d)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1); ad.b = 2
print(ad, ad.a, ad.b, sorted(ad.keys()), len(ad), "a" in ad)
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(c, sum(c.values()))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), hash(p) == hash((3, 4)), sys.getsizeof(p))
class Celsius(float):
    def to_f(self): return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(1.5) + 1, repr(Celsius(2.5)))
class Flags(int):
    def has(self, bit): return bool(self & bit)
f = Flags(5)
print(f.has(4), f.has(2), f + 1, f * 2, str(f), f == 5)
class Tags(set):
    pass
t = Tags([1, 2]); t.add(3)
print(sorted(t), len(t), 2 in t, isinstance(t, set))
class Default(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
dd = Default()
dd["a"].append(1)
print(dd, dd["b"], len(dd))
