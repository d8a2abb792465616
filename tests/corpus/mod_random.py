import random
import sys

random.seed(42)
print(random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(16), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7), random.randrange(10, 0, -3), random.randrange(-5, 5))
print(random.randrange(10**30), random.randint(-10**20, 10**20))
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(10**6), 8))
print(random.uniform(1, 10), random.uniform(2.5, 2.5))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 3], k=4))
print(random.gauss(), random.gauss(10, 2), random.normalvariate(0, 1))

for s in [0, 1, -7, 2**40 + 3, 12345678901234567890, "hello", "", 1.5, -2.25]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 1000))

r1 = random.Random(2024)
r2 = random.Random(2024)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), type(r1).__name__)
print(sys.getsizeof(r1), repr(r1).startswith("<random.Random object at 0x"))
print(repr(random.random).startswith("<built-in method random of Random object at 0x"))
r3 = random.Random()
x3 = r3.random()
print(x3 >= 0 and x3 < 1)

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
            lambda: random.randrange(1.5), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2),
            lambda: random.getrandbits(-1), lambda: random.randrange(0, 10, 0), lambda: random.seed([1]),
            lambda: random.choices([1, 2], [1]), lambda: random.choices([1], 3)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
