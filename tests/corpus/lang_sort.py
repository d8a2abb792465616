a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
f = [2.5, -1.0, 3, 0, 2]
f.sort()
print(f)
s = ["pear", "Apple", "fig", "apple", "Fig", "banana", ""]
s.sort()
print(s)
s.sort(key=len)
print(s)
s.sort(key=len, reverse=True)
print(s)
# Stability: equal keys keep their relative order.
def first_letter(w):
    return w[0] if w else ""
records = ["b1", "a1", "b2", "a2", "c1", "a3", "b3"]
records.sort(key=first_letter)
print(records)
records.sort(key=first_letter, reverse=True)
print(records)
# Tuples sort lexicographically
people = [("bob", 25), ("alice", 30), ("bob", 20), ("carol", 25)]
people.sort()
print(people)
def age(p):
    return p[1]
people.sort(key=age)
print(people)
# Sorting lists of lists
grid = [[3, 1], [1, 2], [3, 0], [1, 1], []]
grid.sort()
print(grid)
# Large sort against a known result
nums = []
x = 12345
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    nums.append(x % 1000)
nums.sort()
ok = True
for i in range(1, len(nums)):
    if nums[i - 1] > nums[i]:
        ok = False
print(ok, nums[:10], nums[-5:], sum(nums))
def neg(v):
    return -v
z = [3, 1, 2]
z.sort(key=neg)
print(z)
empty = []
empty.sort()
one = [1]
one.sort(reverse=True)
print(empty, one)
b = [True, False, 0, 1, -1]
b.sort()
print(b)
