import functools
import sys
from functools import partial, reduce, lru_cache, cache, cmp_to_key, wraps

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)

# partial
def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r

square = partial(power, exponent=2)
print(square(5), square(3, mod=4))
cube_of_2 = partial(power, 2)
print(cube_of_2(3), cube_of_2(exponent=10))
print(type(square), square.func is power, square.args, square.keywords)
print(repr(partial(max, 1, 2, key=abs)))
print(sys.getsizeof(square))
p2 = partial(cube_of_2, mod=5)
print(p2.func is power, p2.args, p2.keywords, p2(3))
data = [1, 2]
pd = partial(print, data)
print(sys.getrefcount(data))
del pd
print(sys.getrefcount(data))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    square.func = None
except AttributeError as e:
    print("AttributeError:", e)
square.note = "hello"
print(square.note, square.__dict__)
p3 = partial(square)
print(p3.func is square)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10

print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(calls)
print(slow.cache_info())
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (2, 3, 2, 2), tuple(info))
print(slow.__name__, slow.__wrapped__.__name__, type(slow).__name__)
print(slow.cache_parameters())
slow.cache_clear()
print(slow.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
print(sys.getsizeof(fib))

@lru_cache
def ident(x):
    return x

key_obj = "a-key-string-" + str(7)
before = sys.getrefcount(key_obj)
r = ident(key_obj)
print(sys.getrefcount(key_obj) - before)
big = [1, 2, 3]
before = sys.getrefcount(big)
ident(tuple(big))
print(sys.getrefcount(big) - before)
ident.cache_clear()
del r
print(sys.getrefcount(key_obj) - before + before - sys.getrefcount(key_obj))

@lru_cache(maxsize=None)
def unbounded(a, b=0):
    return [a, b]

res = unbounded(1, b=2)
print(res, sys.getrefcount(res), unbounded(1, b=2) is res, unbounded.cache_info())
print(unbounded(1), unbounded(1, 0), unbounded.cache_info().currsize)

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)

# cmp_to_key
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(by_length_then_alpha)
print(type(K).__name__, K("abc") < K("abcd"), K("b") > K("a"), K("x") == K("x"), K("q").obj)
print(sys.getsizeof(K), sys.getsizeof(K(1)))

# total_ordering
@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, v2 <= v1)
print(Version.__gt__.__name__, Version.__le__.__module__)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# wraps / update_wrapper
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(wraps(power)).__name__, wraps(power).keywords["wrapped"] is power)
