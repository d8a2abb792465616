import sys, weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
r = weakref.ref(a)
print(sys.getrefcount(a), r() is a, weakref.getweakrefcount(a), sys.getsizeof(r), sys.getrefcount(r))
r2 = weakref.ref(a)
print(r is r2, weakref.getweakrefcount(a))
def cb(ref):
    print("callback", ref is r3, ref())
r3 = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print("after del", r(), r3())
def f(): pass
fr = weakref.ref(f)
print(fr() is f)
try:
    weakref.ref([1])
except TypeError as e:
    print(e)
b = A(2)
p = weakref.proxy(b)
print(p.n)
del b
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
c = A(3); c.self = c
wc = weakref.ref(c, lambda w: print("cycle cb"))
del c
print("collect", gc.collect())
print(wc())
print(type(r).__name__, weakref.ref is weakref.ReferenceType)
