a = [3, 1, 4, 1, 5]
a.append(9)
print(a, len(a))
a.extend([2, 6])
a.extend((5, 3))
a.extend(range(2))
print(a)
a.insert(0, 100)
a.insert(3, 200)
a.insert(-1, 300)
a.insert(1000, 400)
a.insert(-1000, 500)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2))
print(a)
a.remove(1)
print(a, a.count(1), a.count(5), a.count(42))
print(a.index(5), a.index(5, 5), a.index(3, 1, 20))
b = a.copy()
b.reverse()
print(b, a == b, a is b)
b.clear()
print(b, len(b), a[:3])
c = [5, 2, 8, 1, 9, 3]
c.sort()
print(c)
c.sort(reverse=True)
print(c)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
def lower_key(s):
    return s.replace("A", "a").replace("B", "b").replace("C", "c")
words.sort(key=lower_key)
print(words)
words.sort(key=len, reverse=True)
print(words)
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
nested.sort()
print(nested)
print([1, 2] + [3], [0] * 4, [[]] * 2, [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(2 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]])
m = [[0] * 3, [0] * 3]
m[0][1] = 5
m[1][2] = 7
print(m)
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, list("abc"), list((1, 2)), list(range(3)), list({5: 6}))
e = []
print(e, len(e), bool(e), bool([0]))
