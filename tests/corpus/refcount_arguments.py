import sys

# Fact 6: inside a callee, getrefcount(arg) = caller's references + 1 (parameter) + 1 (argument).
def count(x):
    return sys.getrefcount(x)

def count_alias(x):
    y = x
    return sys.getrefcount(x)

def count_two(x, y):
    return sys.getrefcount(x), sys.getrefcount(y)

a = [1, 2, 3]
print(sys.getrefcount(a))
print(count(a))
print(count_alias(a))
print(count_two(a, a))
b = a
print(count(a))
del b

# A temporary passed directly: only the parameter and getrefcount's argument.
print(count([7, 8]))
print(count(object()))
print(count_two([], {}))

# Keyword arguments behave the same.
print(count(x=a))
print(count_two(y=a, x=[0]))

# After the call returns, nothing is left behind.
print(sys.getrefcount(a))

def pass_down(x, depth):
    if depth == 0:
        return sys.getrefcount(x)
    return pass_down(x, depth - 1)

print(pass_down(a, 0))
print(pass_down(a, 1))
print(pass_down(a, 5))
print(sys.getrefcount(a))

def count_item(lst):
    return sys.getrefcount(lst[0])

inner = [5]
outer = [inner]
print(count_item(outer))
print(sys.getrefcount(inner))

def rebinds(x):
    x = None
    return sys.getrefcount(a)

print(rebinds(a))
print(sys.getrefcount(a))
