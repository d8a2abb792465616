def stopper():
    yield 1
    raise StopIteration("inner")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, type(e.__context__).__name__)
