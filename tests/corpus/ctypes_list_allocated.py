import ctypes

def allocated(obj):
    # The list's allocated slot count at +32
    return ctypes.c_ssize_t.from_address(id(obj) + 32).value

def size_field(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 16).value

lst = [1, "two", 3.0]
print(size_field(lst), allocated(lst))
# Sizes of freshly built lists: a display of names is exact; a display of 3+
# constants extends an empty list from a constant tuple, and that first
# allocation is rounded up to an even count; list(...) of a sized iterable too;
# multiplication is exact.
x = 1
print(allocated([x, x, x]), allocated([x, x, x, x, x]))
print(allocated([1, 2, 3]), allocated([1, 2, 3, 4, 5]), allocated([1, 2, 3, 4]))
print(allocated(list(range(10))), allocated(list(range(7))), allocated(list((1, 2, 3))))
print(allocated([0] * 7), allocated([x] * 3), allocated(lst[:]), allocated(lst + lst))
# Capacities after extend, insert and slice assignment
e = []
e.extend([1, 2, 3])
print(size_field(e), allocated(e))
e.extend((4, 5))
print(size_field(e), allocated(e))
e.insert(0, 0)
print(size_field(e), allocated(e))
e[1:2] = [7, 7, 7, 7, 7]
print(size_field(e), allocated(e))
e[:] = []
print(size_field(e), allocated(e))
# A list built by appends in a loop versus one built all at once
a = []
for i in range(10):
    a.append(i)
print(allocated(a), allocated(list(a)), allocated(a[:]), allocated(a * 2))
