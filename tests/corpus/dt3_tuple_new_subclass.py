class Item(tuple):
    def __new__(cls, *a): return tuple.__new__(cls, a)
print(Item(1, 2))
