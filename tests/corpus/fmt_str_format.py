# str.format and str.format_map: positional, automatic and named fields, attributes, items, conversions, nested specs.
import sys
name = ''.join(['Ref', 'Py'])
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age} years'.format(name=name, age=3), '{0} {k}'.format(1, k=2))
print('{0[0]} {0[1]} {1[key]} {1[2]}'.format([10, 20], {'key': 'v', 2: 'two'}))
print('{0[1][0]}'.format([0, ['deep']]), '{0[-1]}'.format({'-1': 'str key'}))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}|'.format('x'))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'), '{:*^9}'.format(name))
print('{:,} {:_} {:+.2f} {:08.3f} {:#x} {:e}'.format(1234567, 1234567, 3.14159, -3.14159, 255, 12345.678))
print('{:{}}|'.format('a', 5), '{:{}{}}'.format(3, '>', 4), '{0:{1}.{2}f}'.format(3.14159, 10, 2), '{:{w}.{p}}'.format(1 / 3, w=8, p=3))
print('{{}} {{{}}} }}{{'.format(7), 'no fields'.format(1, 2), '{}'.format(None), '{}'.format([1, 2]), '{:}'.format(True))
print('{0}{0}{0}'.format('ab'), '{00}'.format('zero'), '{0:}'.format(5), '{:d}'.format(True), '{}'.format(-0.0))
print('{name} {v:.1f}'.format_map({'name': name, 'v': 3.12}))
print('{}'.format(name) is name, '{:4}'.format(name) is name, 'x{}'.format(name) is name, '{0}'.format(name) is name)
r = '{}'.format(name)
print(r is name, sys.getrefcount(name))
del r
print(sys.getrefcount(name))
fmt = '{:>6}|{!r}'
print(fmt.format(name, name), sys.getrefcount(name))
print('{0.__class__}'.format(1))
