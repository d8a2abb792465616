def down(n):
    return down(n + 1)

def fine(n):
    if n == 0:
        return 0
    return 1 + fine(n - 1)

print("starting", fine(500))
down(0)
print("not reached")
