e = ValueError(1)
print(e.__dict__)
e.x = 5
print(e.__dict__, e.x)
def f(): pass
print(f.__dict__); f.y = 1; print(f.__dict__, f.y)
import functools
p = functools.partial(print, 1)
print(p.__dict__); p.z = 3; print(p.__dict__, getattr(p, '__' + 'dict__'))
print(getattr(e, '__' + 'dict__'), getattr(f, '__' + 'dict__'))
try: e.nope
except AttributeError as x: print(x)
try: f.nope
except AttributeError as x: print(x)
