# Fewer arguments than conversion specifications.
pair = ('a',)
print('%s' % pair)
print('%s and %s' % pair)
