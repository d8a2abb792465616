// Mirrors CPython Objects/longobject.c and Objects/floatobject.c: int and float methods beyond the operators.
using System.Numerics;

namespace RefPy.Runtime.Objects;

/// <summary>int.bit_length/bit_count/as_integer_ratio/is_integer/conjugate, real/imag/numerator/denominator, and float's.</summary>
internal static class NumberMethods
{
    /// <summary>int(self) for int methods: an exact int is returned itself, a bool becomes a plain int.</summary>
    private static nint AsExactInt(nint o) => Ob.Type(o) == IntType.Instance.Address ? Ob.NewRef(o) : IntType.FromBig(IntType.ToBig(o));

    public static void InstallInt(IntType t)
    {
        t.AddMethod("bit_length", (self, args, kw) =>
        {
            Args.Exact("int.bit_length", args, 0);
            return IntType.FromLong((long)BigInteger.Abs(IntType.ToBig(self)).GetBitLength());
        });
        t.AddMethod("bit_count", (self, args, kw) =>
        {
            Args.Exact("int.bit_count", args, 0);
            BigInteger v = BigInteger.Abs(IntType.ToBig(self));
            long n = 0;
            foreach (byte b in v.ToByteArray())
            {
                n += BitOperations.PopCount(b);
            }
            return IntType.FromLong(n);
        });
        t.AddMethod("conjugate", (self, args, kw) =>
        {
            Args.Exact("int.conjugate", args, 0);
            return AsExactInt(self);
        });
        t.AddMethod("is_integer", (self, args, kw) =>
        {
            Args.Exact("int.is_integer", args, 0);
            return BoolObject.True;
        });
        t.AddMethod("as_integer_ratio", (self, args, kw) =>
        {
            Args.Exact("int.as_integer_ratio", args, 0);
            return TupleType.Pack(AsExactInt(self), IntType.FromLong(1));
        });
        t.AddMethod("to_bytes", ToBytes);
        t.AddProperty("real", AsExactInt);
        t.AddProperty("numerator", AsExactInt);
        t.AddProperty("imag", o => IntType.FromLong(0));
        t.AddProperty("denominator", o => IntType.FromLong(1));
    }

    private static bool ByteOrder(nint o)
    {
        if (o == 0)
        {
            return false;
        }
        if (!StrObject.IsStr(o))
        {
            throw Errors.TypeError("to_bytes() argument 'byteorder' must be str, not " + Ob.TypeOf(o).Name);
        }
        return StrObject.ToManaged(o) switch
        {
            "little" => true,
            "big" => false,
            _ => throw Errors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    /// <summary>int.to_bytes(length=1, byteorder='big', *, signed=False): a new bytes object.</summary>
    private static unsafe nint ToBytes(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        var a = Args.Parse("to_bytes", args, kw, ["length", "byteorder", "signed"], 0);
        long length = a[0] == 0 ? 1 : IntType.AsLong(a[0]);
        if (length < 0)
        {
            throw Errors.ValueError("length argument must be non-negative");
        }
        bool little = ByteOrder(a[1]);
        bool signed = a[2] != 0 && Abstract.IsTrue(a[2]);
        BigInteger v = IntType.ToBig(self);
        if (v.Sign < 0 && !signed)
        {
            throw Errors.OverflowError("can't convert negative int to unsigned");
        }
        byte[] raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (v.IsZero)
        {
            raw = [];
        }
        else if (!signed && raw.Length > 1 && raw[^1] == 0)
        {
            raw = raw[..^1];
        }
        if (raw.Length > length)
        {
            throw Errors.OverflowError("int too big to convert");
        }
        byte[] r = new byte[length];
        raw.CopyTo(r, 0);
        if (v.Sign < 0)
        {
            r.AsSpan(raw.Length).Fill(0xFF);
        }
        if (!little)
        {
            Array.Reverse(r);
        }
        return BytesObject.Fresh(r);
    }

    private static readonly NativeFunction fromBytes = new("from_bytes", (cls, args, kw) =>
    {
        var a = Args.Parse("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 1);
        bool little = ByteOrder(a[1]);
        bool signed = a[2] != 0 && Abstract.IsTrue(a[2]);
        byte[] data = BytesObject.TryGetBuffer(a[0], out ReadOnlySpan<byte> buf) ? buf.ToArray() : BytesObject.FromIterable(a[0], "bytes");
        BigInteger v = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        nint r = IntType.FromBig(v);
        if (cls != IntType.Instance.Address)
        {
            try
            {
                return Abstract.Call(cls, [r], 0);
            }
            finally
            {
                Ob.Decref(r);
            }
        }
        return r;
    }, "int");

    /// <summary>int.from_bytes, a classmethod: a builtin method bound to the type.</summary>
    public static nint IntTypeAttribute(PyType t, string name) =>
        name == "from_bytes" ? BuiltinFunctionObject.New(fromBytes, t.Address) : 0;

    public static void InstallFloat(FloatType t)
    {
        t.AddMethod("is_integer", (self, args, kw) =>
        {
            Args.Exact("float.is_integer", args, 0);
            double d = FloatType.Value(self);
            return BoolObject.NewRef(double.IsFinite(d) && Math.Floor(d) == d);
        });
        t.AddMethod("conjugate", (self, args, kw) =>
        {
            Args.Exact("float.conjugate", args, 0);
            return Ob.NewRef(self);
        });
        t.AddMethod("as_integer_ratio", (self, args, kw) =>
        {
            Args.Exact("float.as_integer_ratio", args, 0);
            double d = FloatType.Value(self);
            if (double.IsInfinity(d))
            {
                throw Errors.OverflowError("cannot convert Infinity to integer ratio");
            }
            if (double.IsNaN(d))
            {
                throw Errors.ValueError("cannot convert NaN to integer ratio");
            }
            long bits = BitConverter.DoubleToInt64Bits(d);
            bool negative = bits < 0;
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (exponent == 0)
            {
                exponent = 1;
            }
            else
            {
                mantissa |= 1L << 52;
            }
            exponent -= 1075;
            BigInteger num = mantissa, den = BigInteger.One;
            if (exponent > 0)
            {
                num <<= exponent;
            }
            else
            {
                den <<= -exponent;
            }
            BigInteger g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsZero)
            {
                num /= g;
                den /= g;
            }
            if (num.IsZero)
            {
                den = BigInteger.One;
            }
            return TupleType.Pack(IntType.FromBig(negative ? -num : num), IntType.FromBig(den));
        });
        t.AddProperty("real", o => Ob.NewRef(o));
        t.AddProperty("imag", o => FloatType.FromDouble(0.0));
    }
}
