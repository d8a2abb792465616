import contextlib
import sys
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

try:
    with swallow():
        raise IndexError("not swallowed")
except IndexError as e:
    print("propagated", e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def resource():
    data = [1, 2, 3]
    yield data
    data.clear()

with resource() as r:
    print(r, sys.getrefcount(r))
print(r)

cm = tag("x")
print(type(cm).__name__, sys.getsizeof(cm), tag.__name__, tag.__wrapped__.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(KeyError):
    {}["missing"]
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
with suppress():
    pass

class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as res:
    print(type(res).__name__)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)
print(sys.getsizeof(suppress()), sys.getsizeof(nullcontext()), sys.getsizeof(closing(1)))
print(repr(suppress()).startswith("<contextlib.suppress object at 0x"))

@contextmanager
def counter():
    n = [0]
    yield n
    print("final", n[0])
with counter() as c:
    for i in range(3):
        c[0] += i
