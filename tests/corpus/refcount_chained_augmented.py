import sys

# Chained assignment binds every target to the same object.
a = b = c = [1, 2]
print(a is b, b is c, sys.getrefcount(a))
lst = [0, 0]
lst[0] = lst[1] = a
print(sys.getrefcount(a))
d = {}
d['x'] = e = d['y'] = a
print(sys.getrefcount(a), len(d))
del b, c, e
lst = None
d = None
print(sys.getrefcount(a))

# += on a list mutates it in place: same object, same count.
x = [1]
y = x
x += [2, 3]
print(x is y, x, sys.getrefcount(x))
x *= 2
print(x is y, len(y), sys.getrefcount(x))

# += on a tuple builds a new tuple.
t = (1, [2])
u = t
t += (3,)
print(t is u, len(t), len(u), sys.getrefcount(t), sys.getrefcount(u))

# += on ints and strings rebinds the name.
n = int("1000")
m = n
n += 1
print(n, m, sys.getrefcount(m))
s = "abc " * int("3")
s0 = s
s += "!"
print(s is s0, sys.getrefcount(s0), sys.getrefcount(s))

# Augmented assignment to a subscript
box = [[0], [1]]
inner = box[0]
box[0] += [5]
print(box[0] is inner, inner, sys.getrefcount(inner))
counts = {'k': 0}
counts['k'] += 1
counts['k'] += 1
print(counts)

# Augmented assignment inside a function to a global
total = [0]
def bump():
    global total
    total += [1]
    return sys.getrefcount(total)

print(bump(), bump(), total)
