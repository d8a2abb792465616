d = {"a": 1, "b": 2}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.items())))
