def conv(items):
    for x in items:
        yield int(x)
try:
    a, b = conv(["1", None])
except TypeError as e:
    print(e)
def f(*args): return args
try:
    f(*conv([None]))
except TypeError as e:
    print(e)
