class T:
    n = 0
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, T.n)
a = T("a")
print("end")
