class V:
    def __init__(self, x): self.x = x
    def __abs__(self): return V(abs(self.x))
    def __round__(self, n=None): return ("round", self.x, n)
    def __int__(self): return int(self.x) * 10
    def __float__(self): return float(self.x) / 2
    def __divmod__(self, o): return ("divmod", self.x, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.x)
    def __repr__(self): return f"V({self.x})"
v = V(-3)
print(abs(v), round(v), round(v, 2), round(v, None), int(v), float(v))
print(divmod(v, 2), divmod(7, v), divmod(v, V(1)))
class I:
    def __index__(self): return 7
print(int(I()), float(I()), bin(7))
class BadInt:
    def __int__(self): return "x"
class BadIndex:
    def __index__(self): return 1.5
class BadFloat:
    def __float__(self): return 1
for f, o in [(int, BadInt()), (int, BadIndex()), (float, BadFloat()), (float, BadIndex())]:
    try:
        f(o)
    except TypeError as e:
        print("TypeError:", e)
class Nothing: pass
for f in [abs, round, int, float]:
    try:
        f(Nothing())
    except TypeError as e:
        print("TypeError:", e)
try:
    divmod(Nothing(), 1)
except TypeError as e:
    print("TypeError:", e)
class NI:
    def __divmod__(self, o): return NotImplemented
try:
    divmod(NI(), 1)
except TypeError as e:
    print("TypeError:", e)
print(sum([abs(V(-1)).x, abs(V(2)).x]))
