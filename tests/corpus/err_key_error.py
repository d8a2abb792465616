ages = {"ann": 31, "bob": 42}
print(ages["ann"], ages.get("cy"), ages.get("cy", 0))
ages["cy"] = 7
del ages["ann"]
print(ages)
print(ages.pop("zz", "missing"), "ann" in ages)
for name in ages:
    print(name, ages[name])
print(ages["ann"])
print("not reached")
