import sys
# Rebinding a name in a loop frees the previous object each time.
keep = []
cur = None
for i in range(5):
    cur = [i]
    print(sys.getrefcount(cur))
print(cur)
# Keeping every other one
for i in range(6):
    cur = [i]
    if i % 2 == 0:
        keep.append(cur)
    print(sys.getrefcount(cur))
print(len(keep), keep)
# Accumulating a total rebinds the name to new ints.
total = 0
for i in range(1000, 1010):
    total = total + i
print(total, sys.getrefcount(total))
# Repeated aliasing in a while loop
base = [0]
alias = None
n = 0
while n < 4:
    alias = base
    n += 1
    print(sys.getrefcount(base))
alias = None
print(sys.getrefcount(base))
# Building a chain: each node refers to the previous one.
node = None
for i in range(4):
    node = [i, node]
print(node[0], node[1][0], sys.getrefcount(node), sys.getrefcount(node[1]))
second = node[1]
node = None
print(second[0], sys.getrefcount(second))
# Swapping two names repeatedly
p = [1]
q = [2]
for i in range(3):
    p, q = q, p
    print(p[0], q[0], sys.getrefcount(p), sys.getrefcount(q))

# Building a list of the same object in a loop
obj = [42]
box = []
i = 0
while i < 7:
    box.append(obj)
    i += 1
print(sys.getrefcount(obj))
box = box[3:]
print(sys.getrefcount(obj))
box = []
print(sys.getrefcount(obj))
