# The gc module's other attributes, and gc.collect with an invalid generation (uncaught ValueError).
import gc

print(gc)
print(gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.is_finalized([]))
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
l = []
l.append(l)
del l
print(gc.collect(generation=0))
print(gc.collect(-1 + 1))
gc.collect(3)
