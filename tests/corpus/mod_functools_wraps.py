import functools
import sys

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__ is not add)
orig = add.__wrapped__
print(sys.getrefcount(orig))

def plain(x):
    return x
plain.tag = "t"
def w2(*a):
    return plain(*a)
r = functools.update_wrapper(w2, plain)
print(r is w2, w2.__name__, w2.tag, w2.__wrapped__ is plain)
