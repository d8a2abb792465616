class Bad:
    def __iter__(self):
        raise TypeError("no iter")
def f(*a): return a
try:
    f(*Bad())
except TypeError as e:
    print(e)
