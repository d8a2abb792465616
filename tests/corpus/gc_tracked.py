# gc.is_tracked: which objects the collector tracks, following CPython 3.12's rules.
import gc
import sys

gc.collect()

print(gc.is_tracked(0), gc.is_tracked(10**30), gc.is_tracked(1.5), gc.is_tracked("text"))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(int), gc.is_tracked(gc))
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(set()), gc.is_tracked(range(3)))
print(gc.is_tracked(len), gc.is_tracked([].append))

def f():
    return 1

print(gc.is_tracked(f), gc.is_tracked(f.__code__), gc.is_tracked(f.__globals__))

# dicts: untracked while they hold only atomic keys and values
d = {}
print(gc.is_tracked(d))
d[1] = 'one'
d['x'] = 2.5
print(gc.is_tracked(d))
d['t'] = (1, 2)
print(gc.is_tracked(d))
e = {}
e['l'] = []
print(gc.is_tracked(e))
e2 = {'a': 1, 'b': {}}
print(gc.is_tracked(e2), gc.is_tracked(e2['b']))
e3 = dict(a=1)
print(gc.is_tracked(e3))
e4 = {'x': f}
print(gc.is_tracked(e4))
c = e4.copy()
print(gc.is_tracked(c), gc.is_tracked(d.copy()))

# tuples: tracked at creation, untracked by a collection when all their items are atomic
n = 7
t1 = (n, n + 1)
t2 = (n, [])
t3 = (n, (n, n))
t4 = (n, (n, []))
t5 = ("a", None, 2.0, n)
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4), gc.is_tracked(t5))
gc.collect()
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4), gc.is_tracked(t5))
print(gc.is_tracked(t3[1]), gc.is_tracked(t4[1]))
print(gc.is_tracked(()))

# a dict whose only container went away is untracked by a full collection
d2 = {'k': []}
print(gc.is_tracked(d2))
d2['k'] = 5
print(gc.is_tracked(d2))
gc.collect()
print(gc.is_tracked(d2))
# ... but a dict holding a tracked tuple stays tracked
d3 = {'k': (n, [])}
gc.collect()
print(gc.is_tracked(d3))
# a dict holding an untracked tuple is untracked
d4 = {'k': t1}
print(gc.is_tracked(d4))
d5 = {'k': (n, n + 2)}
print(gc.is_tracked(d5))
gc.collect()
print(gc.is_tracked(d5))

# iterators and views
lst = [1, 2]
print(gc.is_tracked(iter(lst)), gc.is_tracked(iter((1, 2))), gc.is_tracked(d.keys()), gc.is_tracked(iter(d)))
print(gc.is_tracked(enumerate(lst)), gc.is_tracked(zip(lst, lst)), gc.is_tracked(reversed(lst)))
print(gc.is_tracked(sys.version_info))
