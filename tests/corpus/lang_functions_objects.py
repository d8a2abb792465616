counter = 20

def power(base, exp=2):
    return base ** exp

# Functions are objects: they can be stored and passed.
def double(x):
    return x * 2

def apply(f, v, times=1):
    while times > 0:
        v = f(v)
        times -= 1
    return v

ops = [double, power, abs]
print(apply(double, 3), apply(double, 3, 4), apply(power, 3, 2), apply(abs, -5))
print(ops[0](21), ops[1](4), len(ops), type(double))
# Early returns and implicit None
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    if n > 100:
        return "big"

print(classify(-3), classify(0), classify(5), classify(500))
# Functions defined inside control flow
if counter > 5:
    def pick():
        return "first"
else:
    def pick():
        return "second"
print(pick())
# Redefinition replaces the binding.
def pick():
    return "third"
print(pick())
