class I:
    def __index__(self): return 2
print([0, 1, 2, 3][I()])
print(hex(I()), bin(I()), oct(I()))
