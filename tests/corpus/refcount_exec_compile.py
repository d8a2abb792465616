import sys

# exec runs in the module's namespace: names it binds are module globals.
data = [1, 2]
exec("alias = data\nprint(sys.getrefcount(data))\n")
print(sys.getrefcount(data), alias is data)
exec("del alias")
print(sys.getrefcount(data))

# A compiled code object can be run several times; it keeps its constants.
code = compile("val = 'shared constant!'\nlst2 = [val, val]\n", 'c', 'exec')
exec(code)
print(sys.getrefcount(val))
first = val
exec(code)
print(first is val, sys.getrefcount(val))
del code
print(sys.getrefcount(val))

# exec of a string that defines a function: the function's code is kept by the function.
exec("def made(x):\n    return sys.getrefcount(x)\n")
print(made(data))
print(made([0]))

# The function's constants live as long as the function.
exec("def give():\n    return 'a constant str'\n")
g = give()
print(sys.getrefcount(g))
del give
print(sys.getrefcount(g))

# 'eval' mode and 'single' mode are not used here; exec returns None.
print(exec("pass"))

# exec of a compile()d string that modifies a list in place
exec(compile("data.append(data)\n", 'd', 'exec'))
print(len(data), sys.getrefcount(data))
data.pop()
print(sys.getrefcount(data))

# Constants inside exec'd code are separate objects from the main script's.
mine = 9191919
exec("theirs = 9191919\n")
print(mine == theirs, mine is theirs, sys.getrefcount(theirs))
