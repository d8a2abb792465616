# collections.Counter: counting, most_common order, arithmetic, update/subtract/elements/total.
import sys
from collections import Counter

c = Counter('hello')
print(c, c['l'], c['z'], len(c), 'z' in c)
print(c.most_common(), c.most_common(1), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(c.elements()), c.total())
c.update('world')
print(c)
c.update({'h': 3}, z=2)
print(c)
c.subtract('lll')
print(c)
c.subtract({'z': 5})
print(c, +c, -c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, b - a, a | b, a & b)
print(a == Counter(b=1, a=3), a == Counter(a=3, b=1, c=0), a != b, a <= a + b, a < a, a >= Counter(a=1))
x = Counter(a=2, b=-1)
x += Counter(b=1, c=1)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5)
print(x)
x &= Counter(a=2, c=3)
print(x)
del x['missing']
del x['a']
print(x, Counter(), repr(Counter()), str(Counter({'k': 0})))
print(Counter(['a', 'b', 'a', 'c', 'b', 'a']).most_common())
print(Counter({'x': 1, 'y': 3, 'z': 3, 'w': 2}).most_common(3))
print(type(c).__name__, repr(type(c)), Counter.__mro__, isinstance(c, dict))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(2), dict(wc), list(wc))
print(wc.copy() == wc, wc.copy() is wc, type(wc.copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1))
print(sys.getsizeof(Counter()), sys.getsizeof(Counter('abc')), hasattr(Counter(), '__dict__'))
k = 'key-' + str(1)
print(sys.getrefcount(k))
cc = Counter([k, k])
print(sys.getrefcount(k), cc[k])
del cc
print(sys.getrefcount(k))
class MyCounter(Counter):
    pass
mc = MyCounter('aab')
print(mc, mc + mc, type(mc + mc).__name__)
