class A:
    __slots__ = ("__x", "y")
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
class B:
    def __init__(self):
        self.__secret = 42
        __local = 5
        self.v = __local
    def __hidden(self): return self.__secret
    def reveal(self): return self.__hidden()
b = B()
print(A().get(), b.reveal(), b._B__secret, b.v, hasattr(b, "__secret"), sorted(vars(b)))
class C(B):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return str(e)
print(C().peek())
