import sys

g = sys.getsizeof
# Tuples: 40 + 8 per item (including the GC header), no over-allocation.
row = []
t = ()
for i in range(8):
    row.append(g(t))
    t = t + (i,)
print(row)
print(g(tuple(range(100))), g(tuple([1, 2, 3])), g((1, 2) * 10))

# Sets built item by item: 216 up to 4 items, then the table grows.
last = g(set())
print(last)
for i in range(100):
    s = set(range(i))
    if g(s) != last:
        last = g(s)
        print(len(s), last)

# A display of 3+ constants merges a constant frozenset into an empty set,
# which sizes the table differently from adding items one by one.
print(g({1}), g({1, 2, 3, 4}), g({1, 2, 3, 4, 5}), g(set(range(5))), g(set(range(10))))
x = 1
print(g({x, 2, 3, 4, 5}), g(set([1, 2, 3, 4, 5])), g(set({1, 2, 3, 4, 5})))

# Ints: 28 bytes for 0..2**30-1, then 4 bytes per 30-bit digit.
sizes = []
n = 1
for i in range(8):
    sizes.append(g(n))
    n = n * 2 ** 30
print(sizes)
print(g(-1), g(-(2 ** 30)), g(2 ** 30 - 1), g(2 ** 31), g(2 ** 59), g(2 ** 90 - 1))
print(g(12345678901234567890123456789012345678901234567890))

# Floats are always 24.
print(g(1.0), g(1e300), g(-0.0), g(float(10 ** 300)))

# Nested containers: getsizeof does not include the items.
inner = list(range(1000))
print(g([inner]), g((inner,)), g({1: inner}), g([inner, inner]))

# range objects
print(g(range(5)), g(range(-10, 10, 3)), g(range(2 ** 70)))
