def inner():
    try:
        yield 1
    except BaseException as e:
        print("inner got", type(e).__name__)
        raise
def outer():
    try:
        yield from inner()
    except KeyError:
        yield "handled"
o = outer(); next(o)
print(o.throw(KeyError("k")))
