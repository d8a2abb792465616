exec("print('hello from exec')")
exec("x = 6 * 7")
print(x)
src = """
total = 0
for i in range(5):
    total += i
print('total', total)
"""
exec(src)
print(total)
code = compile("y = x + 1\nprint('compiled', y)\n", "<string>", "exec")
print(type(code))
exec(code)
exec(code)
print(y)
# exec defines functions in the module namespace
exec("def square(n):\n    return n * n\n")
print(square(9))
# exec sees existing globals and can change them
counter = 10
exec("counter += 5")
print(counter)
lst = []
exec("lst.append('appended in exec')")
print(lst)
# Nested exec
exec("exec('inner = 123')")
print(inner)
# exec of an empty string or of only comments
print(exec(""), exec("# just a comment"), exec("pass"))
# Building source text at runtime
lines = []
for i in range(3):
    lines.append("v" + str(i) + " = " + str(i * i))
exec("\n".join(lines))
print(v0, v1, v2)
# compile once, run in a loop
inc = compile("n = n + 1", "inc", "exec")
n = 0
for _ in range(10):
    exec(inc)
print(n)
# exec with a global statement inside a function defined by exec
exec("def bump():\n    global counter\n    counter = counter * 2\n")
bump()
print(counter)
