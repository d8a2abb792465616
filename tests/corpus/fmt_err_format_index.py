# A positional field past the end of the arguments is an IndexError.
print('{0} {1}'.format('x', 'y'))
print('{0} {2}'.format('x', 'y'))
