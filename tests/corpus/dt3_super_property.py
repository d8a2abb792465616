class P:
    @property
    def full(self): return "p"
class E(P):
    @property
    def full(self): return super().full + "e"
print(E().full)
