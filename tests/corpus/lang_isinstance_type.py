values = [0, -7, 2 ** 80, 1.5, "s", "", [1], (), (1,), {}, {1: 2}, set(), {3}, None, True, False, range(2)]
for v in values:
    print(repr(v), type(v), isinstance(v, int), isinstance(v, float), isinstance(v, str))

print(type(object()), isinstance(object(), object), isinstance(5, object), isinstance(None, object))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), type(True) is bool)
print(isinstance([], list), isinstance([], tuple), isinstance((), tuple), isinstance({}, dict))
print(isinstance(5, (str, int)), isinstance(5.0, (str, int)), isinstance("x", (list, tuple, str)))
print(type(1) is int, type(1) == int, type(1.0) is float, type("") is str, type(None) is type(None))
print(type(int), type(type), type(len), type(print))
def f():
    pass
print(type(f), isinstance(f, object), type(f) is type(f))
print(type(1 + 1.0), type(3 / 1), type(3 // 1), type(3.0 // 1), type(2 ** -1), type(2 ** 2))
print(type(True + 1), type(True and 1), type(not 1), type(1 < 2))
print(type([]) is list, type(list()) is list, type(range(1)) is range)
print(type(dict(a=1)), type(set()), type(tuple()), type(str(1)), type(int("3")), type(float(1)))
t = type(5)
print(t("12") + 1, type(2.5)("3.25"), type("")(99), type([])("ab"), type(())([1, 2]))
print(bool(int), isinstance(int, type), isinstance(list, type), isinstance(5, type))
