# A long chain of nested lists hanging off a cycle: the collector and the deallocator never recurse deeply.
import gc

gc.collect()
head = []
node = head
i = 0
while i < 200000:
    nxt = []
    node.append(nxt)
    node = nxt
    i += 1
node.append(head)
del node, nxt
print(gc.collect() if False else "built")
del head
print(gc.collect())

# A deep chain of dicts inside a cycle.
top = {}
cur = top
i = 0
while i < 50000:
    d = {}
    cur['next'] = d
    cur = d
    i += 1
cur['back'] = top
del cur, d, top
print(gc.collect())

# A deep chain with no cycle is freed by reference counting alone.
head = []
node = head
i = 0
while i < 100000:
    nxt = [i]
    node.append(nxt)
    node = nxt
    i += 1
del node, nxt, head
print(gc.collect())
