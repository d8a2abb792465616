import sys
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return "$" + format(self.v, spec)
m = Money(3.14159)
print(format(m), format(m, ".2f"), f"{m}", f"{m:.1f}", f"{m:>10}")
print("{} and {:.3f}".format(m, m), "{0:}".format(m), "{x:.0f}".format(x=m))
class Plain:
    def __str__(self): return "plain!"
p = Plain()
print(format(p), f"{p}", "{}".format(p), f"{p!r:}"[:7])
for spec in ["x", ">5"]:
    try:
        format(p, spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    f"{p:10}"
except TypeError as e:
    print("TypeError:", e)
try:
    "{:d}".format(p)
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec): return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
class Sub(Money):
    pass
print(f"{Sub(2):05.1f}")
class Base:
    def __format__(self, spec): return "base:" + spec
class Derived(Base):
    def __str__(self): return "derived"
print(format(Derived(), "abc"), f"{Derived()!s:>9}", f"{Derived()}")
s = "".join(["0", "5d"])
print(sys.getrefcount(s))
print(format(Money(1), s))
print(sys.getrefcount(s))
