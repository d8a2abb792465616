class I:
    def __index__(self): return 1
class Bad:
    def __index__(self): return 'x'
print([1,2,3][I()], (1,2,3)[I()], 'abc'[I()])
for s in ([1], (1,), 'a'):
    try: s[Bad()]
    except TypeError as e: print(e)
    try: s[1.5]
    except TypeError as e: print(e)
    try: s[I()]
    except IndexError as e: print(e)
