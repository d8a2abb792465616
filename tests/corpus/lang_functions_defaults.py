def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(2, exp=10), power(exp=0, base=9))
# Defaults are evaluated once, when the def runs.
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), counter)
# A mutable default is shared between calls.
def add_item(x, bucket=[]):
    bucket.append(x)
    return bucket

print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))
# None as a sentinel default
def add_fresh(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket

print(add_fresh(1), add_fresh(2))
