import ctypes

def type_ptr(obj):
    # ob_type at +8
    return ctypes.c_void_p.from_address(id(obj) + 8).value

values = [0, 12345678901234567890, 1.5, "text", "", [1], (), (1, 2), {}, {1: 2},
          set(), {3, 4}, None, True, False, range(3), len, object(), type(None), int]
for v in values:
    print(type(v), type_ptr(v) == id(type(v)))

# Types are objects too: the type of a type is type.
print(type_ptr(int) == id(type), type_ptr(type) == id(type))

# Every list has the same type pointer.
a = [1]
b = []
print(type_ptr(a) == type_ptr(b), type_ptr(a) == type_ptr((1,)))

# bool is a separate type whose instances are ints.
print(type_ptr(True) == id(bool), type_ptr(True) == id(int), isinstance(True, int))

# The refcount field at +0 is separate from the type pointer.
c = [a, a]
print(ctypes.c_long.from_address(id(a)).value, type_ptr(a) == id(list))
