import sys

counts = []

def walk(node, depth):
    # Each active frame holds `node` once as its parameter.
    counts.append(sys.getrefcount(node))
    if depth > 0:
        walk(node, depth - 1)

shared = [0]
walk(shared, 4)
print(counts)
print(sys.getrefcount(shared))
# Recursion over a nested structure: each level's list is held by its parent
# and by the frame that is visiting it.
tree = [[[[]]]]
levels = []

def visit(t):
    levels.append(sys.getrefcount(t))
    if len(t) > 0:
        visit(t[0])

visit(tree)
print(levels)
# Building a result on the way back up
def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    rest.append(n)
    return rest

r = build(5)
print(r, sys.getrefcount(r))
# Mutual recursion sharing one accumulator
def even(n, acc):
    acc.append(n)
    if n == 0:
        return sys.getrefcount(acc)
    return odd(n - 1, acc)

def odd(n, acc):
    acc.append(n)
    if n == 0:
        return sys.getrefcount(acc)
    return even(n - 1, acc)

log = []
print(even(6, log), log, sys.getrefcount(log))
# Deep recursion: 500 frames each holding the argument
def deep(x, n):
    if n == 0:
        return sys.getrefcount(x)
    return deep(x, n - 1)

print(deep(shared, 500))
print(sys.getrefcount(shared))
