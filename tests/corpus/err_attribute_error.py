words = "alpha beta".split()
print(words)
words.append("gamma")
print(words, len(words))
d = {"k": 1}
print(d.get("k"), list(d.keys()))
n = 42
print(n + 1, type(n))
print(n.no_such_method())
print("not reached")
