# format() on floats: CPython's repr / 'g' rules, exponents, rounding, inf, nan and -0.0.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-5, 123456.789, 1e22, 2.5, 0.125, 1 / 3, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), format(v), format(v, 'g'), format(v, 'e'), format(v, '.3'), format(v, '.2f'))
print(format(1234.5, ','), format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1234.5, '015,.2f'))
print(format(0.5, '%'), format(0.125, '.1%'), format(-0.0001, 'z.2f'), format(-0.0, 'z'), format(-0.0, 'z.0e'))
print(format(1.0, '.0'), format(1.0, '#.0'), format(1.0, '#g'), format(1.0, '#.3e'), format(100.0, '#.0f'))
print(format(12345.678, '.3'), format(100.0, '.2'), format(0.0001, 'g'), format(0.00001, 'g'), format(1e15, ''), format(1e16, '.16'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.375, '.2f'), format(1.5, '.0e'), format(9.99, '.2g'), format(9.5, '.0f'))
print(format(1e300, '.3e'), format(1e-300, '.20e'), format(5e-324, '.3g'), format(123.456, 'E'), format(123.456, 'G'))
inf = float('inf')
nan = float('nan')
print(format(inf), format(-inf), format(nan), format(inf, 'f'), format(inf, 'F'), format(nan, 'E'), format(inf, '%'))
print(repr(format(inf, '+')), repr(format(nan, '+')), repr(format(-inf, '010')), repr(format(inf, '^9')), repr(format(nan, ' ')))
print(repr(format(3.14159, '10.2f')), repr(format(3.14159, '<10.2f')), repr(format(-3.14159, '=+12.3e')), repr(format(3.14159, '*^12g')))
print(repr(format(1.5, '05')), repr(format(-1.5, '08.3f')), repr(format(1.5, '+')), repr(format(1.5, ' .3')))
print(format(1e20, 'n'), format(1234.5, 'n'), format(0.1 + 0.2, ''), format(0.1 + 0.2, '.17g'), format(2 / 3, '.30f'))
