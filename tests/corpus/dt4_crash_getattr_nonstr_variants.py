class O: pass
for f in (lambda: hasattr(O(), 5), lambda: setattr(O(), 5, 1), lambda: delattr(O(), 5), lambda: getattr(1, 5), lambda: getattr(O(), None), lambda: getattr(O, 5)):
    try:
        print(f())
    except TypeError as e:
        print(e)
