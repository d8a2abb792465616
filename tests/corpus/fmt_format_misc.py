# format() on str and other objects, ascii(), and which results are the argument itself.
import sys
s = ''.join(['ab', 'cd'])
print(format(s), repr(format(s, '6')), repr(format(s, '>6')), repr(format(s, '^7')), repr(format(s, '.2')), repr(format(s, '-<8.3')))
print(repr(format('é', '^5')), repr(format('x', '\u20ac^5')), repr(format(s, '05')), repr(format(s, 's')), repr(format('', '3')))
print(format(s) is s, format(s, '') is s, format(s, '<4') is s, format(s, '.9') is s, format(s, '5') is s)
print(sys.getrefcount(s))
t = format(s, '<2')
print(t is s, sys.getrefcount(s))
del t
print(sys.getrefcount(s))
print(format(None), format([1, 'a']), format((1,)), format({'k': 2}), format(len), format(True, ''))
print(ascii('héllo'), ascii('\u20ac'), ascii('\U0001f600'), ascii(['é', 1]), ascii(3), ascii('plain'))
print(format(12, 'x') + format(3.5, '.1f') + format('z', '>2'))
print(repr(format(1, '')), repr(format(-1, '')), repr(format(12.0, '')))
