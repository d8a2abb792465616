# NameError "Did you mean": a global name, from inside a function and a comprehension.
values = [1, 2, 3]


def total():
    return sum([v * 2 for v in valuez])


print("before")
total()
