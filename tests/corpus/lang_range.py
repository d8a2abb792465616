print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(range(10), range(1, 10), range(1, 10, 2), range(0), range(-5, 5, -1))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2])
print(12 in r, 13 in r, 27 in r, 31 in r, -1 in r)
print(list(r).index(11))
print(sum(range(101)), max(range(7)), min(range(3, 9)), len(range(0, 100, 7)))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 5), range(1) == range(0))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(-10, -30, -7)))
total = 0
for i in range(1, 6):
    for j in range(i):
        total += j
print(total)
print(tuple(range(4)), set(range(4)), bool(range(0)), bool(range(1)))
evens = []
for k in range(20):
    if k % 2 == 0:
        evens.append(k)
print(evens == list(range(0, 20, 2)))
print(type(range(3)), isinstance(range(3), range), repr(range(2, 3)))
