# dir(): sorted names of an object, a class, a scope.
def f(a, b=2):
    c = 3

    def g():
        return c
    print(dir())
    return g


f(1)


class A:
    x = 1

    def m(self):
        pass


a = A()
a.y = 2
print(dir(a))
print(dir(A))
print([n for n in dir([]) if not n.startswith("_")])
print(len(dir(1)), len(dir("")), len(dir({})), dir(1) == dir(int))
print(dir(None)[:5])
print([n for n in dir(ValueError("x")) if not n.startswith("__")])


class B:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(B()))
import gc
print([n for n in dir(gc) if not n.startswith("__")])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
