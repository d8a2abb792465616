# An unknown presentation type for float is a ValueError naming the type.
print(format(2.5, '.1f'))
print(format(2.5, 'd'))
print("not reached")
