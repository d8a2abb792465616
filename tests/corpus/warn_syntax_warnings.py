# Compile-time SyntaxWarnings: "is" with a literal, invalid escapes, calling a literal.
x = 5
if x:
    y = (x is 5 or x is not 5.5)    
print(y, x is "a", () is (), x is -1, x is (1, 2), x is None, x is ...)
print("\d", "\400", "ok\n", r"\d", "a" "\z")
s = """one
two \q
three"""
print(len(s), f"{x}\w{x}")
print([1] if x is not 0 else 0)
(1, 2) (3, 4)
