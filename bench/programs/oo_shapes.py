# Class-heavy OO workload: instance creation, attribute loads/stores,
# method calls, inheritance with super(), properties and special methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self.origin = origin
        Shape.count += 1

    def area(self):
        return 0

    def moved(self, delta):
        return self.origin + delta

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__("rect", origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, origin, side):
        Rect.__init__(self, origin, side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, origin, r):
        Shape.__init__(self, "circle", origin)
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def __lt__(self, other):
        return self.r < other.r


def run(n):
    total_area = 0
    total_perim = 0
    acc = Vec(0, 0)
    kinds = {}
    for i in range(n):
        o = Vec(i % 17, i % 23)
        m = i % 3
        if m == 0:
            s = Rect(o, i % 11 + 1, i % 7 + 1)
            total_perim += s.perimeter
        elif m == 1:
            s = Square(o, i % 13 + 1)
            total_perim += s.perimeter
        else:
            s = Circle(o, i % 5 + 1)
        total_area += s.area()
        acc = acc + s.moved(Vec(1, 2)).scale(2)
        d = s.describe()
        kinds[d] = kinds.get(d, 0) + 1
    return total_area, total_perim, acc.dot(Vec(1, 1)), len(kinds), Shape.count


print(run(400000))
circles = [Circle(Vec(0, 0), (i * 7919) % 101) for i in range(20000)]
circles.sort()
print(circles[0].r, circles[-1].r, sum(c.area() for c in circles[::100]))
