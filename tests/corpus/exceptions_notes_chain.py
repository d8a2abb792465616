import sys
class E(Exception):
    pass
e = E("x")
e.add_note("hello")
print(sys.getrefcount(e.__notes__), e.__notes__)
try:
    raise E("inner")
except E as x:
    x.add_note("in handler")
    print(x.__notes__)
def g():
    yield 1
    return 5
for v in [None, 5]:
    pass
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print(s.value, s.args)
print(SystemExit("bye").code)
try:
    raise KeyError("k")
except LookupError as k:
    print(repr(k), k.args)
def f():
    try:
        1/0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise RuntimeError("wrapped") from z
f()
