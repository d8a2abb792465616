s = "  Hello, World!  "
print(repr(s.strip()), repr(s.strip(" !H")), repr("xxhixx".strip("x")), repr("".strip()))
print(repr("\t\n spaced \r\n".strip()))
print(s.split(), "a,b,,c".split(","), "a b  c".split(" "), "one".split(","))
print("a-b-c-d".split("-", 2), "  lead trail  ".split(), "".split(), "".split(","))
print("line1\nline2\n\nline4".split("\n"))
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join([]), "+".join("abc"))
print(" ".join("the quick brown fox".split()))
print("hello".replace("l", "L"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abcabc".replace("b", "", 1), "no match".replace("z", "y"), "x".replace("x", "xyz"))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".startswith(""), "".startswith("a"))
print("hello".startswith(("x", "h")), "hello".startswith("l", 2), "hello".startswith("ll", 2, 3))
print(len("hello"), len(""), len("\u20ac\u20ac"), len("\U0001F600"))
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "x" * -1)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "abc" == "abc")
print("ell" in "hello", "xyz" in "hello", "" in "abc", "h" not in "hello")
print("hello"[1], "hello"[-1], "hello"[1:3], "hello"[::-1], "hello"[::2], "hello"[10:])
print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str((1,)), str({}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
words = "the cat sat on the mat".split()
count = 0
for w in words:
    if w.startswith("t"):
        count += 1
print(count, len(words), words.count("the"), words.index("sat"))
csv = "name=alice;age=30;city=paris"
pairs = csv.split(";")
d = {}
for p in pairs:
    kv = p.split("=")
    d[kv[0]] = kv[1]
print(d, d["age"], int(d["age"]) + 1)
print("a\u00e9\u20ac".replace("\u00e9", "E"), "\u00e9t\u00e9".split("t"))
text = "x"
for i in range(5):
    text = text + str(i)
print(text, text.strip("x0"), text.replace("2", "-").split("-"))
