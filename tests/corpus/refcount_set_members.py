import sys

n = int("100000")
m = int("200000")
s = {n, m}
print(sys.getrefcount(n), sys.getrefcount(s))
s2 = set([n, n, n])
print(len(s2), sys.getrefcount(n))

# Adding an equal but distinct object keeps the original.
n2 = int("100000")
print(n2 == n, n2 is n)
s3 = set([n2, n])
print(sys.getrefcount(n), sys.getrefcount(n2))

# Removing members releases them.
del s3
print(sys.getrefcount(n), sys.getrefcount(n2))
s = set()
print(sys.getrefcount(n), sys.getrefcount(m))

# A set of tuples of ints
t = (n, m)
ts = {t, (1, 2)}
print(sys.getrefcount(t), t in ts, (n, m) in ts)

# set() of a list, list() of a set
lst = [n, m, n]
s4 = set(lst)
print(len(s4), sys.getrefcount(n), sys.getrefcount(m))
l4 = list(s4)
print(len(l4), sys.getrefcount(n), sys.getrefcount(m))
del lst, s4, l4
print(sys.getrefcount(n), sys.getrefcount(m))

# A set copy via set()
s5 = {n}
s6 = set(s5)
print(s6 is s5, sys.getrefcount(n))
print(n in s6, 5 in s6, len(s6))
