# gc.get_referents / get_referrers / get_objects.
import gc


def has(seq, obj):
    for item in seq:
        if item is obj:
            return True
    return False


print(len(gc.get_referents([1, 2, 3])))
print(len(gc.get_referents((1, 2))))
print(len(gc.get_referents({'a': 1, 'b': 2})))
print(len(gc.get_referents({1: 'a', 2: 'b'})))
print(len(gc.get_referents({1, 2, 3, 4})))
print(len(gc.get_referents(1, 'str', 2.5)))
print(len(gc.get_referents([1], [2, 3], (4, 5, 6))))
print(gc.get_referents([10, 20]))
print(sorted(gc.get_referents({'x': 1, 'y': 2})))

def f(a, b=[]):
    return a

def g():
    return 1

print(len(gc.get_referents(f)), len(gc.get_referents(g)))
print(len(gc.get_referents(gc)))
print(gc.get_referents(gc)[0] is gc.__dict__)

lst = []
holder1 = [lst]
holder2 = {'k': lst}
refs = gc.get_referrers(lst)
print(len(refs))
print(has(refs, holder1))
print(has(refs, holder2))

x = [1]
y = [2]
both = [x, y]
print(len(gc.get_referrers(x, y)))

objs = gc.get_objects()
print(type(objs).__name__)
print(has(objs, both))
print(has(objs, objs))
print(len(gc.get_objects(generation=0)) <= len(gc.get_objects()))
gc.collect()
print(has(gc.get_objects(2), both), has(gc.get_objects(0), both))
fresh = [both]
print(has(gc.get_objects(0), fresh), has(gc.get_objects(1), fresh))
gc.collect(0)
print(has(gc.get_objects(0), fresh), has(gc.get_objects(1), fresh))
gc.freeze()
print(gc.get_freeze_count() > 0, has(gc.get_objects(), fresh))
gc.unfreeze()
print(gc.get_freeze_count(), has(gc.get_objects(2), fresh))
