# continue
total = 0
for k in range(10):
    if k % 2 == 0:
        continue
    total += k
print("odd sum", total)
# for over different iterables
for ch in "abc":
    print(ch, end="")
print()
for item in (1, "two", 3.0, None, [4]):
    print(repr(item), end=";")
print()
for key in {"x": 1, "y": 2}:
    print(key, end=" ")
print()
# Nested loops with break in the inner one only
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print((a, b), end=" ")
print()
# for ... else with and without break
for v in [1, 3, 5]:
    if v % 2 == 0:
        print("found even")
        break
else:
    print("no even number")
for v in [1, 4, 5]:
    if v % 2 == 0:
        print("found even", v)
        break
else:
    print("not printed")

# Loop variable keeps its last value
for last in range(4):
    pass
print("last", last)
# Empty loop
for e in []:
    print("never")
print("done")
