def ratio(a, b):
    return a / b

print(ratio(10, 4))
print(ratio(-3, 2))
print(7.5 // 2, -7 % 3)
values = [5, 2, 1, 0]
for v in values:
    print("100 //", v, "=", 100 // v)
print("not reached")
