import sys
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
m = map(len, ["ab", "c"])
print(type(m).__name__, sys.getsizeof(m), next(m), list(m))
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int))
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
o = A(); o.x = 1
print(vars(o))
delattr(o, "x")
print(vars(o))
exit(3)
