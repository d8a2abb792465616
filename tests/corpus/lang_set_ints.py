# Sets of small ints print in a deterministic order (hash of an int is the int).
s = {3, 1, 2}
print(s, len(s))
print(set(), set([5, 5, 5]), set(range(10)), set((4, 2, 4)))
print(1 in s, 4 in s, 4 not in s)
print({1, 2} == {2, 1}, {1, 2} != {1, 3}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1})
e = {0, 8, 16, 24}
print(e)
big = set(range(20, 0, -3))
print(big, len(big))
lst = [5, 3, 5, 1, 3, 9]
uniq = set(lst)
print(uniq, len(uniq), list(uniq))
print(min(uniq), max(uniq), sum(uniq))
t = tuple({7, 6, 5})
print(t)
d = dict()
for x in {10, 20, 30}:
    d[x] = x * 2
print(d)
neg = {-1, -2, -3, 0}
print(neg)
mixed = {1, 1.0, True}
print(mixed, len(mixed))
print(set([(1, 2), (1, 2)]) == {(1, 2)}, len({(1, 2), (2, 1)}))
empty = set()
print(empty, bool(empty), bool({0}), type(empty), type({1}))
print(isinstance(s, set), set("") == set())
total = 0
for x in {100, 200, 300}:
    total += x
print(total)
