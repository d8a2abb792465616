it = iter([1, 2])
print(it.__next__(), next(it), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("stop")
e = enumerate("ab"); print(e.__next__(), list(zip("a", "b")).__len__())
d = iter({"k": 1}); print(d.__next__())
def g():
    yield 5
print(g().__next__(), iter(range(3)).__next__(), iter("xy").__next__())
