# More than one character left after the precision: CPython 3.12 quotes the whole spec.
value = 1.5
print(f'{value:10.2f}|')
print(f'{value:10.2fx}|')
