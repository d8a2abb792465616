import ctypes

def used(d):
    # ma_used at +16: the number of items
    return ctypes.c_ssize_t.from_address(id(d) + 16).value

def keys_ptr(d):
    # ma_keys at +32 (the version tag at +24 is not examined)
    return ctypes.c_void_p.from_address(id(d) + 32).value

def values_ptr(d):
    # ma_values at +40: NULL for ordinary (combined-table) dicts
    return ctypes.c_void_p.from_address(id(d) + 40).value

def log2_size(d):
    # dk_log2_size is the byte at +8 of the keys object
    return ctypes.c_int.from_address(keys_ptr(d) + 8).value % 256

def usable(d):
    return ctypes.c_ssize_t.from_address(keys_ptr(d) + 16).value

def nentries(d):
    return ctypes.c_ssize_t.from_address(keys_ptr(d) + 24).value

def show(d):
    print(len(d), used(d), log2_size(d), usable(d), nentries(d))

# All empty dicts share one static empty keys object.
a = {}
b = dict()
print(keys_ptr(a) == keys_ptr(b), values_ptr(a), used(a), log2_size(a))

d = {}
for i in range(12):
    d[i] = i
    show(d)

# Deleting leaves the entry slot used (a dummy) until the table is rebuilt.
del d[0]
del d[1]
show(d)
d[100] = 0
show(d)

# Overwriting a value does not use a new entry.
d[100] = 1
show(d)

# A dict display with string keys
s = {'x': 1, 'y': 2, 'z': 3}
show(s)
print(values_ptr(s))
print(ctypes.c_void_p.from_address(id(s) + 8).value == id(dict))
