# AttributeError "Did you mean": dir() of a built-in type.
items = [1]
items.append(2)
print(items)
items.apend(3)
