def f(a, b, /, c): pass
try: f(a=1, b=2, c=3)
except TypeError as e: print(e)
