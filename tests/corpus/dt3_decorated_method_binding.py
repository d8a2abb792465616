import contextlib, functools
class C:
    @contextlib.contextmanager
    def cm(self, label):
        yield label
    @functools.lru_cache(maxsize=None)
    def sq(self, k):
        return k * k
with C().cm("x") as v:
    print(v)
print(C().sq(3))
