try:
    {}["k"]
except KeyError as e:
    print(e.args, repr(e), str(e))
try:
    {}[1]
except KeyError as e:
    print(e.args, e.args[0] == 1)
