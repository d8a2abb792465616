import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect(a, 4, hi=2))
b = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [('alice', 21), ('bob', 35), ('carol', 42)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 35, key=ages), bisect.bisect_right(records, 35, key=ages))
bisect.insort(records, ('dave', 30), key=ages)
bisect.insort_left(records, ('erin', 42), key=ages)
print(records)

for f in [lambda: bisect.bisect_left(1, 2), lambda: bisect.bisect([1], 2, -1), lambda: bisect.insort(1, 2),
          lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect([1, 2], 1, hi=-5))
