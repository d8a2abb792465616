x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(x != 5 != 6, 3 > 2 > 1 > 0 > -1, 1 == 1 != 2)
calls = []
def val(v):
    calls.append(v)
    return v

# Chained comparisons evaluate each operand once and short-circuit.
print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)
calls.clear()
print(val(1) < val(5) > val(4) == val(4))
print(calls)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, a == b == c, a is c is not b)
print(None is None, None == None, None is not None, type(None) is type(None))
print(1 == 1.0, "a" == "a", (1, 2) == (1, 2), [1] != [1])
print(2 in [1, 2, 3] in [[1, 2, 3]], 5 not in [1, 2] not in [[3]])
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2))
print("abc" < "abd" < "b", (1, 2) < (1, 3) < (2,), [3] > [2, 9] > [2])
print(0 == False, 1 == True, 2 == True, "" == False, None == False)
print(1.5 < 2 < 2.5, -1 < -0.5 < 0, 10 ** 20 > 1e19 > 10 ** 18)
r = 3
print(r if 1 < r < 5 else -r, r if r > 5 else -r)
