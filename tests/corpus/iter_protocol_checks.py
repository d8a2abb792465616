import sys
class BadIter:
    def __iter__(self): return 5
try:
    it = iter(BadIter())
    print("no error", it)
except TypeError as e:
    print(e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print(e)
class ListIter:
    def __init__(self): self.items = [1, 2]
    def __iter__(self): return self.items
for bad in [ListIter()]:
    try:
        list(bad)
    except TypeError as e:
        print(e)
class Good:
    def __iter__(self): return iter([1, 2, 3])
class GenIter:
    def __iter__(self):
        yield "a"
        yield "b"
class SelfIter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
class MapIter:
    def __iter__(self): return map(str, range(3))
print(list(Good()), list(GenIter()), list(SelfIter()), list(MapIter()))
print([x for x in Good()], sorted(SelfIter(), reverse=True))
# iter(callable, sentinel)
data = [1, 2, 3, 0, 4]
pos = 0
def nxt():
    global pos
    pos += 1
    return data[pos - 1]
ci = iter(nxt, 0)
print(type(ci).__name__, list(ci), list(ci), pos)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
class Counter:
    def __init__(self): self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
c = Counter()
it = iter(c, 4)
print(sys.getrefcount(c), next(it), list(it), sys.getrefcount(c))
sentinel = object()
it2 = iter(c, sentinel)
print(sys.getrefcount(sentinel), next(it2))
del it2
print(sys.getrefcount(sentinel))
# reversed on classes
class Rev:
    def __reversed__(self): return iter("cba")
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class NoLen:
    def __getitem__(self, i): return i
print(list(reversed(Rev())), list(reversed(Seq())))
for o in [NoLen(), object(), 5]:
    try:
        reversed(o)
    except TypeError as e:
        print(e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(e)
