import sys
class A:
    """doc"""
    count = 0
    def __init__(self, x):
        self.x = x
        A.count += 1
    def get(self):
        return self.x
    def __repr__(self):
        return "A(" + repr(self.x) + ")"
    def __del__(self):
        print("del", self.x)
a = A([1, 2])
print(a, a.get(), A.count, sys.getrefcount(a), sys.getrefcount(a.x))
print(sys.getrefcount(A), sys.getsizeof(a))
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def get(self):
        return (super().get(), self.y)
    def refs(self):
        return sys.getrefcount(self)
b = B(1, 2)
print(b.get(), isinstance(b, A), isinstance(a, B), type(b).__name__, B.__mro__)
print(b.refs(), sys.getrefcount(B), sys.getrefcount(A))
m = b.get
print(m, sys.getrefcount(b))
del m
print(sys.getrefcount(b))
del a
print("after del a")
b = None
print("after b")
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls.__name__
    def __eq__(self, o): return isinstance(o, P) and o._v == self._v
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
    def __add__(self, o): return self._v + o
    def __radd__(self, o): return o - self._v
p = P(); p.v = 5
print(p.v, P.s(1), p.s(2), P.c(), p.c(), p == P(), len(p), p[4], p + 1, 1 + p, bool(p))
print(hasattr(p, 'v'), getattr(p, 'zz', 9))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2
print(sys.getrefcount(n2), n1.next.v)
