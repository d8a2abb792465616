# NameError inside a method whose self has the attribute: CPython 3.12 suggests 'self.value'.
class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        return value + 1


print(Counter().value)
Counter().bump()
