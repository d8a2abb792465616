class A:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
a = A(); a.x = 1; print(a.x); del a.x; print(hasattr(a, "x"))
class B:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback " + n
b = B(); b.y = 5
print(b.magic, b.y, b.zzz)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class C1(Base): pass
class C2(C1): pass
print(Base.registry)
class Frozen:
    __slots__ = ("v",)
    def __init__(self, v): object.__setattr__(self, "v", v)
    def __setattr__(self, n, v): raise AttributeError("frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)
