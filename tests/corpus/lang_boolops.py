# and/or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, "" or "x", [] or {} or "last")
print(None and 1, None or 1, "a" and "b" and "c", "a" and "" and "c")
print(not 0, not 1, not "", not "x", not [], not [0], not None, not not 5)
print(True and False, True or False, not True, False or not False)
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t("") or t([]) or t(None)
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(3)
print(r, calls)
calls.clear()
r = (t(0) or t(5)) and (t(6) or t(7))
print(r, calls)
# Truthiness of values
for v in [0, 1, -1, 0.0, 0.5, "", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    print(repr(v), bool(v), "yes" if v else "no")
x = 7
if x > 5 and x < 10:
    print("between")
if x < 5 or x == 7:
    print("small or seven")
if not x == 8:
    print("not eight")
if x and not x - 7:
    print("seven again")
print(bool(0) is False, bool(3) is True, type(not 3))
print(1 < 2 and 2 < 3 or 1 / 0 > 0)
print(1 > 2 and 1 / 0 > 0 or "short-circuited")
