import ctypes

def size_field(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 16).value

def item_addr(t, i):
    # Tuple items are stored inline, right after ob_size.
    return ctypes.c_void_p.from_address(id(t) + 24 + 8 * i).value

x = [1]
y = "tuple item"
t = (x, y, None, 5)
print(size_field(t), len(t))
print(item_addr(t, 0) == id(x), item_addr(t, 1) == id(y), item_addr(t, 2) == id(None), item_addr(t, 3) == id(5))

# The empty tuple is a singleton with ob_size 0.
e = ()
print(size_field(e), e is tuple(), e is ()[:])

# The type pointer
print(ctypes.c_void_p.from_address(id(t) + 8).value == id(tuple))
print(ctypes.c_void_p.from_address(id(t) + 8).value == id(type(t)))

# Nested tuples point at their inner tuples.
inner = (x, x)
outer = (inner, inner, inner)
print(size_field(outer), item_addr(outer, 2) == id(inner), item_addr(inner, 1) == id(x))

# A tuple made from a list copies the item pointers.
lst = [x, y, 257 * int("3")]
tl = tuple(lst)
print(size_field(tl), item_addr(tl, 2) == id(lst[2]), tl[2])

# Long tuples
big = tuple(range(100))
ok = True
i = 0
while i < 100:
    if item_addr(big, i) != id(big[i]):
        ok = False
    i += 1
print(size_field(big), ok)

# The refcount at +0 counts the tuple's holders.
print(ctypes.c_long.from_address(id(inner)).value)
