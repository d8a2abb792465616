# CPython keeps interp->builtins_copy and interp->sysdict_copy: every builtin function and every function of
# sys's method table has one more reference than the module dict gives it. sys.version_info is also
# sys.implementation.version, and codecs' getattr=getattr defaults hold getattr four more times.
import sys
print(sys.getrefcount(len), sys.getrefcount(print), sys.getrefcount(sys.getsizeof))
print(sys.getrefcount(abs), sys.getrefcount(max), sys.getrefcount(isinstance), sys.getrefcount(getattr))
print(sys.getrefcount(sys.getrefcount), sys.getrefcount(sys.intern), sys.getrefcount(sys.exit))
print(sys.getrefcount(sys.version_info), sys.getrefcount(sys.argv), sys.getrefcount(sys.byteorder), sys.getrefcount(sys.platform))
f = len
g = sys.getsizeof
print(sys.getrefcount(f), sys.getrefcount(g))
del f, g
print(sys.getrefcount(len), sys.getrefcount(sys.getsizeof))
def h(fn):
    return sys.getrefcount(fn)
print(h(len), h(print), h(sys.getsizeof))
