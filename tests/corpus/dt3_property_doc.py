class C:
    area = property(lambda self: 1, doc="area doc")
    @property
    def x(self):
        "x doc"
        return 1
print(C.area.__doc__, C.x.__doc__)
