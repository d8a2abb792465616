print(min(3, 1, 2), max(3, 1, 2), min([4, -2, 7]), max((4, -2, 7)), min("hello"), max("hello"))
print(min([1.5, 1, 2]), max([1, 1.0]), max([1.0, 1]), min(-0.0, 0), min(0, -0.0))
print(sum([]), sum([1, 2, 3]), sum((0.1, 0.2)), sum(range(10), 100), sum([[1], [2]], []))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (1, "z"), (1, "a")]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
def second(p):
    return p[1]
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=second), min(pairs, key=second))
print(max([0], default=None), min([], default="empty"))
print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 30), abs(True))
print(len([1, 2]), len("abc"), len({}), len({1: 2, 3: 4}), len(range(3, 9)), len((1,)), len(set()))
print(sum([10 ** 20, 10 ** 20]), sum([True, True, False]), sum([1, 2.5]))
print(max(1, 2.0), type(max(1, 2.0)), max(2, 2.0), type(max(2, 2.0)))
big = list(range(1000))
print(min(big), max(big), sum(big), len(big))
print(max(range(-5, 5), key=abs), min(range(-5, 5), key=abs))
