import sys

k = (1, int("99999"))
print(sys.getrefcount(k))
kd = {k: 0, 5: k}
print(sys.getrefcount(k))
kd[k] = k
print(sys.getrefcount(k))
del kd[k]
print(sys.getrefcount(k), len(kd))
kk = "key" + str(len("ab"))
print(sys.getrefcount(kk))
d = {kk: 1}
print(sys.getrefcount(kk))
d[kk] = 2
print(sys.getrefcount(kk), len(d))

# Overwriting the value of an existing key keeps the original key object.
other = "key" + str(2)
print(other == kk, other is kk, sys.getrefcount(other))
d[other] = 3
print(sys.getrefcount(kk), sys.getrefcount(other))

# keys() / items() produce references to the key objects.
keys = list(d.keys())
print(keys[0] is kk, sys.getrefcount(kk))
del keys
items = list(d.items())
print(sys.getrefcount(kk))
items = None
print(sys.getrefcount(kk))

# Iterating over a dict yields its keys.
for key in d:
    print(key is kk, sys.getrefcount(kk))
del key

# Removing the key releases it.
d.pop(kk)
print(sys.getrefcount(kk), len(d))

# Int keys (outside the small-int cache)
n = int("100000")
m = {n: n}
print(sys.getrefcount(n))
m[n] = None
print(sys.getrefcount(n))
del m[n]
print(sys.getrefcount(n))

# setdefault and update with keys
e = {}
e.setdefault(kk, kk)
print(sys.getrefcount(kk))
e.update({kk: 0})
print(sys.getrefcount(kk))
f = dict(e)
print(sys.getrefcount(kk))
f.pop(kk)
print(sys.getrefcount(kk), len(f))
