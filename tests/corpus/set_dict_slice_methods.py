a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.union([9, 8], (7,)), a.intersection(b), a.intersection([4, 3, 99]), a.intersection(b, {4}))
print(a.difference(b), a.difference([1], {2}), a.symmetric_difference(b), a.symmetric_difference([1, 10]))
print(a.isdisjoint(b), a.isdisjoint([10, 11]), {1}.issubset(a), {1}.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(b))
print(a.union(), a.intersection() == a, a.difference() is a)
fs = frozenset([1, 2, 3])
print(fs.union({4}), type(fs.union({4})).__name__, fs.intersection([2]), fs.difference({1}), fs.symmetric_difference({3, 4}))
c = set(range(10))
c.intersection_update({1, 2, 3, 20}, range(3))
print(c)
c = set(range(10))
c.difference_update([1, 2], {3})
print(c)
c.symmetric_difference_update({0, 100})
print(c)
popped = []
s = {5, 6, 7, "x"}
while s:
    popped.append(s.pop())
print(sorted(popped, key=str))
s = set(range(20))
print([s.pop() for _ in range(5)], len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
big = set(range(100))
print(sorted(big - {1, 2}) == [x for x in range(100) if x not in (1, 2)], list({5, 3, 1} & {1, 5, 9, 11, 13}))
x = set(range(8)); x -= {1}; x ^= {50}; x |= {60}; x &= set(range(100))
print(x)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys({"k": 1}, []), dict.fromkeys(range(3), None))
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError:", e)
sl = slice(3)
print(sl, slice(1, 5), slice(1, 5, 2), sl.start, sl.stop, sl.step)
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(None, None, -1)], (1, 2, 3)[slice(-2, None)])
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print("TypeError:", e)
print((5).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count(), True.bit_length())
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate(), True.real, type(True.numerator).__name__)
print((12).as_integer_ratio(), (3).is_integer(), (2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(slice(1, 5).indices(3), slice(None, None, -1).indices(4), slice(-10, 10, 2).indices(5))
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError:", e)
