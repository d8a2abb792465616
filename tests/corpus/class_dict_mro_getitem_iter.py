class C:
    x = 1
    def m(self): pass
    def __eq__(self, o): return True
print(type(C.__dict__).__name__, C.__dict__["x"], "m" in C.__dict__, C.__hash__, sorted(k for k in C.__dict__ if not k.startswith("__")))
print(object.__bases__, bool.__mro__, IndexError.__mro__, int.__bases__)
try:
    hash(C())
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), [x for x in Seq()], 20 in Seq())
for v in Seq():
    print(v)
