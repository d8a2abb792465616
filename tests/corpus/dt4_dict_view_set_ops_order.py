d = {"b": 2, "c": 3, "d": 4, "x": 9, "y": 8, "q": 0, "new": 1}
print(hash("b") == hash("b"), [hash(k) % 64 for k in d])
print(d.keys() - {"x"})
print(set(d) - {"x"})
print({"b", "c", "d", "y", "q", "new"})
s = set(); 
for k in d:
    if k != "x": s.add(k)
print(s)
print(d.keys() | {"w"})
print(d.keys() & set(d))
