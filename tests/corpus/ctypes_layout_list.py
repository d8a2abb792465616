import ctypes

def size_field(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 16).value

def items_ptr(obj):
    return ctypes.c_void_p.from_address(id(obj) + 24).value

def allocated(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 32).value

def item_addr(obj, i):
    # The entries of the item array are the items' addresses.
    return ctypes.c_void_p.from_address(items_ptr(obj) + 8 * i).value

a = "first item!"
b = [2]
lst = [a, b, 3]
print(size_field(lst), allocated(lst), len(lst))
print(item_addr(lst, 0) == id(a), item_addr(lst, 1) == id(b), item_addr(lst, 2) == id(3))
# An empty list has no item array.
e = []
print(size_field(e), allocated(e), items_ptr(e))
# Growth via append: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76 ...
caps = []
for i in range(80):
    e.append(i)
    if len(caps) == 0 or caps[-1] != allocated(e):
        caps.append(allocated(e))
print(caps)
print(size_field(e), len(e))
# Every entry points at the item it holds.
ok = True
i = 0
while i < len(e):
    if item_addr(e, i) != id(e[i]):
        ok = False
    i += 1
print(ok)
# pop shrinks ob_size; the array is reallocated smaller only when the list falls
# below half of its allocation.
for i in range(50):
    e.pop()
print(size_field(e), allocated(e))
for i in range(20):
    e.pop()
print(size_field(e), allocated(e))
# clear frees the item array.
e.clear()
print(size_field(e), allocated(e), items_ptr(e))
# Item array moves when it grows, but item addresses are unchanged.
g = [b]
before = item_addr(g, 0)
for i in range(100):
    g.append(None)
print(item_addr(g, 0) == before, item_addr(g, 100) == id(None))
# The type pointer at +8
print(ctypes.c_void_p.from_address(id(lst) + 8).value == id(list))
