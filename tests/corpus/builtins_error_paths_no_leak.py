# min/max/divmod/sum/pow/round/int/split/print error paths: the right messages, and nothing leaks (the heap is empty at exit)
def k(x):
    if x == 3:
        raise ValueError("bad key")
    return -x
tests = [
    lambda: max([[1], 2]),
    lambda: min([1, "a", 3]),
    lambda: max([1000, 2000, 3000], key=k),
    lambda: min(1000, [1], 3),
    lambda: max([]),
    lambda: max(1, 2, default=5),
    lambda: max(5),
    lambda: divmod(10**30, [1]),
    lambda: divmod([1], 5),
    lambda: sum([1000, 2000, "a"]),
    lambda: sum([1.5, 2.5, "a"]),
    lambda: pow(3, -1, 6),
    lambda: round(2.5, "x"),
    lambda: int("9" * 5000),
    lambda: "a b".split(5),
    lambda: print(1, 2, sep=5),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([1000, 2000, 3000], key=lambda x: -x), min(4000, 5000, 6000), max([], default=None), max("abc"), min([3, 1, 2], key=None))
import sys
a = [10**20, 10**21]
m = max(a)
print(m is a[1], sys.getrefcount(m), sys.getrefcount(a[0]))
