import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalizing", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("after del")
print("collected", gc.collect())

class Tree:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree(0)
for i in range(3):
    child = Tree(i + 1, root)
    Tree(10 * (i + 1), child)
print(len(root.children), sys.getrefcount(root))
del root, child
print("tree collected", gc.collect())

class Leaf:
    pass

x = Leaf()
x.self = x
print(gc.is_tracked(x), sys.getrefcount(x))
del x
print("self cycle", gc.collect())
print("nothing left", gc.collect())
l = Leaf()
d = l.__dict__
l.me = l
del l, d
print("with materialized dict", gc.collect())
