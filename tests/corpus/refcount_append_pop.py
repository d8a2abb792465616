import sys

x = [1]
lst = []
print(sys.getrefcount(x))
lst.append(x)
print(sys.getrefcount(x))
lst.append(x)
lst.append(x)
print(sys.getrefcount(x), len(lst))

# pop returns the item: the list's reference moves to the result.
print(sys.getrefcount(lst.pop()))
print(sys.getrefcount(x))
p = lst.pop()
print(sys.getrefcount(x))
del p
print(sys.getrefcount(x))

# pop with an index
lst.append([2])
lst.append(x)
print(len(lst), sys.getrefcount(x))
first = lst.pop(0)
print(first is x, sys.getrefcount(x))
first = None
print(sys.getrefcount(x))

# Appending many times, then popping all of them.
for i in range(10):
    lst.append(x)
print(sys.getrefcount(x))
while lst:
    lst.pop()
print(sys.getrefcount(x), len(lst))

# Append the same object to two lists.
l1 = []
l2 = []
l1.append(x)
l2.append(x)
print(sys.getrefcount(x))
l2.append(l1)
print(sys.getrefcount(l1))
l2.pop()
print(sys.getrefcount(l1))

# The popped value in a function
def pop_and_count(seq):
    v = seq.pop()
    return sys.getrefcount(v)

print(pop_and_count(l1), sys.getrefcount(x))
print(pop_and_count([object()]))
