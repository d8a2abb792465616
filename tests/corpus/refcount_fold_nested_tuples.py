import sys
rc = sys.getrefcount
t = (1, (2, 3))
print(rc(t), rc(t[1]))
u = (1, (2, 3))
print(t is u, t[1] is u[1])
def f():
    return ("a", ("b", "c"))
print(f() is f(), rc(f()), rc(f()[1]))
n = ((1, 2), (3, (4, 5.5)), "x y")
print(n, rc(n), rc(n[1]), rc(n[1][1]), rc(n[2]))
a = (1,) * 3
b = (1, 2) + (3,)
c = (1000, 2000)[0]
print(rc(a), rc(b), rc(c))
x = "abc!" + ""
y = (1, 2) + ()
z = +1000
w = "" + "xyz!"
v = () + (5, 6)
print(rc(x), rc(y), rc(z), rc(w), rc(v))
s1 = "abc!" * 1
s2 = (7, 8) * 1
s3 = +2.5
s4 = (1.5, 2.5)[-1]
s5 = "hello world"[4]
s6 = "héllo wörld"[-4]
print(rc(s1), rc(s2), rc(s3), rc(s4), s5, s6)
big = (1, 2) * 128
print(len(big), rc(big))
big2 = (1, 2) * 129
print(len(big2), rc(big2))
st = "ab" * 2048
print(len(st), rc(st))
st2 = "ab" * 2049
print(len(st2), rc(st2))
st3 = "a" * 4096 + "b"
print(len(st3), rc(st3))
neg = (1, 2) * -1
print(neg, rc(neg))
sneg = "ab" * -1
print(repr(sneg))
cx = ((1, 2, 3),) * 300
print(len(cx))
print(True & True, True | False, True ^ True, 0 << 1000, -True, +True, ~True if False else 0)
print(not (), not (1,), (1, 2) + (3, 4), "x" in ("x", "y"), 3 in {1, 2, 3})
for q in [1, (2, 3)]:
    print(q, end=" ")
print()
print([k for k in [10, 20, 30] if k > 10], {k for k in {3, 1, 2}})
print(__debug__, (1, 2, 3)[1], ("a", "b")[True])
p1 = (3, 4)
p2 = (1, 2, (3, 4))
print(p2[2] is p1, rc(p1))
fz = 1000 in {1000, 2000, 3000}
print(fz)
def g():
    return (1000.5, (2000.5,))
print(g() is g(), rc(g()[0]))
e1 = ((), ())
print({26, 18, 10, 2}, {2, 10, 18, 26}, {10, 26, 18}, {"apple", "banana", "cherry"}, frozenset({26, 18, 10, 2}))
print(1 in {26, 18, 10, 2}, [x for x in {26, 18, 10, 2}])
