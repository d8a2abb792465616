import sys
class A:
    def m(self): return sys.getrefcount(self)
    def __repr__(self): return str(sys.getrefcount(self))
class B(A):
    def m(self): return super().m()
a = A()
print(a.m())                      # LOAD_ATTR method form
print(getattr(a, "m")())          # bound method object, unpacked by CALL in CPython
print((a.m)(), [a.m][0]())
print(B().m(), B.m(B()))
print(repr(a), str(a))            # str() falling back to __repr__
