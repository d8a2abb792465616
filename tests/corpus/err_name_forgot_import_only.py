# NameError on a standard-library module name, nothing similar in scope.
def area(r):
    return math.pi * r * r


area(2)
