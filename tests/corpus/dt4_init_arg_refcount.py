import sys
class Box:
    def __init__(self, item):
        print("in __init__:", sys.getrefcount(item))
class Box2:
    def __init__(self, item):
        self.item = item
        print("in __init__ after store:", sys.getrefcount(item))
a = []
print("global:", sys.getrefcount(a))
Box(a)
Box2(a)
Box(item=a)
def f(item): print("plain f:", sys.getrefcount(item))
f(a)
for i in range(3):
    Box(a)
