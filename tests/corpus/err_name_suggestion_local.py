# NameError "Did you mean": the frame's local names (co_varnames) come first, before a closer global.
abcdefgh_x = 1


def f(count):
    abcdefgh_yyy = 2
    total = count + abcdefgh_yyy
    return abcdefgh_y + total


print(f(1) if False else "start")
f(1)
