import sys

g = sys.getsizeof
# Containers
print(g([]), g([1, 2]), g([1, 2, 3, 4]), g(list(range(10))))
print(g(()), g((1,)), g((1, 2)), g(tuple(range(10))))
print(g({}), g({'a': 1}), g({1: 2}), g(set()), g({1, 2, 3}))
print(g(range(10)), g(range(0)), g(range(10 ** 30)))

# Numbers
print(g(0), g(1), g(-1), g(255), g(2 ** 30 - 1), g(2 ** 30), g(2 ** 60), g(2 ** 100))
print(g(-(2 ** 100)), g(10 ** 100), g(True), g(False))
print(g(1.0), g(0.0), g(float("inf")))

# Strings
print(g(''), g('a'), g('ab'), g('x' * 100))
print(g('\u20ac'), g('\xe9'), g('\xe9\xe9'), g('\xe9' * 10))
print(g('\U0001F600'), g('\U0001F600' * 2), g('\u20ac\u20ac'))
print(g('abc' + 'é'), g('é' + 'abc'))

# Singletons and objects
print(g(None), g(object()), g(...))
print(g(len), g([].append))

# Functions defined here
def f():
    return 1

def f2(a, b=2):
    return a + b

print(g(f), g(f2))

# Size does not depend on what the items are, only how many slots there are.
print(g([None] * 5), g([[1, 2, 3]] * 5), g(['long string ' * 10] * 5))
print(g((None,) * 5), g(("x" * 1000,) * 5))
