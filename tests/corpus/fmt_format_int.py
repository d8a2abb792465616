# format() and the format-spec mini-language on int and bool (CPython's formatter_unicode.c).
n = 1234567
neg = -255
big = 2 ** 100
print(format(n), format(n, ''), format(n, 'd'), format(n, 'n'))
print(format(n, ','), format(n, '_'), format(neg, ','), format(big, ','))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))
print(format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(255, '_b'), format(255, '#_b'), format(big, '_x'), format(-big, '#_X'))
print(repr(format(42, '10')), repr(format(42, '<10')), repr(format(42, '^10')), repr(format(42, '>10')))
print(repr(format(-42, '=10')), repr(format(-42, '010')), repr(format(42, '*^11')), repr(format(42, '0<6')))
print(format(42, '+'), format(-42, '+'), repr(format(42, ' ')), format(-42, ' '), format(42, '-'))
print(format(1234, '010,'), format(1234, '09,'), format(1234, '08_'), format(-1234, '010,'))
print(format(255, '#010x'), format(-255, '#010x'), format(255, '+#012_b'))
print(format(65, 'c'), format(0x20ac, 'c'), repr(format(97, '>4c')), repr(format(97, '04c')))
print(format(7, 'e'), format(7, '.2f'), format(7, '%'), format(7, 'g'), format(-7, 'E'), format(10 ** 20, '.3g'))
print(format(True), format(False, ''), format(True, 'd'), format(True, '5'), format(True, '#x'), format(False, '.1f'))
print(format(0), format(0, 'x'), format(0, '#b'), format(-0, '+'), format(0, ','))
print(format(12345678901234567890, ','), format(-12345678901234567890, '40_'))
print(repr(format(5, '\u20ac^7')), repr(format(5, '\U0001f600>3')))
