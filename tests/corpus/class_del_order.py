class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

def scope():
    a = Tracked("local-a")
    b = Tracked("local-b")
    print("leaving scope")

scope()
x = Tracked("x")
y = x
print("rebinding x")
x = None
print("deleting y")
del y
items = [Tracked("item0"), Tracked("item1")]
print("popping")
items.pop()
print("clearing")
items.clear()
d = {"k": Tracked("dict-value")}
d["k"] = Tracked("replacement")
print("end of program")
