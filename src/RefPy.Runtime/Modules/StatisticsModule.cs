// Mirrors CPython Lib/statistics.py: the exact-rational algorithms of mean/variance/stdev (with a private int-pair fraction type in place of fractions.Fraction).
namespace RefPy.Runtime.Modules;

/// <summary>The <c>statistics</c> module: Python source compiled into the module when it is imported.</summary>
internal static class StatisticsModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("statistics");
        StdlibSource.Run(b.Module, Source, "<frozen statistics>");
        return b.Module;
    }

    private const string Source = """"
__all__ = [
    'NormalDist', 'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
    'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'stdev', 'variance',
]

import math
from math import fsum, isqrt, gcd
from itertools import groupby
from collections import Counter, defaultdict
from functools import reduce

class StatisticsError(ValueError):
    pass

class _Frac:
    # The exact rational arithmetic statistics does with fractions.Fraction (ints only, normalized).
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.numerator = n
        self.denominator = d

    def __add__(self, other):
        if isinstance(other, int):
            return _Frac(self.numerator + other * self.denominator, self.denominator)
        if isinstance(other, _Frac):
            return _Frac(self.numerator * other.denominator + other.numerator * self.denominator,
                         self.denominator * other.denominator)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, int):
            return _Frac(self.numerator - other * self.denominator, self.denominator)
        if isinstance(other, _Frac):
            return _Frac(self.numerator * other.denominator - other.numerator * self.denominator,
                         self.denominator * other.denominator)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return _Frac(self.numerator * other, self.denominator)
        if isinstance(other, _Frac):
            return _Frac(self.numerator * other.numerator, self.denominator * other.denominator)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % self.numerator)
            return _Frac(self.numerator, self.denominator * other)
        if isinstance(other, _Frac):
            return _Frac(self.numerator * other.denominator, self.denominator * other.numerator)
        return NotImplemented

    def __rtruediv__(self, other):
        if isinstance(other, int):
            return _Frac(other * self.denominator, self.numerator)
        return NotImplemented

    def _cmp(self, other):
        if isinstance(other, int):
            return self.numerator - other * self.denominator
        if isinstance(other, _Frac):
            return self.numerator * other.denominator - other.numerator * self.denominator
        if isinstance(other, float):
            return float(self) - other
        return None

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __hash__(self):
        return hash((self.numerator, self.denominator))

    def __float__(self):
        return self.numerator / self.denominator

    def __int__(self):
        if self.numerator < 0:
            return -(-self.numerator // self.denominator)
        return self.numerator // self.denominator

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self.numerator, self.denominator)

def _sum(data):
    count = 0
    types = set()
    types_add = types.add
    partials = {}
    partials_get = partials.get
    for typ, values in groupby(data, type):
        types_add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials_get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(_Frac(n, d) for d, n in partials.items())
    T = reduce(_coerce, types, int)
    return (T, total, count)

def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    types_add = types.add
    sx_partials = defaultdict(int)
    sxx_partials = defaultdict(int)
    for typ, values in groupby(data, type):
        types_add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx_partials[d] += n
            sxx_partials[d] += n * n
    if not count:
        ssd = c = _Frac(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = sum(_Frac(n, d) for d, n in sx_partials.items())
        sxx = sum(_Frac(n, d*d) for d, n in sxx_partials.items())
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    T = reduce(_coerce, types, int)
    return (T, ssd, c, count)

def _coerce(T, S):
    if T is S:  return T
    if S is int or S is bool:  return T
    if T is int:  return S
    if issubclass(S, T):  return S
    if issubclass(T, S):  return T
    if issubclass(T, int):  return S
    if issubclass(S, int):  return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))

def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)

def _convert(value, T):
    if type(value) is T:
        return value
    if isinstance(value, _Frac):
        if issubclass(T, int) and value.denominator != 1:
            T = float
        if issubclass(T, int):
            return T(value.numerator)
        return T(float(value))
    return T(value)

def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x

_sqrt_bit_width = 2 * 53 + 3

def _integer_sqrt_of_frac_rto(n, m):
    a = isqrt(n // m)
    return a | (a*a*m != n)

def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator

def _sumprod(p, q):
    # math.sumprod: exact for ints, the correctly rounded exact sum for floats.
    total = 0
    is_float = False
    for x, y in zip(p, q):
        if isinstance(x, float) or isinstance(y, float):
            is_float = True
        a, b = _exact_ratio(x)
        c, d = _exact_ratio(y)
        if b is None or d is None:
            return fsum(x * y for x, y in zip(p, q))
        total = total + _Frac(a * c, b * d)
    if is_float:
        return float(total) if isinstance(total, _Frac) else float(total)
    return total.numerator if isinstance(total, _Frac) else total

def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)

def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0
            def count(iterable):
                nonlocal n
                for n, x in enumerate(iterable, start=1):
                    yield x
            data = count(data)
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    if not isinstance(data, (list, tuple)):
        data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    num = _sumprod(data, weights)
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den

def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None

def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)

def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        i = n // 2
        return (data[i - 1] + data[i]) / 2

def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        return data[n // 2 - 1]

def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]

def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None

def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)

def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)

def _sqrt_of(mss):
    if isinstance(mss, _Frac):
        return _float_sqrt_of_frac(mss.numerator, mss.denominator)
    return math.sqrt(mss)

def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _sqrt_of(mss)

def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _sqrt_of(mss)
"""";
}
