# SyntaxErrors of bytes literals, caught from compile().
for src in ['b"caf\xe9"', 'b"ok" "text"', '"text" b"ok"', 'b"\\x4"', 'b"abc', "rb'\\xzz' + b'\u20ac'", 'f"a" b"b"']:
    try:
        compile(src, '<test>', 'eval')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), '->', e.args[0])
co = compile("x = b'const'; y = b'const'", '<c>', 'exec')
print(co.co_consts)
co = compile("z = b'a' * 3 + b'b'", '<c>', 'exec')
print(co.co_consts)
