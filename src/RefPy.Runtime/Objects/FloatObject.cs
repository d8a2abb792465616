// Mirrors CPython Objects/floatobject.c and Python/pystrtod.c (repr of floats).
using System.Globalization;
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary><c>float</c>: header then the C double at +16 (24 bytes).</summary>
internal sealed unsafe class FloatType : PyType
{
    public const int ValueOffset = 16;
    public static readonly FloatType Instance = new();

    private FloatType() : base("float", 24, 0, false, ObjectType.Instance)
    {
        NumberMethods.InstallFloat(this);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value(nint o) => *(double*)(o + ValueOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint FromDouble(double d)
    {
        nint o = Instance.AllocObject(24);
        *(double*)(o + ValueOffset) = d;
        return o;
    }

    public static bool IsFloat(nint o) => Ob.Type(o) == Instance.Address || Ob.TypeOf(o).IsSubtypeOf(Instance);

    /// <summary>A float or int operand as a double; false for other types.</summary>
    public static bool TryAsDouble(nint o, out double d)
    {
        if (IsFloat(o))
        {
            d = Value(o);
            return true;
        }
        if (IntType.IsInt(o))
        {
            d = IntType.ToDouble(o);
            return true;
        }
        d = 0;
        return false;
    }

    public override string Repr(nint o) => FormatRepr(Value(o));

    /// <summary>repr(float): shortest round-tripping digits, CPython's 'r' format rules.</summary>
    public static string FormatRepr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0" : "0.0";
        }
        // "E16" is not shortest; "R" gives the shortest round-trip digits in either notation.
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        if (negative)
        {
            r = r.Substring(1);
        }
        string mantissa = r;
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = r.Substring(0, e);
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        int dot = mantissa.IndexOf('.');
        string digits;
        int pointPos; // number of digits before the decimal point
        if (dot >= 0)
        {
            digits = mantissa.Remove(dot, 1);
            pointPos = dot;
        }
        else
        {
            digits = mantissa;
            pointPos = mantissa.Length;
        }
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }
        digits = digits.Substring(lead);
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        int decpt = pointPos + exp;
        string body;
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                body = "0." + new string('0', -decpt) + digits;
            }
            else if (decpt >= digits.Length)
            {
                body = digits + new string('0', decpt - digits.Length) + ".0";
            }
            else
            {
                body = digits.Substring(0, decpt) + "." + digits.Substring(decpt);
            }
        }
        else
        {
            int e10 = decpt - 1;
            string m = digits.Length == 1 ? digits : digits[0] + "." + digits.Substring(1);
            body = m + "e" + (e10 < 0 ? "-" : "+") + Math.Abs(e10).ToString("00", CultureInfo.InvariantCulture);
        }
        return negative ? "-" + body : body;
    }

    public override long Hash(nint o) => HashDouble(Value(o), o);

    public static long HashDouble(double v, nint identity)
    {
        if (double.IsNaN(v))
        {
            return ObjectType.Instance.Hash(identity);
        }
        if (double.IsInfinity(v))
        {
            return v > 0 ? 314159 : -314159;
        }
        const int bits = 61;
        const ulong modulus = (1UL << bits) - 1;
        double m = Math.Abs(v);
        int e;
        m = Frexp(m, out e);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & modulus) | x >> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= modulus)
            {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & modulus) | x >> (bits - e);
        long h = (long)x;
        if (v < 0)
        {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    private static double Frexp(double d, out int e)
    {
        if (d == 0)
        {
            e = 0;
            return 0;
        }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    public override bool? Bool(nint o) => Value(o) != 0;

    public override nint Negative(nint o) => FromDouble(-Value(o));
    public override nint Positive(nint o) => Ob.NewRef(o);

    public nint CompareMixed(nint a, nint b, CompareOp op)
    {
        // Exact comparison between int and float (CPython float_richcompare handles big ints exactly).
        bool swapped = !IsFloat(a);
        nint f = swapped ? b : a;
        nint i = swapped ? a : b;
        double d = Value(f);
        int c;
        if (double.IsNaN(d))
        {
            return BoolObject.NewRef(op == CompareOp.Ne);
        }
        if (double.IsInfinity(d))
        {
            c = d > 0 ? 1 : -1;
        }
        else
        {
            System.Numerics.BigInteger bi = IntType.ToBig(i);
            double floor = Math.Floor(d);
            int ci = new System.Numerics.BigInteger(floor).CompareTo(bi);
            c = ci != 0 ? ci : (d > floor ? 1 : 0);
        }
        if (swapped)
        {
            c = -c;
        }
        return BoolObject.NewRef(Compare.Holds(c, op));
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (IsFloat(b))
        {
            double x = Value(a), y = Value(b);
            bool r = op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Le => x <= y,
                CompareOp.Eq => x == y,
                CompareOp.Ne => x != y,
                CompareOp.Gt => x > y,
                _ => x >= y,
            };
            return BoolObject.NewRef(r);
        }
        if (IntType.IsInt(b))
        {
            return CompareMixed(a, b, op);
        }
        return 0;
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (!TryAsDouble(a, out double x) || !TryAsDouble(b, out double y))
        {
            return 0;
        }
        if (op >= BinaryOp.InplaceAdd)
        {
            op -= BinaryOp.InplaceAdd;
        }
        switch (op)
        {
            case BinaryOp.Add: return FromDouble(x + y);
            case BinaryOp.Subtract: return FromDouble(x - y);
            case BinaryOp.Multiply: return FromDouble(x * y);
            case BinaryOp.TrueDivide:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("float division by zero");
                }
                return FromDouble(x / y);
            case BinaryOp.FloorDivide:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("float floor division by zero");
                }
                return FromDouble(DivMod(x, y, out _));
            case BinaryOp.Remainder:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("float modulo");
                }
                DivMod(x, y, out double mod);
                return FromDouble(mod);
            case BinaryOp.Power:
                return FromDouble(Pow(x, y));
            default:
                return 0;
        }
    }

    /// <summary>CPython float_divmod: floor quotient and a remainder with the divisor's sign.</summary>
    public static double DivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = wx < 0 ? -0.0 : 0.0;
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = vx / wx < 0 ? -0.0 : 0.0;
        }
        return floordiv;
    }

    private static double Pow(double x, double y)
    {
        if (x == 0 && y < 0)
        {
            throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y))
        {
            throw Errors.ValueError("negative number cannot be raised to a fractional power");
        }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
        {
            throw Errors.OverflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length == 0)
        {
            return FromDouble(0.0);
        }
        if (args.Length > 1)
        {
            throw Errors.TypeError("float expected at most 1 argument, got " + args.Length);
        }
        nint a = args[0];
        if (IsFloat(a))
        {
            return Ob.NewRef(a);
        }
        if (IntType.IsInt(a))
        {
            return FromDouble(IntType.ToDouble(a));
        }
        if (StrObject.IsStr(a))
        {
            string s = StrObject.ToManaged(a);
            if (TryParse(s, out double d))
            {
                return FromDouble(d);
            }
            throw Errors.ValueError("could not convert string to float: " + StrType.Instance.Repr(a));
        }
        nint r = UserSlots.FloatOf(a);
        if (r != 0)
        {
            return r;
        }
        throw Errors.TypeError("float() argument must be a string or a real number, not '" + Ob.TypeOf(a).Name + "'");
    }

    public static bool TryParse(string text, out double d)
    {
        string s = text.Trim().Replace("_", "", StringComparison.Ordinal);
        string lower = s.ToLowerInvariant();
        string unsigned = lower.TrimStart('+', '-');
        bool neg = lower.StartsWith('-');
        if (unsigned is "inf" or "infinity")
        {
            d = neg ? double.NegativeInfinity : double.PositiveInfinity;
            return lower.Length - unsigned.Length <= 1;
        }
        if (unsigned == "nan")
        {
            d = double.NaN;
            return lower.Length - unsigned.Length <= 1;
        }
        if (s.Length == 0 || s.Contains(' ') || text.Trim().StartsWith('_') || text.Trim().EndsWith('_'))
        {
            d = 0;
            return false;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d);
    }
}
