from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
for c in (Shape, Sq, Full):
    try:
        print(c.__name__, c(2).area() if c is not Shape else c())
    except TypeError as e:
        print(e)
print(sorted(Sq.__abstractmethods__), Full.__abstractmethods__)
