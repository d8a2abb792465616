# repr of floats: shortest round-tripping form, with exponent rules.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 100.0, 1e16, 1e15, 1.5e16, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 0.00001234, 1.5e300, 1e308, 5e-324, 2.2250738585072014e-308,
          -0.0, 0.0, 1 / 3, 2 / 3, 2.0 ** 0.5, 3.141592653589793, 2.5, 1e22, 1e23, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))

print(float('inf'), -float('inf'), float('nan'), float('-inf'), float('Infinity'))
inf = float('inf')
nan = float('nan')
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(1e308 * 10, -1e308 * 10)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(1.0 / 7, 22 / 7, 355 / 113)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -2, 10.0 ** 15, 10.0 ** 16)
print(1e100, 1e-100, 12345.678, -98765.4321e-3)
print(4.0, 4.5e1, 45e-1, .5, 5., 1000.5)
print([0.1, -0.0, 1e20], (1.5, 2e-7), {1.5: 2.5})
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(-2 ** 70))
print(int(1e16), int(-2.5), int(0.99999), int(-0.5))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(-7.0 // 2, -7.0 % 2, 7.0 // -2, 7.5 % -2)
print(min(0.5, 0.25), max(-1.5, -2.5), sum([0.1, 0.2, 0.3]), sum([0.5, 0.25], 10))
