import sys
from collections import deque
import collections
import copy

d = deque([1, 2, 3])
print(d, len(d), type(d), repr(deque()))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(10)
print(d, d[0], d[-1], d.index(7), d.count(2))
d.remove(7)
d.insert(1, "x")
del d[0]
d[0] = "y"
print(d, 8 in d, 99 in d)
d.reverse()
print(d, list(reversed(d)))
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.index(5)
except ValueError as e:
    print("ValueError:", e)

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque([], maxlen=3), deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(20, 25))
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print("IndexError:", e)
z = deque([1, 2], maxlen=0)
print(z)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), list(it), type(it).__name__)
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

# sizes follow CPython's 64-item blocks
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(range(62))), sys.getsizeof(deque(range(63))))
e = deque()
sizes = []
for i in range(70):
    e.append(i)
    sizes.append(sys.getsizeof(e))
print(sorted(set(sizes)))
for i in range(40):
    e.appendleft(i)
print(sys.getsizeof(e))
for i in range(100):
    e.pop()
print(sys.getsizeof(e), len(e))
e.rotate(3)
print(sys.getsizeof(e), e)

# reference counts
obj = [1, 2]
before = sys.getrefcount(obj)
dq = deque([obj, obj])
print(sys.getrefcount(obj) - before)
dq.pop()
print(sys.getrefcount(obj) - before)
del dq
print(sys.getrefcount(obj) - before)

# comparisons, copy, concatenation, self reference
a = deque([1, 2, 3])
b = a.copy()
print(a == b, a is b, a < deque([1, 2, 4]), a == [1, 2, 3], copy.copy(a), copy.deepcopy(deque([[1]], maxlen=4)))
print(a + b, len(a + b))
a += [9]
print(a)
s = deque()
s.append(s)
print(s)
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
print(hasattr(collections, "deque"))
