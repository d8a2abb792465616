import sys

# Capacity = (getsizeof - 56) // 8 for a list (40 bytes + 16 GC header + 8 per slot).
def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8

lst = []
sizes = []
caps = []
for i in range(130):
    lst.append(i)
    s = sys.getsizeof(lst)
    if len(sizes) == 0 or sizes[-1] != s:
        sizes.append(s)
        caps.append(cap(lst))
print(sizes)
print(caps)

# extend grows to fit in one step.
e = []
e.extend(range(10))
print(sys.getsizeof(e), cap(e))
e.extend(range(3))
print(sys.getsizeof(e), cap(e))
e.extend(range(100))
print(sys.getsizeof(e), cap(e))

# insert grows like append.
n = []
for i in range(10):
    n.insert(0, i)
print(cap(n), n)

# Popping shrinks once the list is less than half full.
p = list(range(100))
out = []
while len(p) > 0:
    before = cap(p)
    p.pop()
    if cap(p) != before:
        out.append((len(p), cap(p)))
print(out)

# Slicing, copying and multiplying make exact-size lists.
big = list(range(50))
print(cap(big), cap(big[:]), cap(big[10:20]), cap(big.copy()), cap([0] * 13))

# clear releases the storage.
big.clear()
print(sys.getsizeof(big), cap(big))

# Slice assignment resizes.
s = [0] * 8
s[2:4] = range(20)
print(len(s), cap(s))
del s[5:]
print(len(s), cap(s))
