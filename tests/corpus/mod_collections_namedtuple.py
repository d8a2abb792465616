# collections.namedtuple: a tuple subclass built from generated source, field access by name and index.
import sys
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(type(p), type(p).__name__, Point.__mro__)
print(repr(Point), Point.__doc__, Point._fields, Point.__match_args__)
print(Point.x.__doc__, Point._field_defaults)
print(p == (1, 2), p == Point(1, 2), p < Point(1, 3), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), tuple(p), p + (3,), p * 2, 2 in p, p.index(2), p.count(1))
print(p._asdict(), p._replace(y=20), Point._make([5, 6]), Point(y=4, x=3))
print(isinstance(p, tuple), issubclass(Point, tuple))
print(sys.getsizeof(p), sys.getsizeof((1, 2)), hasattr(p, '__dict__'))
print(p[::-1], p[1:], sorted([Point(3, 1), Point(1, 2), Point(2, 0)]))

# space- and comma-separated names, defaults, rename
P3 = namedtuple('P3', 'a, b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
One = namedtuple('One', 'only')
print(One(7), One._make([8]))

# errors
for args, kw in [(('Bad', 'x x'), {}), (('Bad', 'class'), {}), (('Bad', '_x'), {}), (('1Bad', 'x'), {}),
                 (('Bad', 'x y'), {'defaults': [1, 2, 3]})]:
    try:
        namedtuple(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError', e)

# subclassing a namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec.__mro__[1].__name__, sys.getsizeof(v))

# reference counts: the fields hold references, like a tuple's items
item = object()
print(sys.getrefcount(item))
q = Point(item, item)
print(sys.getrefcount(item))
d = q._asdict()
print(sys.getrefcount(item))
del q, d
print(sys.getrefcount(item))
r = Point(1, 2)
print(sys.getrefcount(r), sys.getrefcount(Point))
m = {p: 'p'}
print(m[(1, 2)], m[Point(1, 2)])
