import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as c:
    print("body", c.name, sys.getrefcount(c))
with CM("b", True):
    raise ValueError("swallowed")
print("after b")
def f():
    with CM("c"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
with CM("x") as x, CM("y") as y:
    print("two", x.name, y.name)
try:
    with CM("d"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with CM("e"):
    {}["nokey"]
