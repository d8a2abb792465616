import sys
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s
r = build(200000)
print(len(r), r[:20], sys.getrefcount(r))
s = "ab"
t = s
s += "c"
print(s, t, s is t)
g = "x" * 3
def addg():
    global g
    g += "yz"
addg(); addg()
print(g)
u = "q" * 2
lst = [u]
u += "r"
print(u, lst)
