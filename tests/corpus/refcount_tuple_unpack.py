import sys

x = [1]
y = [2]

# Swapping: no temporary tuple survives.
a, b = x, y
print(sys.getrefcount(x), sys.getrefcount(y))
a, b = b, a
print(a is y, b is x, sys.getrefcount(x), sys.getrefcount(y))

# Unpacking a list copies references out of it.
lst = [x, y, x]
p, q, r = lst
print(sys.getrefcount(x), sys.getrefcount(y))
lst = None
print(sys.getrefcount(x), sys.getrefcount(y))

# Unpacking a tuple that is kept
t = (x, y)
m, n = t
print(sys.getrefcount(x), sys.getrefcount(t))
del t
print(sys.getrefcount(x))

# Unpacking a function's returned tuple: the tuple is freed right away.
def pair():
    return [3], [4]

u, v = pair()
print(sys.getrefcount(u), sys.getrefcount(v))

def pair_of(o):
    return o, o

u, v = pair_of(x)
print(sys.getrefcount(x))

# Nested unpacking
(g, h), k = (x, y), x
print(sys.getrefcount(x), sys.getrefcount(y))

# Unpacking in a for loop
pairs = [(x, y), (y, x)]
for first, second in pairs:
    print(sys.getrefcount(first), sys.getrefcount(second))
print(sys.getrefcount(x), sys.getrefcount(y))

# Chained assignment with unpacking
c1 = c2 = x
print(sys.getrefcount(x))

def swap_in_function(s, t):
    s, t = t, s
    return sys.getrefcount(s), sys.getrefcount(t)

print(swap_in_function(x, y))
