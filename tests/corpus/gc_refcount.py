# Reference counts around cycles, before and after gc.collect().
import gc
import sys

gc.collect()
shared = [1, 2, 3]
a = [shared]
b = [shared, a]
a.append(b)
print(sys.getrefcount(shared), sys.getrefcount(a), sys.getrefcount(b))
del a, b
print(sys.getrefcount(shared))
print(gc.collect())
print(sys.getrefcount(shared))

# A reachable cycle keeps its counts.
p = []
q = [p]
p.append(q)
print(sys.getrefcount(p), sys.getrefcount(q))
print(gc.collect())
print(sys.getrefcount(p), sys.getrefcount(q))

# An object held by garbage and by the program: only the garbage's reference goes away.
kept = {'v': 1}
g1 = [kept]
g1.append(g1)
g2 = {'k': kept}
g2['self'] = g2
print(sys.getrefcount(kept))
del g1, g2
print(sys.getrefcount(kept))
print(gc.collect())
print(sys.getrefcount(kept))

# A function in a cycle holds its globals; collecting it releases that reference.
def f(x=[]):
    return x

f.__defaults__[0].append(f)
glob = f.__globals__
before = sys.getrefcount(glob)
del f
print(gc.collect())
print(sys.getrefcount(glob) - before)
