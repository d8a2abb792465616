print([1, [2, [3, [4, []]]]])
print((1,), (), ((),), (1, (2, (3,))), [(), [()]])
print({"a": [1, 2], "b": {"c": (3, 4)}, 5: None})
print(repr("plain"), repr("it's"), repr('say "x"'), repr("mix ' and \""))
print(["it's", 'say "x"', "mix ' and \"", "back\\slash", "new\nline", "tab\t"])
print({"key's": "val\"ue"}, ("\x00", "\x7f", "\x80", "\xff"))
print(["\u00e9", "\u20ac", "\U0001F600", "\u200b", "\ufeff"])
print([1.0, -0.0, 1e100, 0.1, float("inf"), float("nan")])
print([None, True, False], (None,), {None: True})
print(str([1, "a"]), repr([1, "a"]), str(("a",)), repr({"x": "y"}))
print([set(), {1, 2}, {3}])
e = []
e.append(e)
print(e)
d = {}
d["self"] = d
print(d)
l1 = [1]
l2 = [l1, l1]
print(l2)
t = (l1, [l1])
print(t)
l1.append(l1)
print(l1, t)
print(repr([[]] * 3), repr([""] * 2), repr(([],) * 2))
print(repr(range(3)), [range(2), range(1, 5, 2)])
big = [[0, "0"], [1, "1"]]
print(big)
print(repr(123), repr(-4.5), repr(10 ** 20), repr(True), repr(None))
print({1: {2: {3: {4: [5, (6, {7: "eight"})]}}}})
