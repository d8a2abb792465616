class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __call__(self, k):
        return self.x * k

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vec(1, 2), v != w, v < w, len(v), v[1], list(v))
print(bool(Vec(0, 0)), bool(v), 2 in v, 5 in v, v(10), str(v), repr([v, w]))
print({v: 1}[Vec(1, 2)], sorted([w, v]), max(v, w))
a, b = v
print(a, b)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    @property
    def top(self):
        return self._items[-1]
    @staticmethod
    def describe():
        return "LIFO"
    @classmethod
    def of(cls, *items):
        s = cls()
        for i in items:
            s.push(i)
        return s

s = Stack.of(1, 2, 3)
print(len(s), s.top, s.pop(), len(s), Stack.describe(), s.describe(), bool(Stack()))
print(type(s).__name__, type(s).__qualname__, Stack.__doc__, isinstance(s, Stack), isinstance(s, object))
o = object()
print(type(o).__name__, hasattr(s, "top"), getattr(s, "missing", "default"))
s.extra = 5
print(s.extra, s.__dict__.keys() == {"_items", "extra"})
del s.extra
print(hasattr(s, "extra"))
print(v.missing)
