# dataclasses: generated __init__/__repr__/__eq__, order, frozen, field(default=, default_factory=),
# asdict/astuple/fields/replace.
import sys
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(repr(type(p)), type(p).__name__, Point.__mro__)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)

vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 99), Version(1, 2, 'a') == Version(1, 2, 'b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)

@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()

fz = Frozen('a', ('t',))
print(fz, hash(fz) == hash(Frozen('a', ('t',))), {fz: 1}[Frozen('a', ('t',))])
try:
    fz.name = 'b'
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del fz.name
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(fz, name='c'), fz)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    owner: str = 'nobody'
    secret: int = field(default=0, repr=False)

a = Inventory()
b = Inventory()
a.items.append('apple')
print(a, b, a.items is b.items, a == b)
print(Inventory(['x'], {'x': 1}, 'me', 7))
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)

@dataclass
class Nested:
    point: Point
    points: list
    mapping: dict

n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(n)
print(asdict(n))
print(astuple(n))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

wp = WithPost(3)
print(wp, fields(wp)[1].init)
try:
    replace(wp, b=1)
except ValueError as e:
    print('ValueError', e)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)

@dataclass(unsafe_hash=True)
class Hashed:
    v: int
print(hash(Hashed(5)) == hash((5,)))

@dataclass(repr=False, init=False)
class Manual:
    v: int = 3
print(Manual().v, type(Manual()).__repr__ is object.__repr__)

@dataclass
class Base:
    a: int
    b: str = 'b'

@dataclass
class Derived(Base):
    c: float = 1.5

print(Derived(1), Derived(1, 'x', 2.5), [f.name for f in fields(Derived)], Derived.__doc__)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW.__doc__)
try:
    KW(1)
except TypeError:
    print('TypeError')

class Plain:
    x: int = 5
print(Plain.__annotations__, Plain.x)

# reference counts and sizes
obj = ''.join(['some', 'text'])
print(sys.getrefcount(obj))
holder = Point(obj, obj)
print(sys.getrefcount(obj))
dd = asdict(holder)
print(sys.getrefcount(obj))
del holder, dd
print(sys.getrefcount(obj))
print(sys.getsizeof(Point(1, 2)), sys.getsizeof(fz))
print(sys.getrefcount(Version), sys.getrefcount(Frozen), sys.getrefcount(p))
