# object.__format__ rejects a non-empty spec.
print(f'{None}', format([1]))
items = [1, 2]
print(f'{items:>10}')
