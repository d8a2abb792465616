def f(*a, **k): pass
def g(x, /): pass
for src in ["f(*1)", "f(**1)", "f(a=1, **{'a': 2})", "g(x=1)", "print(*1)"]:
    try:
        exec(src)
    except TypeError as e:
        print(e)
