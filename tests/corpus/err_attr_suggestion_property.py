# An AttributeError raised inside a property getter gets the property's name, so a similar name is offered.
class Box:
    size = 3

    @property
    def sizes(self):
        raise AttributeError("no sizes here")


print(Box().size)
print(Box().sizes)
