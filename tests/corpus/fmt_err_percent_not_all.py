# More arguments than conversion specifications.
print('%s-%s' % (1, 2))
def render(fmt, args):
    return fmt % args
print(render('%d items', 3))
print(render('%d items', (3, 4)))
