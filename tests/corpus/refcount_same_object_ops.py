import sys
# Fact 7: some operations hand back the very same object (one more reference),
# others build a new one.
s = "not interned " * int("2")
print(sys.getrefcount(s))
s1 = s + ""
print(s1 is s, sys.getrefcount(s))
s2 = "" + s
print(s2 is s, sys.getrefcount(s))
s3 = s * 1
print(s3 is s, sys.getrefcount(s))
s4 = "".join([s])
print(s4 is s, sys.getrefcount(s))
s5 = str(s)
print(s5 is s, sys.getrefcount(s))
s6 = s[:]
print(s6 is s, sys.getrefcount(s))
del s1, s2, s3, s4, s5, s6
print(sys.getrefcount(s))
s7 = s * 2
print(s7 is s, sys.getrefcount(s), sys.getrefcount(s7))
t = (1, [2], "three")
print(sys.getrefcount(t))
t1 = t[:]
print(t1 is t, sys.getrefcount(t))
t2 = tuple(t)
print(t2 is t, sys.getrefcount(t))
t3 = t * 1
print(t3 is t, sys.getrefcount(t))
t4 = t + ()
print(t4 is t, sys.getrefcount(t))
t5 = t[0:3]
print(t5 is t, sys.getrefcount(t))
t6 = t[0:2]
print(t6 is t, sys.getrefcount(t))
del t1, t2, t3, t4, t5
print(sys.getrefcount(t))
lst = [1, 2, 3]
l1 = lst[:]
print(l1 is lst, l1 == lst, sys.getrefcount(lst))
l2 = list(lst)
print(l2 is lst, sys.getrefcount(lst))
l3 = lst * 1
print(l3 is lst, sys.getrefcount(lst))
l4 = lst.copy()
print(l4 is lst, sys.getrefcount(lst))
l5 = lst + []
print(l5 is lst, sys.getrefcount(lst))
# int() and float() of exact ints and floats return the same object.
n = int("123456789")
print(int(n) is n, sys.getrefcount(n))
f = float("2.5")
print(float(f) is f, sys.getrefcount(f))
n2 = n + 0
print(n2 is n, sys.getrefcount(n))
m = abs(n)
print(m is n, sys.getrefcount(n))
neg = -n
print(abs(neg) is n, abs(neg) == n)
