a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:100], a[3:3], a[5:2])
t = tuple(range(6))
print(t[1:4], t[::-1], t[::3], t[-2:], t[10:])
s = "abcdefgh"
print(s[1:4], s[::-1], s[::3], s[-3:], s[5:1:-1], s[:0])
# Slice assignment
b = list(range(8))
b[2:4] = ["x", "y", "z"]
print(b)
b[:2] = []
print(b)
b[len(b):] = [100, 200]
print(b)
b[:0] = ["start"]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
b[1:6:2] = "QRS"
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
c[1:1] = range(3)
print(c)
# del with slices
d = list(range(12))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[:]
print(d, len(d))
# Negative indexes and steps in loops
e = list(range(5))
i = -1
while i >= -len(e):
    print(e[i], end=" ")
    i -= 1
print()
print(a[1:9][::2][1:], s[::-1][::-1] == s, a[-1:0:-3])
# Slicing with None
print(a[None:3], a[7:None], a[None:None:-4])
