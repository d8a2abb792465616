import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in handler"
it = g()
print(next(it))
print(sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(next(g()), sys.exc_info()[0])
