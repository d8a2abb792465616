import sys

a = [10]
b = [20]
c = [30]
items = [a, b, c]

# The for loop's list iterator holds the list; the loop variable holds the item.
for it in items:
    print(sys.getrefcount(it))
print(sys.getrefcount(c))
it = None
print(sys.getrefcount(c))

# Iterating a tuple of the same objects.
for it in (a, a, a):
    print(sys.getrefcount(a))
it = None
print(sys.getrefcount(a))

# Loop over a list while another name also points at the item.
for v in items:
    w = v
    print(sys.getrefcount(v))
print(sys.getrefcount(c))
del v
del w
print(sys.getrefcount(c))

# Break leaves the loop variable bound.
for v in items:
    if v is b:
        break
print(sys.getrefcount(b))
v = 0
print(sys.getrefcount(b))

# The iterable itself: a list iterator holds one reference while the loop runs.
def in_function():
    data = [[1], [2]]
    for x in data:
        print(sys.getrefcount(data), sys.getrefcount(x))
    print(sys.getrefcount(data), sys.getrefcount(x))

in_function()

# range loop variables are ints; large ones are fresh objects.
total = 0
for i in range(1000, 1003):
    print(sys.getrefcount(i))
    total += i
print(total)

# Nested loops
for p in items:
    for q in items:
        if p is q:
            print(sys.getrefcount(p))
