from abc import ABC, abstractmethod
class A(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(e)
