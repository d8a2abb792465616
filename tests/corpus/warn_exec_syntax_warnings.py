# SyntaxWarnings from exec()/compile(): no source line for "<string>".
exec("x = 5\nprint(x is 5)")
exec("print('\\d')")
code = compile("[1, 2] (3)", "<calls>", "exec")
print("compiled")
exec(code)
