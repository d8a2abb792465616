# Integer arithmetic, including big ints and mixed int/float.
print(7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(-1 // 3, -1 % 3, 0 // 5, 0 % -5)
print(2 ** 100, -2 ** 100, (-2) ** 101)
print(3 ** 200)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
big = 123456789012345678901234567890
print(big * big, big - big * 2, big // 12345, big % 12345)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, (2 ** 64) // (2 ** 32))
print(2 ** -1, 2 ** -3, 10 ** 0, 0 ** 0, (-8) ** 2)
print(1 + 2.5, 3 * 1.5, 10 / 4, 10 // 4.0, 10 % 4.0, -7.5 // 2, -7.5 % 2)
print(1 / 3, 2 / 3, 10 / 5, 1e3 / 8, 2 ** 0.5)
print(int("42"), int("-17"), int("  99  "), int("0"), int("123456789012345678901234567890"))
print(int(3.9), int(-3.9), int(1e20), int(True), int(2.0 ** 70))
print(float(3), float("1.5"), float(" -2.25 "), float(10 ** 20))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(big))
print(abs(-5), abs(5), abs(-2.5), abs(-big))
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x **= 3
x %= 100
print(x)
y = 7
y /= 2
print(y)
print(7 == 7.0, 1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(True + True, True * 10, False - 1)
print(-(-5), - -5, 5 if 3 > 4 else -5)
n = 1
i = 0
while i < 25:
    n = n * (i + 1)
    i += 1
print(n, len(str(n)))
print(2 ** 1000 % 1000007, (3 ** 100) // (3 ** 98))
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
