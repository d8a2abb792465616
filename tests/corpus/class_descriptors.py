class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = "_" + name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class P:
    x = Typed("x", int)
    def __init__(self, x): self.x = x
    @Lazy
    def heavy(self):
        print("computing")
        return 42
p = P(3)
print(p.x, p._x, type(P.x).__name__)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
print(p.heavy, p.heavy, "heavy" in p.__dict__)
