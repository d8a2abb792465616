fs = [lambda x: x * i for i in range(4)]
print([f(2) for f in fs])
def mk():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in mk()])
def mk2():
    i = "outer"
    fs = [lambda: i for i in range(2)]
    return i, [f() for f in fs]
print(mk2())
gs = [(lambda: j) for j in "ab"]
print([g() for g in gs])
