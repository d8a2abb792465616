import sys
x = [0]
y = [1]
lst = [x]
print(sys.getrefcount(x), sys.getrefcount(y))
lst.extend([y, y, x])
print(sys.getrefcount(x), sys.getrefcount(y), len(lst))
lst.extend((x, x))
print(sys.getrefcount(x))
lst.extend(lst)
print(sys.getrefcount(x), sys.getrefcount(y), len(lst))
lst.insert(0, y)
print(sys.getrefcount(y))
lst.insert(100, y)
lst.insert(-100, y)
print(sys.getrefcount(y), len(lst), lst[0] is y, lst[-1] is y)
lst.remove(y)
print(sys.getrefcount(y), len(lst))
print(lst.index(x), lst.index(y), lst.count(x), lst.count(y))
print(sys.getrefcount(x), sys.getrefcount(y))
c = lst.copy()
print(sys.getrefcount(x), sys.getrefcount(y))
c.clear()
print(sys.getrefcount(x), sys.getrefcount(y), len(c))
del c
lst.reverse()
print(sys.getrefcount(x), sys.getrefcount(y))
nums = [[3], [1], [2]]
a = nums[0]
nums.sort()
print(nums, sys.getrefcount(a), nums[2] is a)
nums.sort(reverse=True)
print(nums[0] is a, sys.getrefcount(a))

def key_len(v):
    return len(v)

# A list display of 3+ constants is compiled to a constant tuple that the list
# is extended from, so each string is held by that tuple and by the main
# script's AST as well as by the list. The "c c c" in words2 (a 2-item display,
# compiled to plain LOAD_CONSTs) is merged with the same object, so the module's
# co_consts holds it directly too.
words = ["c c c", "a", "b b"]
w0 = words[0]
words.sort(key=key_len)
print(words, sys.getrefcount(w0))
words2 = ["c c c", "a"]
print(sys.getrefcount(w0))
lst.clear()
print(sys.getrefcount(x), sys.getrefcount(y), len(lst))
# Multiplying a list repeats references.
rep = [x] * 5
print(sys.getrefcount(x))
rep2 = [x, y] * 3
print(sys.getrefcount(x), sys.getrefcount(y))
rep *= 2
print(sys.getrefcount(x), len(rep))
rep += [y]
print(sys.getrefcount(y), len(rep))
