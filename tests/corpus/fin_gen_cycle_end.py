class Noisy:
    def __del__(self): print("noisy freed")
def g():
    n = Noisy()
    me = yield
    try:
        yield 1
    finally:
        print("gen finally")
x = g()
next(x)
x.send(x)
print("end of main")
