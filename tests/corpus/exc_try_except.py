import sys
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, repr(e), e.args, sys.getrefcount(e))
finally:
    print("fin")
def f(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("missing", e, repr(e))
        return None
    finally:
        print("finally in f")
print(f({1: 2}, 1), f({}, 'x'))
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad thing", 42)
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class Plain(ValueError): pass
try:
    raise Plain
except (TypeError, ValueError) as e:
    print("tuple match", repr(e))
for i in range(5):
    try:
        if i == 1: continue
        if i == 3: break
        print("body", i)
    finally:
        print("finally", i)
def g():
    for x in [1, 2]:
        try:
            return x
        finally:
            print("cleanup", x)
print(g())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)
else:
    print("no")
try:
    pass
except Exception:
    pass
else:
    print("else ran")
x = [1, 2, 3]
try:
    x[10]
except IndexError:
    print("index", sys.getrefcount(x))
print(sys.exc_info() if hasattr(sys, 'exc_info') else None)
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    h()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError("msg")
except TypeError as e:
    err = e
print(repr(err), sys.getrefcount(err))
del err
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        {}['missing']
ctx()
