# A named field without a keyword argument is a KeyError.
print('{a}'.format(a=1))
print('{a} {b}'.format(a=1))
