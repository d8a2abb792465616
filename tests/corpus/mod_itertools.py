import itertools
import sys
from itertools import (count, cycle, repeat, chain, islice, zip_longest, product, permutations,
                       combinations, combinations_with_replacement, accumulate, groupby, starmap,
                       takewhile, dropwhile, filterfalse, compress, tee, pairwise, batched)
import operator

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(2.5), count(1, 2), count(10, -1), count(1, 1.0))
print(list(islice(count(0, 3), 4)), list(zip("ab", count(1))))
cy = cycle("AB")
print([next(cy) for _ in range(5)], type(cy).__name__)
print(repeat(1, 3), list(repeat(1, 3)), repeat("x"), list(islice(repeat("x"), 2)), list(repeat(0, -2)))
r = repeat(7, 2)
next(r)
print(r)
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
try:
    islice([], -1)
except ValueError as e:
    print("ValueError:", e)
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3])))
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(4)))), list(permutations([1, 2], 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(3), 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g), end="; ")
print()
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), type(a).__name__)
t3 = tee("xy", 3)
print(len(t3), [list(t) for t in t3], tee([1], 0))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(batched("ABCDEFG", 3)))
try:
    batched("x", 0)
except ValueError as e:
    print("ValueError:", e)
# sizes and reference counts
for o in [count(), cycle([1]), repeat(1, 3), chain([1], [2]), islice([1, 2], 1), zip_longest([1], [2]),
          product([1], [2]), permutations([1, 2]), combinations([1, 2], 1), combinations_with_replacement([1, 2], 1),
          accumulate([1]), groupby([1]), starmap(pow, []), takewhile(bool, []), dropwhile(bool, []),
          filterfalse(bool, []), compress([], []), pairwise([1]), batched([1], 2)]:
    print(type(o).__name__, sys.getsizeof(o), end=", ")
print()
data = [10, 20]
before = sys.getrefcount(data)
it = cycle(data)
print(sys.getrefcount(data) - before)
del it
item = object()
rp = repeat(item, 5)
print(sys.getrefcount(item))
del rp
print(sys.getrefcount(item))
print(type(itertools.chain.from_iterable).__name__, itertools.count)
