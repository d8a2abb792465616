import sys
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.__dict__)
p.__dict__["z"] = 3
print(p.z, sorted(p.__dict__))
p.__dict__.update({"w": 4})
print(p.w)
d = p.__dict__
print(d is p.__dict__, sys.getrefcount(d))
del p.x
print(d)
q = P(5, 6)
q.__dict__ = {"a": 1}
print(q.__dict__, q.a, hasattr(q, "x"))
print(P.__dict__["kind"], "x" in P.__dict__, type(p).__dict__ is P.__dict__)
for k, v in p.__dict__.items():
    print(k, v)
print(len(p.__dict__), list(p.__dict__.keys()), list(p.__dict__.values()))
