# print() writes the caller's own sep and end objects; stdout's pending buffer keeps them until it flushes.
import sys
sep = "-" + "-"
end = "!" + "\n"
print(sys.getrefcount(sep), sys.getrefcount(end))
print(1, 2, sep=sep, end=end)
print(sys.getrefcount(sep), sys.getrefcount(end))
print(1, 2, 3, 4, sep=sep, end=end)
print(sys.getrefcount(sep), sys.getrefcount(end))
print("x", sep=sep)
print(sys.getrefcount(sep), sys.getrefcount(end))
s = "é" + "-"
print(1, 2, sep=s, end=s)
print()
print(sys.getrefcount(s))
print(1, 2, sep=None, end=None)
def show(*a, **k):
    print(*a, **k)
show(5, 6, sep=sep)
print(sys.getrefcount(sep))
