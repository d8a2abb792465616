import sys

def f(a, b=None): print(sys.getrefcount(a))
x = [1]
f(x)
f(*[x])
f(*(x,))
t = (x,)
f(*t)
f(**{"a": x})
d = {"a": x}
f(**d)
f(x, **{"b": 1})
def g():
    y = [2]
    try:
        return y
    finally:
        print(sys.getrefcount(y))
g()

def f(a=None, b=None): print(sys.getrefcount(a), end=" ")
def g(*args, **kw): print(sys.getrefcount(args[0]) if args else sys.getrefcount(kw["a"]), end=" ")
x = [1]
f(*[x]); f(*(x,)); t=(x,); f(*t); l=[x]; f(*l)
print()
f(**{"a": x}); d={"a": x}; f(**d); f(x, **{"b": 1}); f(x, **d if False else {}); f(*[x], **{})
print()
g(*[x]); g(*t); g(**{"a": x}); g(**d); g(x, **{"b": 1})
print()
print(sys.getrefcount(x))
