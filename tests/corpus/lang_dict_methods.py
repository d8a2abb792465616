d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d))
print(d["two"], d.get("two"), d.get("four"), d.get("four", 4))
print(list(d.keys()), list(d.values()), list(d.items()))
print("one" in d, "four" in d, 1 in d, "one" not in d)
print(d.pop("one"), d)
print(d.pop("zzz", "default"), d.pop("two", None))
print(d.setdefault("three", 33), d.setdefault("five", 5), d)
d.update({"six": 6, "three": 333})
print(d)
d.update([("seven", 7)])
d.update(eight=8)
print(d)
del d["five"]
print(d, len(d))
# Insertion order is kept; re-setting a key keeps its place.
o = {}
o["b"] = 1
o["a"] = 2
o["c"] = 3
o["b"] = 4
print(o, list(o))
del o["b"]
o["b"] = 5
print(o)
# Int, float, tuple, bool keys
k = {1: "int", 2.5: "float", (1, 2): "tuple", None: "none"}
print(k[1], k[2.5], k[(1, 2)], k[None], k[1.0], k[True])
k[True] = "bool overwrites 1"
print(k, len(k))
# Counting with get
text = "a b a c b a"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
# Iteration
for key in counts:
    print(key, counts[key])
for key, value in counts.items():
    print(key, "->", value)
total = 0
for v in counts.values():
    total += v
print(total)
# Construction
print(dict(), dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"z": 0}))
print({} == {}, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
nested = {"inner": {"deep": [1, 2, {"x": None}]}}
print(nested["inner"]["deep"][2]["x"], nested)
