from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

print(Square(3).describe())
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
print(issubclass(Square, ABC), isinstance(Square(1), Shape), ABC.__module__, ABC.__slots__)
