# AttributeError "Did you mean": instance attributes and class attributes of a Python class.
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x_coord = x
        self.y_coord = y

    def norm(self):
        return self.x_coord + self.y_coord


p = Point(1, 2)
print(p.norm(), p.scale)
print(p.x_cord)
