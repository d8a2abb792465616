# Argument-count and argument-type error messages of builtins and of builtin types' methods, worded as
# CPython 3.12 words them ("list.append() takes exactly one argument", "isinstance expected 2 arguments", ...).
import sys, gc, ctypes
cases = ['gc.is_tracked()', 'gc.enable(1)', 'gc.get_count(1)', 'gc.set_debug()', 'gc.is_finalized()', 'gc.freeze(1)', 'gc.get_stats(1)', 'gc.collect(1, 2)',
 'ctypes.sizeof()', 'ctypes.addressof()', 'ctypes.c_long.from_address()', 'sys.setrecursionlimit()',
 'range(3).index()', 'range(3).count()', 'reversed()', '"a".__format__()', 'id(1, 2)', 'len()', 'abs()', 'any()', 'chr()', 'ord()',
 'callable()', 'hash()', 'hex()', 'repr()', 'ascii()', 'next()', 'dir(1, 2)', 'getattr(1)', 'setattr(1)', '{}.popitem(1)', 'set().discard()', 'set().remove()', 'frozenset().copy(1)', 'set().copy(1)', 'set().clear(1)',
 'property().setter()', 'iter(1, 2, 3)', '"a".isalpha(1)', '"a".format_map(1, 2)', 'sys.exit(1, 2)', 'sys.getrecursionlimit(1)', 'sys.exc_info(1)', 'sys.exception(1)', '[].sort(1)', 'sum([], 1, 2)', 'sum()', 'sorted()', 'print(**{"x": 1})',
    
    '[1].append(1, 2)', '[1].append()', '"a".join(["b"], 1)', '"a".join()', 'sys.getrefcount(1, 2)', 'sys.getrefcount()',
    'sys.getsizeof("a","b","c")', 'sys.getsizeof()', 'isinstance(1)', 'isinstance(1, 2, 3)', '"abc".strip(1)', '"abc".lstrip(1)', '"abc".rstrip(1)',
    '"abc".split(1)', '"abc".replace(1, 2)', '"abc".replace("a", 2)', '"abc".replace("a")', '",".join(5)', 'int("12", 1)', 'str(1, 2)',
    'ctypes.c_long("a")', '[].pop(1, 2)', '[].insert(1)', '[].index()', '[].count()', '[].remove()', '[].extend()', '[].copy(1)', '[].clear(1)',
    '[].reverse(1)', '[].sort(1)', '{}.get()', '{}.get(1, 2, 3)', '{}.keys(1)', '{}.values(1)', '{}.items(1)', '{}.pop()', '{}.update(1, 2)',
    '{}.setdefault()', '"a".startswith()', '"a".endswith()', '"a".upper(1)', '"a".lower(1)', '"a".find()', '"a".count()', 'len()', 'len(1, 2)',
    'id()', 'hex()', 'abs()', 'repr()', 'sum()', 'min()', 'max()', 'divmod(1)', 'pow(1)', 'round()', 'type()', 'type(1, 2)', 'range()',
    'sys.intern()', 'sys.intern(1)', 'set().add()', 'set().add(1, 2)', '().count()', '().index()', 'iter()', 'next()', 'ord()', 'chr()',
    'callable()', 'hash()', 'len(5)', 'sorted()', 'list(1, 2)', 'tuple(1, 2)', 'dict(1, 2)', 'set(1, 2)', 'float(1, 2)', 'bool(1, 2)',
    '"a".format_map()', '"a".isdigit(1)', '"abc".find(1)', '"abc".count(1)', '"abc".startswith(1)', '"%d" % "a"', 'getattr()', 'getattr(1)',
    'setattr(1, 2)', 'hasattr(1)', '"a" + 1', '[1] + (1,)', 'str.join("a")', 'list.append([])', 'dict.get({})',
]
for c in cases:
    try:
        eval(c)
        print(c, "-> ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
def slot():
    l = [1, 2]
    l[0:1] = 5
try:
    slot()
except TypeError as e:
    print(e)
print("a,b,a".find("a", 1), "a,b,a".find("a", 1, 3), "abc".find("", 5), "abc".find("", 3), "aaaa".count("a", 1), "aaaa".count("aa", 0, 3), "abc".count("", 1))
fs = frozenset([1, 2])
print(fs.copy() is fs, sys.getrefcount(fs))
