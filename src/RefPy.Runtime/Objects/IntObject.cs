// Mirrors CPython Objects/longobject.c and Include/cpython/longintrepr.h: arbitrary-size ints with 30-bit digits.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>int</c>. Layout (CPython 3.12): header, lv_tag at +16 (<c>ndigits &lt;&lt; 3 | sign</c>, sign 0 positive,
/// 1 zero, 2 negative), then 30-bit digits as uint32 from +24, least significant first. Values that fit in
/// 64 bits take a fast path; larger values go through <see cref="BigInteger"/>.
/// </summary>
internal unsafe class IntType : PyType, TypeAttributeProvider
{
    public const int TagOffset = 16;
    public const int DigitsOffset = 24;
    public const int DigitBits = 30;
    public const uint DigitMask = (1u << DigitBits) - 1;
    public const int SmallNeg = 5;
    public const int SmallPos = 257;
    public const int MaxStrDigits = 4300;

    public static readonly IntType Instance = new("int", null);

    /// <summary>The immortal small ints -5..256, indexed by value + 5.</summary>
    public static nint[] SmallInts = new nint[SmallNeg + SmallPos];

    protected IntType(string name, PyType? baseType) : base(name, 24, 4, false, baseType ?? ObjectType.Instance)
    {
        if (baseType is null)
        {
            NumberMethods.InstallInt(this);
        }
    }

    public nint GetTypeAttribute(string name) => NumberMethods.IntTypeAttribute(this, name);

    // ---- layout ------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long DigitCount(nint o) => (long)(*(ulong*)(o + TagOffset) >> 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sign(nint o) => 1 - (int)(*(ulong*)(o + TagOffset) & 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInt(nint o)
    {
        nint t = Ob.Type(o);
        return t == Instance.Address || t == BoolType.Instance.Address || (PyType.FromAddress(t) is ClassType ct && ct.IsSubtypeOf(Instance));
    }

    /// <summary>The value when it fits in a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetLong(nint o, out long value)
    {
        ulong tag = *(ulong*)(o + TagOffset);
        ulong n = tag >> 3;
        uint* d = (uint*)(o + DigitsOffset);
        if (n <= 2)
        {
            long mag = n == 0 ? 0 : n == 1 ? d[0] : d[0] | ((long)d[1] << DigitBits);
            value = (tag & 3) == 2 ? -mag : mag;
            return true;
        }
        if (n == 3 && d[2] < 8)
        {
            ulong mag = d[0] | ((ulong)d[1] << DigitBits) | ((ulong)d[2] << 60);
            if ((tag & 3) == 2)
            {
                if (mag <= 1UL << 63)
                {
                    value = (long)(0 - mag);
                    return true;
                }
            }
            else if (mag <= long.MaxValue)
            {
                value = (long)mag;
                return true;
            }
        }
        value = 0;
        return false;
    }

    public static BigInteger ToBig(nint o)
    {
        if (TryGetLong(o, out long v))
        {
            return v;
        }
        long n = DigitCount(o);
        uint* d = (uint*)(o + DigitsOffset);
        // Pack the 30-bit digits into little-endian bytes in one pass (linear, unlike shifting a BigInteger).
        byte[] bytes = new byte[(n * DigitBits + 7) / 8 + 1];
        ulong acc = 0;
        int accBits = 0;
        long pos = 0;
        for (long i = 0; i < n; i++)
        {
            acc |= (ulong)d[i] << accBits;
            accBits += DigitBits;
            while (accBits >= 8)
            {
                bytes[pos++] = (byte)acc;
                acc >>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0)
        {
            bytes[pos] = (byte)acc;
        }
        var r = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return Sign(o) < 0 ? -r : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint FromLong(long v)
    {
        if ((ulong)(v + SmallNeg) < SmallNeg + SmallPos)
        {
            return SmallInts[v + SmallNeg];
        }
        return NewFromLong(v);
    }

    private static nint NewFromLong(long v)
    {
        ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        int n = mag < (1UL << 30) ? 1 : mag < (1UL << 60) ? 2 : 3;
        nint o = Instance.AllocObject(DigitsOffset + 4 * n);
        *(ulong*)(o + TagOffset) = ((ulong)n << 3) | (v < 0 ? 2UL : 0UL);
        uint* d = (uint*)(o + DigitsOffset);
        for (int i = 0; i < n; i++)
        {
            d[i] = (uint)(mag & DigitMask);
            mag >>= DigitBits;
        }
        return o;
    }

    public static nint FromBig(BigInteger b)
    {
        if (b >= long.MinValue && b <= long.MaxValue)
        {
            return FromLong((long)b);
        }
        BigInteger mag = BigInteger.Abs(b);
        long bits = (long)mag.GetBitLength();
        long n = (bits + DigitBits - 1) / DigitBits;
        nint o = Instance.AllocObject((int)(DigitsOffset + 4 * n));
        *(ulong*)(o + TagOffset) = ((ulong)n << 3) | (b.Sign < 0 ? 2UL : 0UL);
        uint* d = (uint*)(o + DigitsOffset);
        byte[] bytes = mag.ToByteArray(isUnsigned: true, isBigEndian: false);
        ulong acc = 0;
        int accBits = 0;
        long pos = 0;
        for (long i = 0; i < n; i++)
        {
            while (accBits < DigitBits && pos < bytes.Length)
            {
                acc |= (ulong)bytes[pos++] << accBits;
                accBits += 8;
            }
            d[i] = (uint)(acc & ((1UL << DigitBits) - 1));
            acc >>= DigitBits;
            accBits = Math.Max(0, accBits - DigitBits);
        }
        return o;
    }

    /// <summary>Creates an immortal int object for the small-int cache (or bool singletons).</summary>
    public static nint NewImmortal(PyType type, long v)
    {
        nint o = Mem.AllocObject(DigitsOffset + 4, false);
        Ob.MakeImmortal(o);
        *(nint*)(o + Ob.TypeOffset) = type.Address;
        ulong mag = (ulong)Math.Abs(v);
        int n = v == 0 ? 0 : 1;
        ulong sign = v == 0 ? 1UL : v < 0 ? 2UL : 0UL;
        *(ulong*)(o + TagOffset) = ((ulong)n << 3) | sign;
        *(uint*)(o + DigitsOffset) = (uint)mag;
        return o;
    }

    public static long AsLong(nint o)
    {
        if (!IsInt(o))
        {
            throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
        }
        if (!TryGetLong(o, out long v))
        {
            throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        return v;
    }

    public static double ToDouble(nint o)
    {
        if (TryGetLong(o, out long v))
        {
            return v;
        }
        BigInteger b = ToBig(o);
        double d = (double)b;
        if (double.IsInfinity(d))
        {
            throw Errors.OverflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- slots -------------------------------------------------------------------------------------

    public override long SizeOf(nint o) => DigitsOffset + 4 * Math.Max(DigitCount(o), 1);

    public override string Repr(nint o)
    {
        if (TryGetLong(o, out long v))
        {
            return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        BigInteger b = ToBig(o);
        // CPython's int_max_str_digits check (PEP 651 era limit, 4300 digits by default).
        if (DigitCount(o) * DigitBits / 3.3219280948873626 > MaxStrDigits)
        {
            string s = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            int digits = s.Length - (b.Sign < 0 ? 1 : 0);
            if (digits > MaxStrDigits)
            {
                throw Errors.ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return b.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override long Hash(nint o)
    {
        const long modulus = (1L << 61) - 1;
        if (TryGetLong(o, out long v))
        {
            ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            long h = (long)(mag % modulus);
            if (v < 0)
            {
                h = -h;
            }
            return h == -1 ? -2 : h;
        }
        BigInteger b = ToBig(o);
        BigInteger r = BigInteger.Remainder(BigInteger.Abs(b), modulus);
        long hv = (long)r;
        if (b.Sign < 0)
        {
            hv = -hv;
        }
        return hv == -1 ? -2 : hv;
    }

    public override bool? Bool(nint o) => Sign(o) != 0;

    public override nint Negative(nint o)
    {
        if (TryGetLong(o, out long v) && v != long.MinValue)
        {
            return FromLong(-v);
        }
        return FromBig(-ToBig(o));
    }

    public override nint Positive(nint o)
    {
        if (Ob.Type(o) == Instance.Address)
        {
            return Ob.NewRef(o);
        }
        return TryGetLong(o, out long v) ? FromLong(v) : FromBig(ToBig(o));
    }

    public override nint Invert(nint o)
    {
        if (TryGetLong(o, out long v))
        {
            return FromLong(~v);
        }
        return FromBig(-ToBig(o) - 1);
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        int c;
        if (IsInt(b))
        {
            if (TryGetLong(a, out long x) && TryGetLong(b, out long y))
            {
                c = x.CompareTo(y);
            }
            else
            {
                c = ToBig(a).CompareTo(ToBig(b));
            }
        }
        else if (Ob.Type(b) == FloatType.Instance.Address)
        {
            return FloatType.Instance.CompareMixed(a, b, op);
        }
        else
        {
            return 0;
        }
        return BoolObject.NewRef(Compare.Holds(c, op));
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (!IsInt(a) || !IsInt(b))
        {
            return 0;
        }
        if (op >= BinaryOp.InplaceAdd)
        {
            op -= BinaryOp.InplaceAdd;
        }
        if (TryGetLong(a, out long x) && TryGetLong(b, out long y))
        {
            nint r = BinaryLong(op, x, y);
            if (r != 0)
            {
                return r;
            }
        }
        return BinaryBig(op, a, b);
    }

    private static nint BinaryLong(BinaryOp op, long x, long y)
    {
        switch (op)
        {
            case BinaryOp.Add:
            {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0)
                {
                    return 0;
                }
                return FromLong(r);
            }
            case BinaryOp.Subtract:
            {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0)
                {
                    return 0;
                }
                return FromLong(r);
            }
            case BinaryOp.Multiply:
            {
                long r;
                try
                {
                    r = checked(x * y);
                }
                catch (OverflowException)
                {
                    return 0;
                }
                return FromLong(r);
            }
            case BinaryOp.FloorDivide:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("integer division or modulo by zero");
                }
                if (x == long.MinValue && y == -1)
                {
                    return 0;
                }
                {
                    long q = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0)))
                    {
                        q--;
                    }
                    return FromLong(q);
                }
            case BinaryOp.Remainder:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("integer modulo by zero");
                }
                if (y == -1)
                {
                    return FromLong(0);
                }
                {
                    long m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0)))
                    {
                        m += y;
                    }
                    return FromLong(m);
                }
            case BinaryOp.TrueDivide:
                if (y == 0)
                {
                    throw Errors.ZeroDivisionError("division by zero");
                }
                if (Math.Abs(x) <= (1L << 53) && Math.Abs(y) <= (1L << 53))
                {
                    return FloatType.FromDouble((double)x / y);
                }
                return 0;
            case BinaryOp.And:
                return FromLong(x & y);
            case BinaryOp.Or:
                return FromLong(x | y);
            case BinaryOp.Xor:
                return FromLong(x ^ y);
            case BinaryOp.LShift:
                if (y < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                if (x == 0)
                {
                    return FromLong(0);
                }
                if (y < 62)
                {
                    long r = x << (int)y;
                    if (r >> (int)y == x)
                    {
                        return FromLong(r);
                    }
                }
                return 0;
            case BinaryOp.RShift:
                if (y < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                return FromLong(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
            case BinaryOp.Power:
                if (y < 0)
                {
                    return 0;
                }
                {
                    long result = 1;
                    long bas = x;
                    long e = y;
                    try
                    {
                        while (e > 0)
                        {
                            if ((e & 1) != 0)
                            {
                                result = checked(result * bas);
                            }
                            e >>= 1;
                            if (e > 0)
                            {
                                bas = checked(bas * bas);
                            }
                        }
                    }
                    catch (OverflowException)
                    {
                        return 0;
                    }
                    return FromLong(result);
                }
            default:
                return 0;
        }
    }

    private static nint BinaryBig(BinaryOp op, nint a, nint b)
    {
        BigInteger x = ToBig(a);
        BigInteger y = ToBig(b);
        switch (op)
        {
            case BinaryOp.Add: return FromBig(x + y);
            case BinaryOp.Subtract: return FromBig(x - y);
            case BinaryOp.Multiply: return FromBig(x * y);
            case BinaryOp.FloorDivide:
                if (y.IsZero)
                {
                    throw Errors.ZeroDivisionError("integer division or modulo by zero");
                }
                return FromBig(FloorDiv(x, y));
            case BinaryOp.Remainder:
                if (y.IsZero)
                {
                    throw Errors.ZeroDivisionError("integer modulo by zero");
                }
                return FromBig(x - FloorDiv(x, y) * y);
            case BinaryOp.TrueDivide:
                if (y.IsZero)
                {
                    throw Errors.ZeroDivisionError("division by zero");
                }
                return FloatType.FromDouble(TrueDivide(x, y));
            case BinaryOp.And: return FromBig(x & y);
            case BinaryOp.Or: return FromBig(x | y);
            case BinaryOp.Xor: return FromBig(x ^ y);
            case BinaryOp.LShift:
                if (y.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                if (y > 1_000_000_000)
                {
                    throw Errors.MemoryError();
                }
                return FromBig(x << (int)y);
            case BinaryOp.RShift:
                if (y.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }
                if (y > int.MaxValue)
                {
                    return FromLong(x.Sign < 0 ? -1 : 0);
                }
                return FromBig(x >> (int)y);
            case BinaryOp.Power:
                if (y.Sign < 0)
                {
                    if (x.IsZero)
                    {
                        throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    }
                    return FloatType.FromDouble(Math.Pow(ToDoubleBig(x), (double)y));
                }
                if (y > int.MaxValue)
                {
                    if (x.IsOne || x.IsZero)
                    {
                        return FromBig(x);
                    }
                    if (x == BigInteger.MinusOne)
                    {
                        return FromBig(y.IsEven ? 1 : -1);
                    }
                    throw Errors.MemoryError();
                }
                return FromBig(BigInteger.Pow(x, (int)y));
            default:
                return 0;
        }
    }

    public static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        BigInteger q = BigInteger.DivRem(x, y, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
        {
            q -= 1;
        }
        return q;
    }

    private static double ToDoubleBig(BigInteger x)
    {
        double d = (double)x;
        if (double.IsInfinity(d))
        {
            throw Errors.OverflowError("int too large to convert to float");
        }
        return d;
    }

    /// <summary>Correctly rounded int/int true division (CPython long_true_divide).</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }
        long shift = (long)a.GetBitLength() - (long)b.GetBitLength() - 55;
        BigInteger num = a, den = b;
        if (shift > 0)
        {
            den <<= (int)shift;
        }
        else
        {
            num <<= (int)-shift;
        }
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger rem);
        // q has 55 or 56 bits; keep a sticky bit for correct rounding.
        if (!rem.IsZero)
        {
            q |= 1;
        }
        double result = Math.ScaleB((double)(ulong)q, 0);
        // (double)(ulong)q rounds to nearest-even at 53 bits, the sticky bit breaks ties correctly.
        result = Math.ScaleB(result, (int)Math.Clamp(shift, int.MinValue, int.MaxValue));
        if (double.IsInfinity(result))
        {
            throw Errors.OverflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames) => IntConstructor.Construct(args, kwnames);
}

/// <summary><c>bool</c>: a subclass of int with the two immortal instances True and False.</summary>
internal sealed class BoolType : IntType
{
    public static readonly new BoolType Instance = new();

    private BoolType() : base("bool", IntType.Instance)
    {
    }

    public override string Repr(nint o) => o == BoolObject.True ? "True" : "False";

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        BinaryOp plain = op >= BinaryOp.InplaceAdd ? (BinaryOp)(op - BinaryOp.InplaceAdd) : op;
        if (Ob.Type(a) == Address && Ob.Type(b) == Address && plain is BinaryOp.And or BinaryOp.Or or BinaryOp.Xor)
        {
            bool x = a == BoolObject.True, y = b == BoolObject.True;
            return BoolObject.NewRef(plain == BinaryOp.And ? x & y : plain == BinaryOp.Or ? x | y : x ^ y);
        }
        return base.Binary(op, a, b);
    }

    public override nint Invert(nint o) => FromLong(o == BoolObject.True ? -2 : -1);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length == 0)
        {
            return BoolObject.False;
        }
        if (args.Length > 1)
        {
            throw Errors.TypeError("bool expected at most 1 argument, got " + args.Length);
        }
        return BoolObject.NewRef(Abstract.IsTrue(args[0]));
    }
}

internal static class BoolObject
{
    public static nint True;
    public static nint False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint NewRef(bool value) => value ? True : False; // immortal: no count change needed
}

internal static class Compare
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };
}
