import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

def risky(n):
    r = Resource("r" + str(n))
    if n % 2:
        raise ValueError("odd " + str(n))
    return n

for i in range(4):
    try:
        print("ok", risky(i))
    except ValueError as e:
        print("error:", e, sys.getrefcount(e))

data = [1, 2, 3]
try:
    data.index(99)
except ValueError:
    pass
print(sys.getrefcount(data))

def parse(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            out.append(None)
        finally:
            pass
    return out

print(parse(["1", "x", "3"]))

class ValidationError(Exception):
    pass

def validate(x):
    if x < 0:
        raise ValidationError("negative: " + str(x))
    return x

results = []
for v in [1, -2, 3]:
    try:
        results.append(validate(v))
    except ValidationError as err:
        results.append(str(err))
print(results)
e = ValidationError("kept")
print(sys.getrefcount(e), e.args, repr(e))
try:
    raise e
except ValidationError as caught:
    print(caught is e, sys.getrefcount(e))
print(sys.getrefcount(e))
try:
    raise ValueError("no handler")
finally:
    print("cleanup before exit")
