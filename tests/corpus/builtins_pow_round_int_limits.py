# pow() with a modulus (modular inverse), correctly rounded round(), int modulo/divmod by zero messages, int() base and digit limits
import sys
print(pow(3, -1, 7), pow(2, -3, 11), pow(-3, -1, 7), pow(3, 4, -7), pow(5, 0, 1), pow(10**20, -1, 10**9+7), pow(3, 2, -1))
for args in [(2, -1, 4), (3, 2, 0), (2.0, 2, 3), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.001, 2), round(1234.5678, -2), round(2.5), round(3.5), round(-2.5))
print(round(1e300, -299), round(5e-324, 330), round(1.5, 400), round(123.456, -400), round(-123.456, -400), round(0.1 + 0.2, 15))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 3), round(10**30, -29), round(True))
x = 10**30
print(round(x) is x, round(x, 2) is x, sys.getrefcount(x))
for e in ['5 % 0', '5 // 0', 'divmod(5, 0)', '5.0 % 0', 'divmod(5.0, 0)', 'divmod(5, 0.0)', '(10**30) % 0', 'divmod(10**30, 0)', 'int("12", 1)', 'int("12", 37)', 'int("9" * 5000)', 'int("9" * 5000 + "x")', 'int("1_0" * 2200)', 'str(10**5000)']:
    try:
        print(e, eval(e) if len(e) < 30 else 'ok')
    except Exception as ex:
        print(e[:20], type(ex).__name__, ex)
print(int("f" * 5000, 16) % 1000, int("1" * 5000, 2) % 1000)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
