import gc
def worker():
    me = yield
    try:
        yield me
    finally:
        print("finally ran, me is", type(me).__name__)
c = worker()
next(c)
c.send(c)
del c
print("collect", gc.collect())
print("end")
