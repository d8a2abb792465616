import sys

# One object referenced from several containers at once.
obj = [0, 0]
lst = [obj]
tup = (obj, obj)
dct = {'a': obj, 'b': obj, 'c': obj}
nested = [[obj], (obj,), {'z': obj}]
print(sys.getrefcount(obj))

# Removing it from each container in turn
lst.pop()
print(sys.getrefcount(obj))
tup = ()
print(sys.getrefcount(obj))
dct.pop('a')
dct['b'] = 0
print(sys.getrefcount(obj))
nested[0] = None
print(sys.getrefcount(obj))
nested.pop(1)
print(sys.getrefcount(obj), len(nested))
nested = None
print(sys.getrefcount(obj))
dct = None
print(sys.getrefcount(obj))

# Two lists sharing all their items
a = []
for i in range(5):
    a.append([i])
b = a[:]
c = list(a)
print(sys.getrefcount(a[0]), sys.getrefcount(a[4]))
b.reverse()
print(b[0] is a[4], sys.getrefcount(a[4]))
del b[0]
print(sys.getrefcount(a[4]))
c.clear()
print(sys.getrefcount(a[4]), sys.getrefcount(a[0]))

# A list holding a dict holding the list
outer = [1]
inner = {'back': outer}
outer.append(inner)
print(sys.getrefcount(outer), sys.getrefcount(inner))
inner['back'] = None
print(sys.getrefcount(outer), sys.getrefcount(inner))

# The same tuple held by a dict as key in several dicts
key = (int("5000"), 2)
d1 = {key: 1}
d2 = {key: 2}
d3 = {key: key}
print(sys.getrefcount(key))
d1 = d2 = None
print(sys.getrefcount(key))
del d3[key]
print(sys.getrefcount(key))
