def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))

def count_down(n, out):
    if n < 0:
        return out
    out.append(n)
    return count_down(n - 1, out)

print(count_down(5, []))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))

def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out

print(perms([1, 2, 3]), len(perms(list(range(5)))))
