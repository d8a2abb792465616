import sys

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def __str__(self):
        return type(self).__name__ + "(" + self.name + ")"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a, a.speak())
print([k.__name__ for k in D.__mro__], D().who())
print(isinstance(Puppy("p", 2), Animal), isinstance(Dog("d"), Puppy))
print(sys.getrefcount(Animal), sys.getrefcount(Dog), sys.getrefcount(Puppy), sys.getrefcount(D))
Dog.sound = "WOOF"
print(Puppy("x", 3).speak())
print(sys.getsizeof(Dog("z")), Puppy.__bases__, Dog.__base__)
