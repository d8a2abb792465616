print(OSError is IOError, EnvironmentError is OSError)
for name in ["FileNotFoundError","FileExistsError","PermissionError","IsADirectoryError","NotADirectoryError","TimeoutError","ConnectionError","BrokenPipeError","ConnectionAbortedError","ConnectionRefusedError","ConnectionResetError","BlockingIOError","ChildProcessError","InterruptedError","ProcessLookupError","EOFError","UnicodeError","UnicodeDecodeError","UnicodeEncodeError","UnicodeTranslateError","SystemError","BufferError","StopAsyncIteration","FloatingPointError","TabError","Warning","UserWarning","DeprecationWarning","SyntaxWarning","RuntimeWarning","FutureWarning","PendingDeprecationWarning","ImportWarning","UnicodeWarning","BytesWarning","ResourceWarning","EncodingWarning"]:
    c = eval(name)
    print(name, c.__name__, [b.__name__ for b in (OSError, ConnectionError, ValueError, UnicodeError, Warning, ArithmeticError, SyntaxError, Exception) if issubclass(c, b)])
e = Exception("a")
e.add_note("n1")
e.add_note("n2")
print(e.__notes__, e.__dict__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
print(SystemExit(3).code, SystemExit().code, SystemExit(1,2).code)
print(StopIteration().value, StopIteration(5).value, StopIteration(5,6).value)
print(repr(OSError("x")), str(FileNotFoundError("nofile")))
try:
    raise FileNotFoundError("gone")
except OSError as x:
    print(type(x).__name__, x)
class MyErr(OSError): pass
try:
    raise MyErr("m")
except IOError as x:
    print(type(x).__name__, x, isinstance(x, EnvironmentError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(EOFError, Exception))
def g():
    yield 1
    return 7
it = g(); next(it)
try:
    next(it)
except StopIteration as s:
    print("value", repr(s.value))
e2 = ValueError("bad")
e2.add_note("note one")
e2.add_note("note two")
raise e2
