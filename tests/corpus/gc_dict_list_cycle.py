# Cycles through dicts, lists, tuples and sets, and what gc.collect() returns for them.
import gc

gc.collect()
d = {}
l = [d]
d['l'] = l
del d, l
print(gc.collect())

# dict that contains itself
d = {}
d['me'] = d
del d
print(gc.collect())

# a ring of three lists
x = []
y = [x]
z = [y]
x.append(z)
del x, y, z
print(gc.collect())

# a tuple inside a list inside the tuple: tuples take part in cycles too
l = []
t = (1, 'two', l)
l.append(t)
del l, t
print(gc.collect())

# a set holding a function whose default list holds the set: set, function, defaults tuple, list
def fn(box=[]):
    return box

s = {1, 'a', fn}
fn.__defaults__[0].append(s)
del s, fn
print(gc.collect())

# a dict with many values, one of which closes the cycle; the atomic values are not counted
d = {}
i = 0
while i < 20:
    d[i] = str(i) * 3
    i += 1
d['self'] = [d, 1.5, (1, 2)]
del d
print(gc.collect())

# dict views and iterators keep their dict alive; a cycle through them is collected
d = {}
d['keys'] = d.keys()
d['it'] = iter(d)
del d
print(gc.collect())

# the same structures with no cycle are freed by reference counting: nothing left for gc
a = {'k': [1, 2, 3]}
b = [a, (a, a)]
del a, b
print(gc.collect())
