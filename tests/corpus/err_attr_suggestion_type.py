# AttributeError on a type object: dir(str) holds the methods CPython's str has.
print(str.upper("abc"))
print(str.uper("abc"))
