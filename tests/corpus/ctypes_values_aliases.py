# ctypes simple types: negative and out-of-range values wrap like C, argument type errors, and the 64-bit Linux aliases (c_ssize_t is c_long)
import ctypes as c
print(c.c_ssize_t is c.c_long, c.c_ssize_t, c.c_size_t, c.c_int64, c.c_uint64, c.c_int32, c.c_uint32, c.c_longlong, c.c_ulonglong)
print(c.c_long(-3).value, c.c_ssize_t(-3), c.c_void_p(-1), c.c_ulong(-1), c.c_int(-1), c.c_uint(-1).value, c.c_long(2**64+5), c.c_int(2**40+3), c.c_void_p(0), c.c_void_p(None), c.c_long(True))
print(c.c_long(-2**63).value, c.c_long(2**63).value, c.c_int(-2**31).value, c.c_uint(2**32 + 7).value)
for a in ['"a"', '1.5', 'None', '[1]']:
    for t in ['c_long', 'c_int', 'c_void_p', 'c_double', 'c_ulong']:
        try:
            eval('c.%s(%s)' % (t, a))
            print(t, a, 'ok')
        except TypeError as e:
            print(t, a, type(e).__name__, e)
x = c.c_long(5)
try:
    x.value = 'a'
except TypeError as e:
    print(type(e).__name__, e)
x.value = -7
print(x.value, c.c_long(), c.c_double(2), c.c_void_p(), c.sizeof(c.c_ssize_t), c.sizeof(c.c_int32))
y = [1, 2]
print(c.c_ssize_t.from_address(id(y)).value, c.c_ssize_t.from_address(id(y) + 16).value)
