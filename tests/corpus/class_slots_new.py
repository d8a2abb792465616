import sys
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
class Q:
    __slots__ = ()
class R(P):
    __slots__ = ('z',)
class W:
    __slots__ = ('a', '__weakref__')
class D:
    __slots__ = ('a', '__dict__')
p = P(1, 2)
print(sys.getsizeof(p), sys.getsizeof(Q()), sys.getsizeof(R(1,2)), sys.getsizeof(W()), sys.getsizeof(D()))
print(sys.getrefcount(P), P.x, type(P.x).__name__)
print(hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(P.__new__(P).x)
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v, sys.getrefcount(a))
o = object.__new__(P)
print(type(o).__name__)
