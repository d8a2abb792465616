import sys

v = [1, 2]
d = {}
print(sys.getrefcount(v))
d['a'] = v
print(sys.getrefcount(v))
d['b'] = v
d['c'] = v
print(sys.getrefcount(v), len(d))

# Overwriting a value releases the old one.
d['a'] = None
print(sys.getrefcount(v))

# get returns the value itself.
g = d.get('b')
print(g is v, sys.getrefcount(v))
del g
print(sys.getrefcount(d.get('c')))
print(sys.getrefcount(v))
print(d.get('zz', v) is v, sys.getrefcount(v))

# pop moves the dict's reference to the caller.
p = d.pop('b')
print(sys.getrefcount(v), len(d))
p = None
print(sys.getrefcount(v))

# setdefault stores the default only when the key is missing.
r = d.setdefault('c', [])
print(r is v, sys.getrefcount(v))
r = d.setdefault('e', v)
print(r is v, sys.getrefcount(v))
r = None

# update with another dict
other = {'x': v, 'y': v}
print(sys.getrefcount(v))
d.update(other)
print(sys.getrefcount(v), len(d))
del other
print(sys.getrefcount(v))

# values() and items() views
vals = list(d.values())
print(sys.getrefcount(v))
vals = None
print(sys.getrefcount(v))

# Deleting keys
del d['x']
del d['y']
print(sys.getrefcount(v))
d = None
print(sys.getrefcount(v))
