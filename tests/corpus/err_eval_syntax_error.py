# eval() of a string with a syntax error in the middle.
print(eval("1 + 2 * 3"))
eval("1 +* 2")
