a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = "hi"
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
first, (second, third) = "A", ["B", "C"]
print(first, second, third)
i, j = range(2)
print(i, j)
k1, k2 = {"key1": 1, "key2": 2}
print(k1, k2)
# Rotation
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
# Fibonacci with simultaneous assignment
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)
# Unpacking in for loops
for name, score in [("ann", 3), ("bob", 5)]:
    print(name, score)
for (u, v), w in [((1, 2), 3), ((4, 5), 6)]:
    print(u + v + w, end=" ")
print()
d = {"x": 1, "y": 2}
for key, val in d.items():
    print(key, val)

# Returning and unpacking multiple values
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
# Subscript and attribute targets
lst = [0, 0, 0]
lst[0], lst[2] = "left", "right"
print(lst)
dd = {}
dd["a"], dd["b"] = 1, 2
print(dd)
# Chained assignment with unpacking
r1 = (s1, s2) = (7, 8)
print(r1, s1, s2)
# Evaluation order: right side fully evaluated first
t = [1, 2]
t[0], t[1] = t[1], t[0]
print(t)
single, = [42]
print(single)
(solo,) = (43,)
print(solo)
