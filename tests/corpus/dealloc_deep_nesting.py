import sys

# A list nested 1,000,000 levels deep. Freeing it must not recurse 1,000,000 times.
deep = []
cur = deep
for i in range(1000000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur = None
nxt = None
print("built")

# Walk it iteratively to check the depth.
n = 0
p = deep
while len(p) > 0:
    p = p[0]
    n += 1
p = None
print(n)
print(sys.getrefcount(deep))

del deep
print("freed list chain")

# The same with tuples built from the inside out.
t = ()
for i in range(1000000):
    t = (t,)
print(len(t), len(t[0]))
t = None
print("freed tuple chain")

# And with dicts.
d = {}
for i in range(1000000):
    d = {"next": d}
d = 0
print("freed dict chain")

# A deep chain that is dropped by rebinding inside a function.
def build_and_drop(depth):
    head = [0]
    for i in range(depth):
        head = [i, head]
    return head[0]

print(build_and_drop(500000))
print("done")
