# Generator pipeline: chained generators, generator expressions, yield from,
# built-ins consuming iterators (sum, max, zip, enumerate, any).
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks_it):
    for c in chunks_it:
        yield from c


def window_sums(it, k):
    win = []
    for x in it:
        win.append(x)
        if len(win) > k:
            del win[0]
        yield sum(win)


total = sum(squares(evens(numbers(2000000))))
print("sum of even squares:", total)

n_chunks = 0
longest = 0
for c in chunks(numbers(1000000), 37):
    n_chunks += 1
    if len(c) > longest:
        longest = len(c)
print("chunks:", n_chunks, longest)

print("flatten:", sum(flatten(chunks(squares(numbers(600000)), 10))))
print("windows:", max(window_sums(numbers(600000), 5)))

acc = 0
for i, (a, b) in enumerate(zip(numbers(800000), (x * 3 for x in range(800000)))):
    acc += (a ^ b) + i
print("zip:", acc)
print("any:", any(x > 299990 for x in numbers(300000)))
print("genexp:", sum(x % 7 for x in range(2000000) if x & 1))
