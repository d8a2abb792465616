// Mirrors CPython Objects/longobject.c long_new and PyLong_FromString.
using System.Globalization;
using System.Numerics;

namespace RefPy.Runtime.Objects;

/// <summary>int(x) and int(s, base).</summary>
internal static class IntConstructor
{
    public static nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("int", args, kwnames, ["x", "base"], 0);
        if (a[0] == 0)
        {
            if (a[1] != 0)
            {
                throw Errors.TypeError("int() missing string argument");
            }
            return IntType.FromLong(0);
        }
        nint x = a[0];
        if (a[1] != 0)
        {
            if (BytesObject.TryGetBuffer(x, out ReadOnlySpan<byte> digits))
            {
                return Parse(System.Text.Encoding.Latin1.GetString(digits), (int)IntType.AsLong(a[1]), x);
            }
            if (!StrObject.IsStr(x))
            {
                throw Errors.TypeError("int() can't convert non-string with explicit base");
            }
            return Parse(StrObject.ToManaged(x), (int)IntType.AsLong(a[1]), x);
        }
        if (IntType.IsInt(x))
        {
            return Ob.Type(x) == IntType.Instance.Address ? Ob.NewRef(x) : IntType.FromLong(IntType.AsLong(x));
        }
        if (FloatType.IsFloat(x))
        {
            double d = FloatType.Value(x);
            if (double.IsNaN(d))
            {
                throw Errors.ValueError("cannot convert float NaN to integer");
            }
            if (double.IsInfinity(d))
            {
                throw Errors.OverflowError("cannot convert float infinity to integer");
            }
            return IntType.FromBig(new BigInteger(Math.Truncate(d)));
        }
        if (StrObject.IsStr(x))
        {
            return Parse(StrObject.ToManaged(x), 10, x);
        }
        if (BytesObject.TryGetBuffer(x, out ReadOnlySpan<byte> text))
        {
            return Parse(System.Text.Encoding.Latin1.GetString(text), 10, x);
        }
        nint r = UserSlots.IntOf(x);
        if (r != 0)
        {
            return r;
        }
        throw Errors.TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + Ob.TypeOf(x).Name + "'");
    }

    public static nint Parse(string text, int numberBase, nint original)
    {
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
        {
            throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        string s = text.Trim();
        bool negative = false;
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }
        int b = numberBase;
        string lower = s.ToLowerInvariant();
        if ((b == 16 || b == 0) && lower.StartsWith("0x", StringComparison.Ordinal))
        {
            b = 16;
            s = s.Substring(2);
        }
        else if ((b == 8 || b == 0) && lower.StartsWith("0o", StringComparison.Ordinal))
        {
            b = 8;
            s = s.Substring(2);
        }
        else if ((b == 2 || b == 0) && lower.StartsWith("0b", StringComparison.Ordinal))
        {
            b = 2;
            s = s.Substring(2);
        }
        else if (b == 0)
        {
            b = 10;
        }
        if (s.StartsWith('_'))
        {
            if (numberBase != 0 || s.Length == 0)
            {
                throw Invalid(numberBase, original);
            }
            s = s.Substring(1);
        }
        if (s.Length == 0 || s.EndsWith('_') || s.Contains("__", StringComparison.Ordinal))
        {
            throw Invalid(numberBase, original);
        }
        // PyLong_FromString: a non-power-of-two base is limited to sys.get_int_max_str_digits() digits.
        if ((b & (b - 1)) != 0 && s.Length > IntType.MaxStrDigits)
        {
            int digits = s.Count(c => c != '_');
            if (digits > IntType.MaxStrDigits && s.All(c => c == '_' || DigitValue(c) < b))
            {
                throw Errors.ValueError("Exceeds the limit (" + IntType.MaxStrDigits.ToString(CultureInfo.InvariantCulture) +
                    " digits) for integer string conversion: value has " + digits.ToString(CultureInfo.InvariantCulture) +
                    " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        BigInteger v = BigInteger.Zero;
        foreach (char c in s)
        {
            if (c == '_')
            {
                continue;
            }
            int d = DigitValue(c);
            if (d >= b)
            {
                throw Invalid(numberBase, original);
            }
            v = v * b + d;
        }
        return IntType.FromBig(negative ? -v : v);
    }

    private static int DigitValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;

    private static PyException Invalid(int numberBase, nint original) =>
        Errors.ValueError("invalid literal for int() with base " + numberBase.ToString(CultureInfo.InvariantCulture) + ": " + Truncate(Abstract.ReprString(original)));

    /// <summary>PyErr_Format's %.200R: the repr cut to 200 characters.</summary>
    private static string Truncate(string repr) => repr.Length > 200 ? repr.Substring(0, 200) : repr;
}
