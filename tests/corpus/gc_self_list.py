# A list that contains itself is freed only by the cycle collector.
import gc
import sys

print(gc.collect())
a = []
a.append(a)
print(sys.getrefcount(a))
print(len(a), a)
del a
print(gc.collect())
print(gc.collect())

# Several independent self-cycles are counted one each.
b = []
b.append(b)
c = [1, 2, 3]
c.append(c)
d = [c]
c.append(d)
del b, c, d
print(gc.collect())

# A self-cycle that is still reachable is not collected, and its count is unchanged.
e = [0]
e.append(e)
print(sys.getrefcount(e))
print(gc.collect())
print(sys.getrefcount(e))
e.pop()
print(sys.getrefcount(e))
print(gc.collect())

# Nested: the outer list holds the cycle, so the cycle dies with it.
outer = [[], []]
outer[0].append(outer[1])
outer[1].append(outer[0])
print(gc.collect())
del outer
print(gc.collect())
