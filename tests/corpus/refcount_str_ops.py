import sys
# Strings built at runtime are ordinary objects (count 1 + names).
base = "alpha beta gamma" + str(len("x"))
print(sys.getrefcount(base))
# strip() with nothing to strip returns the same object.
st = base.strip()
print(st is base, sys.getrefcount(base))
del st
padded = "  " + base + "  "
st = padded.strip()
print(st is base, st == base, sys.getrefcount(st))
# replace() with no match returns the same object; with a match, a new one.
r1 = base.replace("zzz", "y")
print(r1 is base, sys.getrefcount(base))
r2 = base.replace("beta", "BETA")
print(r2 is base, r2, sys.getrefcount(r2))
del r1
# split() makes new strings; multi-character pieces are new objects.
parts = base.split()
print(parts, sys.getrefcount(parts[0]), sys.getrefcount(parts))
p0 = parts[0]
print(sys.getrefcount(p0))
parts = None
print(sys.getrefcount(p0))
# Single-character pieces are the immortal cached one-character strings.
letters = "a,b,c".split(",")
print(letters, sys.getrefcount(letters[0]))
# join of one element returns that element; of several, a new string.
j1 = "-".join([base])
print(j1 is base, sys.getrefcount(base))
j2 = "-".join([base, base])
print(j2 is base, sys.getrefcount(base), len(j2))
del j1, j2
# startswith does not keep anything.
print(base.startswith("alpha"), base.startswith("beta"), sys.getrefcount(base))
# str() of an int makes a new string each time (beyond one character).
a = str(12345)
b = str(12345)
print(a == b, a is b, sys.getrefcount(a))
# But one-character results are not always the cached immortal strings:
# str() of an int writes a fresh string, and so does replace().
c = str(7)
print(repr(c), c == "7")
print(sys.getrefcount(c))
h = "ab".replace("b", "")
print(repr(h))
print(sys.getrefcount(h))
# strip() and slicing go through the one-character cache.
i = " a ".strip()
print(sys.getrefcount(i))
# str(True) is the interned 'True'; str(None) builds a new 'None' each time.
k = str(True)
print(sys.getrefcount(k))
q = str(None)
print(repr(q), sys.getrefcount(q))
# Indexing a string gives the cached one-character string.
ch = base[0]
print(ch, sys.getrefcount(ch))
