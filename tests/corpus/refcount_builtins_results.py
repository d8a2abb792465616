import sys

a = [3]
b = [1]
c = [2]
lst = [a, b, c]

# min and max return one of their arguments, not a copy.
lo = min(lst)
hi = max(lst)
print(lo is b, hi is a, sys.getrefcount(a), sys.getrefcount(b))
print(max(a, b, c) is a, min(a, b) is b, sys.getrefcount(a))
del lo, hi

# min/max with a key function
def neg_first(x):
    return -x[0]

print(min(lst, key=neg_first) is a, max(lst, key=neg_first) is b)
print(sys.getrefcount(a), sys.getrefcount(b))

# sum builds new numbers.
nums = [int("100000"), int("200000")]
total = sum(nums)
print(total, sys.getrefcount(total), sys.getrefcount(nums[0]))
print(sum([nums[0]]) is nums[0])

# list(), tuple(), dict(), set() copy references.
l2 = list(lst)
t2 = tuple(lst)
d2 = dict([(1, a), (2, a)])
print(sys.getrefcount(a))
del l2, t2, d2
print(sys.getrefcount(a))

# type() returns the type object; builtin types are immortal.
print(type(a) is list, sys.getrefcount(type(a)))
print(isinstance(a, list), sys.getrefcount(a))

# len, id, abs, bool do not keep references.
n = len(a) + id(a) - id(a) + abs(-1)
print(n, bool(a), sys.getrefcount(a))

# repr/str make new strings.
r = repr(lst)
print(r, sys.getrefcount(r))

# range objects and their items
rg = range(1000, 1005)
first = rg[0]
again = rg[0]
print(first == again, first is again, sys.getrefcount(rg))

# builtin functions are ordinary (mortal) objects in 3.12
print(sys.getrefcount(len) > 1, sys.getrefcount(len) < 100)
