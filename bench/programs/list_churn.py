# Create and drop many small lists and tuples: allocation, refcounting and
# deallocation of short-lived containers.
def churn(rounds):
    total = 0
    keep = None
    for i in range(rounds):
        a = [i, i + 1, i + 2]
        t = (a, i)
        b = a[:]
        b.append(t)
        c = [b, (i,), []]
        total += len(c) + len(b) + t[1] % 7
        if i % 1000 == 0:
            keep = c
        a = None
        t = None
    return total, len(keep)

def pairs(n):
    out = []
    for i in range(n):
        out.append((i, [i]))
        if len(out) > 64:
            out = out[32:]
    return len(out)

res = churn(3000000)
print(res)
print(pairs(2000000))
