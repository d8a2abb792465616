import sys
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, "k": 1, **b})
print({**a}, {**{}}, {"p": 0, **a, "q": 9, "x": -1})
print({**a, **b} == a | b if hasattr(a, "__or__") else None)
class M:
    def keys(self): return ["m1", "m2"]
    def __getitem__(self, k): return k.upper()
print({**M(), "m1": "over"})
class NoKeys:
    pass
for bad in [5, [("a", 1)], NoKeys()]:
    try:
        {**bad}
    except TypeError as e:
        print("TypeError:", e)
k = "".join(["ke", "y"])
v = object()
before = (sys.getrefcount(k), sys.getrefcount(v))
d = {**{k: v}}
print(sys.getrefcount(k) - before[0], sys.getrefcount(v) - before[1])
del d
print(sys.getrefcount(k) - before[0], sys.getrefcount(v) - before[1])
big = {"a0": 0, "a1": 1, "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6, "a7": 7, "a8": 8, "a9": 9,
       "b0": 0, "b1": 1, "b2": 2, "b3": 3, "b4": 4, "b5": 5, "b6": 6, "b7": 7, "b8": 8, "b9": 9, **a}
print(len(big), list(big)[-3:])
def f(**kw):
    return {**kw, "extra": True}
print(f(one=1))
def g():
    n = 3
    return {i: i for i in range(n)} | {**{"w": n}}
print(g())
class Bomb:
    def keys(self): return ["x"]
    def __getitem__(self, k): raise KeyError(k)
try:
    {**Bomb()}
except KeyError as e:
    print("KeyError:", e)
