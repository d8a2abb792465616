import sys, traceback
print("out", file=sys.stdout)
print("err", file=sys.stderr)
sys.stdout.write("w1\n")
n = sys.stderr.write("e1\n")
print(n, repr(sys.stdout), sys.stdout.name)
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Collector()
print("a", 1, sep="-", end="!", file=c)
print(c.parts)
def fail():
    return {}["k"]
try:
    fail()
except KeyError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    raise ValueError("v")
except ValueError as e:
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
sys.stdout.flush()
