import gc
from collections import deque
from functools import partial
import itertools

gc.collect()
d = deque()
d.append(d)
print(gc.is_tracked(d))
del d
print(gc.collect())

def f(*a):
    return a
p = partial(f)
p.me = p
del p
print(gc.collect())

c = itertools.cycle([1])
lst = [c]
c2 = itertools.cycle(lst)
lst.append(c2)
next(c2)
del c, c2, lst
print(gc.collect())
