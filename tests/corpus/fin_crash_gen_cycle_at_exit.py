def g():
    me = yield
    try:
        yield 1
    finally:
        print("gen finally")
x = g()
next(x)
x.send(x)
