class A:
    def __repr__(self): return "A:" + super().__repr__()[:9]
    def __str__(self): return "S:" + super().__str__()[:9]
print(repr(A()), str(A()))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
print(repr(L([1])))
class E(Exception):
    def __repr__(self): return "E" + super().__repr__()
print(repr(E(1)))
print(Exception.__str__(E("q")))
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
print(D(a=1))
