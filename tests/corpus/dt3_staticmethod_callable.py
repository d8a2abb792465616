sm = staticmethod(lambda: "sm")
print(sm(), callable(sm))
