import sys

# Fact 1: while the main script runs, its AST holds every constant it created,
# so a literal has one more reference here than in compiled-and-exec'd code.
z0 = 7654300
print(sys.getrefcount(z0))
# This literal is also used by the function uses_it below: the compiler merges
# equal constants, so that function's co_consts holds this same object too.
z = 7654324
print(sys.getrefcount(z))
y = z
print(sys.getrefcount(z))
del y

f = 2.75
print(sys.getrefcount(f))
s = "not an identifier!"
print(sys.getrefcount(s))
t = (1000, 2000)
print(sys.getrefcount(t))

# The same literal used twice in one module is a single constant object.
u = 7654324
print(u is z, sys.getrefcount(z))
del u

def uses_it():
    return 7654324

# A function that uses the same constant shares the object (its co_consts holds it too).
print(uses_it() is z, sys.getrefcount(z))

# compile() + exec: the AST is freed when compile returns; only co_consts holds the constant.
src = "w = 8765432\nprint(sys.getrefcount(w))\nw2 = w\nprint(sys.getrefcount(w))\n"
exec(compile(src, 'x', 'exec'))
print(sys.getrefcount(w))

# exec of a source string: its AST lives while its code runs, like the main script.
exec("v = 9876543\nprint(sys.getrefcount(v))\n")
print(sys.getrefcount(v))

# A float and a non-identifier string inside compiled code
exec(compile("g = 3.25\nprint(sys.getrefcount(g))\n", 'y', 'exec'))
exec("h = 4.25\nprint(sys.getrefcount(h))\n")
exec(compile("q = 'has space'\nprint(sys.getrefcount(q))\n", 'z', 'exec'))
exec("r = 'has space too'\nprint(sys.getrefcount(r))\n")

# Once exec returns, its code object and AST are gone; only the global name holds it.
print(sys.getrefcount(g), sys.getrefcount(h), sys.getrefcount(q), sys.getrefcount(r))

# A code object kept alive keeps its constants alive.
code = compile("k = 5555555\n", 'c', 'exec')
exec(code)
print(sys.getrefcount(k))
code = None
print(sys.getrefcount(k))
