import sys

# Int keys (general table, 24-byte entries)
d = {}
sizes = [sys.getsizeof(d)]
for i in range(100):
    d[i] = None
    s = sys.getsizeof(d)
    if sizes[-1] != s:
        sizes.append(s)
        print(len(d), s)
print(sizes)

# String keys (Unicode-only table, 16-byte entries)
u = {}
last = sys.getsizeof(u)
names = "a b c d e f g h i j k l m n o p q r s t u v w x y z".split()
for ch in names:
    u[ch] = 1
    s = sys.getsizeof(u)
    if s != last:
        print(len(u), s)
        last = s

# Mixing one non-string key in converts the table to the general layout.
m = {'a': 1, 'b': 2}
print(sys.getsizeof(m))
m[3] = 3
print(sys.getsizeof(m))

# Deleting does not shrink.
for i in range(90):
    del d[i]
print(len(d), sys.getsizeof(d))

# clear() goes back to the shared empty keys.
d.clear()
print(len(d), sys.getsizeof(d))

# Displays and dict() of given sizes
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5}), sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof(dict([(1, 1), (2, 2)])))
c = {'k': 1}
print(sys.getsizeof(c), sys.getsizeof(dict(c)))
