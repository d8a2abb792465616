# printf-style formatting with the % operator on str.
import sys
s = ''.join(['sp', 'am'])
print('%s %d %r %5.2f %x %-5s| %%' % (s, 42, s, 3.14159, 255, 'ab'))
print('%s' % s, '%s' % (s,), '%r' % (s,), '%a' % ('é',), '%s' % [1, 2], '%s' % ((1, 2),))
print('%d %i %u' % (1, -2, 3), '%d' % 3.99, '%d' % -3.99, '%d' % True, '%x' % 255, '%X' % 255, '%o' % 8)
print('%#x %#X %#o' % (255, 255, 8), '%#x' % -255, '%x' % 10 ** 20, '%.3d' % 5, '%#.3o' % 8, '%.2x' % 5)
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, 42), '%10.5d|' % -42, '%#08x' % 255)
print('%f %e %E %g %G' % (1.5, 1.5, 1.5, 1e-10, 1e20), '%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%#.0f' % 1.0)
print('%08.3e|%-10.2f|%+.1f|% .2f' % (-1234.5, 2.5, 2.0, 3.0), '%f' % 10, '%g' % 123456789, '%.3g' % 0.0001234)
print('%f %f %F' % (float('inf'), float('nan'), float('-inf')), '%+f' % float('inf'), '%010f|' % float('-inf'))
print('%c%c%c' % (72, 'i', 0x20ac), '%5c|%-5c|' % (65, 66), '%.3s|%10.3s|%-6s|' % ('abcdef', 'abcdef', 'ab'))
print('%*d|%-*d|%.*f|%*.*f|' % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.71828), '%*d|' % (-4, 7))
print('%(a)s %(b)05.1f %(a)r' % {'a': s, 'b': 2.25}, '%(x)s%%' % {'x': 50}, '%s' % {'k': 1})
print('%ld %hd %Lf' % (1, 2, 3.0), '%%%s%%' % 'x', 'abc' % (), 'abc' % {}, 'abc' % [], '%s' % None)
print('%s' % s is s, '%s' % (s,) is s, '%5s' % s is s, '%.9s' % s is s, '%s%%' % s is s)
print(sys.getrefcount(s))
r = '%s' % s
print(r is s, sys.getrefcount(s))
del r
x = 10
x %= 3
fmt = '%s-%s'
fmt %= ('a', 'b')
print(x, fmt, sys.getrefcount(s))
