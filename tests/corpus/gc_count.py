# gc.get_count / thresholds / enable / disable, measured as differences so start-up noise cancels.
import gc

print(gc.get_threshold())
print(gc.isenabled())
gc.collect()
print(gc.get_count())
print("warm-up")

# After a full collection CPython's free lists are empty, so each new container counts once.
c0 = gc.get_count()[0]
keep = []
i = 0
while i < 50:
    keep.append([])
    i += 1
c1 = gc.get_count()[0]
print(c1 - c0)

# Dicts and tuples count too; ints, floats and strs do not.
c0 = gc.get_count()[0]
keep2 = [{}, {}, {}, (i, i), (i, i, i)]
nums = [1.5, 2.5, "abc" * 3, 10**20]
c1 = gc.get_count()[0]
print(c1 - c0)

# Freeing containers hands them to CPython's free lists first (80 lists), and only then counts down.
c0 = gc.get_count()[0]
del keep
c1 = gc.get_count()[0]
print(c1 - c0)

# New lists now come from the free list: no count change.
c0 = gc.get_count()[0]
again = [[], [], []]
c1 = gc.get_count()[0]
print(c1 - c0)

# A full collection resets every generation's count.
gc.collect()
print(gc.get_count())

# A young collection bumps the next generation's count.
gc.collect(0)
print(gc.get_count()[1])
gc.collect(1)
print(gc.get_count()[1], gc.get_count()[2])
gc.collect(2)
print(gc.get_count())

# Thresholds.
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

# Automatic collection: with a low threshold, the gen-0 count never grows past it.
gc.collect()
gc.set_threshold(50)
big = []
i = 0
ok = True
while i < 500:
    big.append([i])
    if gc.get_count()[0] > 51:
        ok = False
    i += 1
print(ok, len(big))
gc.set_threshold(700, 10, 10)

# Disabled: no automatic collection, counts keep growing, but gc.collect() still works.
gc.collect()
gc.disable()
print(gc.isenabled())
c0 = gc.get_count()[0]
more = []
i = 0
while i < 1000:
    more.append([i])
    i += 1
print(gc.get_count()[0] - c0 > 700)
cyc = []
cyc.append(cyc)
del cyc
print(gc.collect())
gc.enable()
print(gc.isenabled())
c0 = gc.get_count()[0]
t = (c0, c0)
l = [t]
c1 = gc.get_count()[0]
print(c1 - c0)
