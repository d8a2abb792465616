import sys

x = [0]
print(sys.getrefcount(x))
lst = [x, x, x]
print(sys.getrefcount(x))
tup = (x, x)
print(sys.getrefcount(x))
d = {1: x, 2: x}
print(sys.getrefcount(x))
s = {1, 2}
print(sys.getrefcount(s))

# Nested containers: only the direct holder counts.
outer = [lst, lst]
print(sys.getrefcount(lst), sys.getrefcount(x))
del lst
print(sys.getrefcount(x), sys.getrefcount(outer[0]))
del outer
print(sys.getrefcount(x))

# Replacing an item drops the old one and adds the new one.
y = [1]
holder = [x, x]
print(sys.getrefcount(x), sys.getrefcount(y))
holder[0] = y
print(sys.getrefcount(x), sys.getrefcount(y))
holder[1] = y
print(sys.getrefcount(x), sys.getrefcount(y))

# Tuples and dicts released with their holders.
del tup
print(sys.getrefcount(x))
d[1] = None
print(sys.getrefcount(x))
del d[2]
print(sys.getrefcount(x), len(d))
d = None
print(sys.getrefcount(x))

# A list that contains itself.
me = []
me.append(me)
print(sys.getrefcount(me))
me.append(me)
print(sys.getrefcount(me))
me.clear()
print(sys.getrefcount(me))

# Dict with the same object as key and value
k = (1, 2, 3)
kd = {k: k}
print(sys.getrefcount(kd[k]))
