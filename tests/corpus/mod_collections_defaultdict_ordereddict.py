# collections.defaultdict and OrderedDict: __missing__/default_factory, move_to_end, popitem(last=), equality.
import sys
from collections import defaultdict, OrderedDict

d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, d['a'], d.default_factory, len(d))
print(type(d).__name__, repr(type(d)), defaultdict.__mro__, isinstance(d, dict))
print(d == {'a': [1, 3], 'b': [2]}, dict(d), 'c' in d, d.get('c'), len(d))
n = defaultdict(int)
for ch in 'mississippi':
    n[ch] += 1
print(n, sorted(n.items()))
e = defaultdict()
print(e, e.default_factory)
try:
    e['x']
except KeyError as ex:
    print('KeyError', ex)
e.default_factory = lambda: 'dflt'
print(e['x'], e['x'] == 'dflt', len(e))
s = defaultdict(set, {'k': {1}}, z={2})
s['k'].add(3)
print(s)
cp = s.copy()
print(cp, type(cp).__name__, cp.default_factory, cp == s, cp is s)
print(defaultdict(list, a=1) | {'b': 2}, {'c': 3} | defaultdict(int, a=1))
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)
print(d.__missing__('new'), d)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x'], dict(nested['x']))
print(sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list)), hasattr(d, '__dict__'))
f = lambda: 0
print(sys.getrefcount(f))
g = defaultdict(f)
print(sys.getrefcount(f))
del g
print(sys.getrefcount(f))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OrderedDict(x=1, y=2))
print(repr(OrderedDict()), OrderedDict(a=1), str(OrderedDict([(1, 'one')])))
print(type(od).__name__, repr(type(od)), OrderedDict.__mro__)
o3 = OrderedDict.fromkeys('abc', 0)
print(o3, o3.pop('b'), o3.pop('zz', 'default'), o3.setdefault('d', 4), o3)
print(list(reversed(o3)), o3.copy(), o3 | {'e': 5})
o3.update([('a', 9)], f=6)
print(o3)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
print(sys.getsizeof(OrderedDict()), sys.getsizeof(OrderedDict(a=1)))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, list(lu))
