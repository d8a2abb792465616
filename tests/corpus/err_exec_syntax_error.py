# A SyntaxError from exec() prints the error's file, line, text and caret after the traceback.
print("start")
exec("x = (")
