import sys
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    wrapper.__dict__.update({"tag": "t"})
    return wrapper
@counted
def add(a, b=1, *, c=2):
    "Add things."
    return a + b + c
print(add(1), add(2, 3), add.calls, add.__name__, add.__qualname__, add.__doc__, add.tag)
print(add.__wrapped__.__name__, add.__dict__ == {"calls": 2, "tag": "t", "__wrapped__": add.__wrapped__})
def f(a, b=2, *, c=3):
    return (a, b, c)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f(1))
f.__defaults__ = (10, 20)
f.__kwdefaults__ = {"c": 30}
print(f(), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
f.__kwdefaults__ = None
print(f.__defaults__, f.__kwdefaults__)
try:
    f(1, c=5)
except TypeError as e:
    print("TypeError:", e)
for attr, val in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 3), ("__dict__", 1), ("__annotations__", 2)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print("TypeError:", e)
for attr in ["__name__", "__qualname__", "__dict__"]:
    try:
        delattr(f, attr)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
f.x = 1
del f.x
print(hasattr(f, "x"), f.__dict__)
f.__doc__ = "new doc"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
f.__dict__ = {"y": 2}
print(f.y)
# cycle through the function's dict is collected
import gc
def g(): pass
g.self_ref = g
del g
print(gc.collect())
o = object()
def h(): pass
h.obj = o
print(sys.getrefcount(o))
del h
print(sys.getrefcount(o))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
