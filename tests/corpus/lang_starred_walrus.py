import sys
a, *b = [1, 2, 3]
print(a, b)
*c, d = range(4)
print(c, d)
e, *f, g = "hello"
print(e, f, g)
h, *i = (9,)
print(h, i)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
if (n := len(b)) > 1:
    print("n", n)
vals = [y for v in range(5) if (y := v * 2) > 4]
print(vals, y)
def w():
    while (chunk := 3) and False:
        pass
    return chunk
print(w())
try:
    p, *q, r = [1]
except ValueError as err:
    print(err)
