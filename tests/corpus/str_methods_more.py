import sys
samples = ["", "  \t\n", "abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "Hello World", "hello world", "HELLO", "_id9", "9id", "a b", "ǅungla", "x\x00", "Title Case Here", "not Title", "ß"]
for s in samples:
    print(repr(s), s.isspace(), s.isalnum(), s.isdecimal(), s.isnumeric(), s.isascii(), s.isprintable(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier())
for s in ["hello world", "HELLO wORLD", "o'neil mc-donald", "ß straße", "3rd place", ""]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
s = "abc"
print(repr(s.center(9)), repr(s.center(8, "*")), repr(s.ljust(6, "-")), repr(s.rjust(6)), repr(s.center(2)))
print(s.center(3) is s, s.ljust(1) is s, s.zfill(2) is s)
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "".zfill(3), "abc".zfill(5))
for bad in [lambda: s.center(5, "ab"), lambda: s.center(5, 1), lambda: s.ljust("x"), lambda: s.zfill(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("a b  c ".rsplit(), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", maxsplit=0), "  x  y ".rsplit(None, 1), "abc".rsplit("x"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines(), "x".splitlines(keepends=True))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc\nd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"), "x".removesuffix(""))
try:
    "x".removeprefix(1)
except TypeError as e:
    print("TypeError:", e)
t = "hello hello"
print(t.index("llo"), t.rindex("llo"), t.rfind("llo"), t.rfind("zz"), t.rfind("l", 0, 4), t.rfind(""), t.index("h", 1), t.count("l"))
for f in [lambda: t.index("zz"), lambda: t.rindex("q")]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
word = "".join(["un", "changed"])
before = sys.getrefcount(word)
parts = word.splitlines()
print(parts[0] is word, sys.getrefcount(word) - before)
p = word.partition("-")
print(p[0] is word, sys.getrefcount(word) - before)
del parts, p
print(sys.getrefcount(word) - before)
