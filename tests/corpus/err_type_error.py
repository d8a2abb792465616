def combine(a, b):
    return a + b

print(combine(1, 2))
print(combine("x", "y"))
print(combine([1], [2]))
print(combine((1,), (2, 3)))
print(combine(1.5, True))
print(combine("count: ", 3))
print("not reached")
