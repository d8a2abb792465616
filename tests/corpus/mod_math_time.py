import math, time
print(math.pi, math.e, math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.log(100, 10), math.log(math.e), math.log2(8), math.log10(1000), math.exp(1))
print(math.factorial(20), math.gcd(12, 18), math.isqrt(17), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.hypot(3, 4), math.pow(2, 10), math.fabs(-3), math.trunc(-3.7), math.prod([1, 2, 3, 4]))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.isnan(math.nan), math.isinf(math.inf))
t0 = time.time(); p0 = time.perf_counter()
print(type(t0).__name__, time.perf_counter() >= p0, isinstance(time.time_ns(), int))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
