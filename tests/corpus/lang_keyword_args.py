def describe(name, age, city="nowhere", note=""):
    return name + " (" + str(age) + ") from " + city + note

print(describe("Ann", 30))
print(describe(name="Bob", age=41))
print(describe(age=5, name="Cy", note="!"))
print(describe("Dee", city="Rome", age=22))
print(describe("Eve", 19, note="?", city="Oslo"))

def box(a, b=2, c=3):
    return [a, b, c]

print(box(1), box(1, c=30), box(1, b=20), box(c=0, a=-1), box(1, 2, 3))

# Keyword arguments to builtins
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("after", end="\n")
lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst)
def neg(x):
    return -x
lst.sort(key=neg, reverse=True)
print(lst)
print(max([1, 5, 3], key=neg), min([1, 5, 3], key=neg))
print(int("ff", 16), int("777", base=8), int("101", 2))
print(dict(a=1, b=[2]), dict(one=1, two=2)["two"])

# Keyword arguments are evaluated left to right like positional ones.
order = []
def note(v):
    order.append(v)
    return v
print(box(note(1), c=note(3), b=note(2)), order)

# Passing the same value positionally and by keyword to different parameters
def pair(x, y):
    return (x, y)
print(pair(y=1, x=2), pair(1, y=2))
r = range(10)
print(list(range(2, 10, 3)), sum([1, 2, 3], 10), sum([0.5], start=1))
