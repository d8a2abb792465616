class A:
    def __init__(self): super().__init__(); self.v = 1
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__() * 0 + 7
    def __setattr__(self, k, v): super().__setattr__(k, v * 2)
    def __getattribute__(self, k): return super().__getattribute__(k)
    def __format__(self, spec): return "F" + super().__format__(spec)
    def __dir__(self): return ["z"] + sorted(super().__dir__())[:2]
a = A(); print(a.v, a == a, a == 1, hash(a), format(a, "")[:12], dir(a)[:3])
print(super(A, a).__eq__(a))
print(object.__repr__(a)[:10], object.__str__(a)[:10])
