class V:
    def __radd__(self, o):
        return "radd:" + o
    def __rmul__(self, o):
        return "rmul"
print("s" + V())
print([1] + V() if False else "", end="")
print("s" * V())
class W:
    def __radd__(self, o): return "W.radd"
print([1] + W())
print((1,) + W())
print(b"x" + W())
