def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner recovered"
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer end"
g = outer(); print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g))
def inner2():
    try:
        yield 1
    except ValueError:
        return "caught-and-returned"
def outer2():
    r = yield from inner2()
    yield r
h = outer2(); next(h)
print(h.throw(ValueError))
