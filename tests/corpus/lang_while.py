i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
# while ... else: else runs when the condition becomes false (no break)
n = 3
while n > 0:
    n -= 1
else:
    print("while finished, n =", n)
n = 10
while n > 0:
    if n == 7:
        break
    n -= 1
else:
    print("not printed")
print("broke at", n)
# Modifying a list while iterating by index
lst = [1, 2, 3, 4, 5, 6]
j = 0
while j < len(lst):
    if lst[j] % 2 == 0:
        del lst[j]
    else:
        j += 1
print(lst)
# Infinite loop with break, counting Collatz steps
x = 27
steps = 0
while True:
    if x == 1:
        break
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz 27:", steps)
while False:
    print("never")
print("done")
