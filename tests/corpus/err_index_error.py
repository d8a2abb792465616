items = [10, 20, 30]
print(items[0], items[-1], items[-3])
print(items[1:10], items[5:], items[-10:1])
t = tuple(items)
print(t[2], len(t))
i = 0
while True:
    print("item", i, items[i])
    i += 1
print("not reached")
