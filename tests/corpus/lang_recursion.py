def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(0), fib(1), fib(10), fib(20))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(0), fact(5), fact(30))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

print(hanoi(3, "A", "C", "B", []))
print(len(hanoi(10, "A", "C", "B", [])))

def flatten(x, out):
    if isinstance(x, list) or isinstance(x, tuple):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out

print(flatten([1, [2, [3, (4, 5)], []], [[[6]]]], []))

