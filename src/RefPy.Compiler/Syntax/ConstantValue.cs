using System.Globalization;
using System.Numerics;
using System.Text;

namespace RefPy.Compiler.Syntax;

public enum ConstantKind : byte
{
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,

    /// <summary>A pure imaginary literal such as <c>2j</c> (real part 0.0).</summary>
    Complex,

    /// <summary>A str; a .NET string, which may contain lone surrogates.</summary>
    Str,
    Bytes,

    /// <summary>A tuple of constants, made by constant folding (never by the parser).</summary>
    Tuple,
}

/// <summary>The value of an <see cref="Constant"/> node: a small closed set of literal kinds.</summary>
public readonly struct ConstantValue : IEquatable<ConstantValue>
{
    private readonly BigInteger _int;
    private readonly double _double;
    private readonly object? _ref;

    private ConstantValue(ConstantKind kind, BigInteger i = default, double d = 0, object? r = null, int extraRefs = 0)
    {
        Kind = kind;
        _int = i;
        _double = d;
        _ref = r;
        ExtraRefs = extraRefs;
    }

    public ConstantKind Kind { get; }

    /// <summary>
    /// References the folded object holds beyond its own AST node's (not part of the value): when CPython's
    /// fold returns one of its operands (<c>"a" + ""</c>, <c>+x</c>, <c>t[0]</c>) the result is that very
    /// object, which the AST arena then holds once more (and, for a subscript, the arena-held container too).
    /// </summary>
    public int ExtraRefs { get; }

    /// <summary>The same value, marked as holding <paramref name="n"/> more references.</summary>
    public ConstantValue WithExtraRefs(int n) => new(Kind, _int, _double, _ref, ExtraRefs + n);

    public static ConstantValue None => new(ConstantKind.None);
    public static ConstantValue True => new(ConstantKind.True);
    public static ConstantValue False => new(ConstantKind.False);
    public static ConstantValue Ellipsis => new(ConstantKind.Ellipsis);

    public static ConstantValue FromBool(bool value) => value ? True : False;
    public static ConstantValue FromInt(BigInteger value) => new(ConstantKind.Int, i: value);
    public static ConstantValue FromFloat(double value) => new(ConstantKind.Float, d: value);
    public static ConstantValue FromImaginary(double imag) => new(ConstantKind.Complex, d: imag);
    public static ConstantValue FromStr(string value) => new(ConstantKind.Str, r: value);
    public static ConstantValue FromBytes(byte[] value) => new(ConstantKind.Bytes, r: value);
    public static ConstantValue FromTuple(ConstantValue[] items) => new(ConstantKind.Tuple, r: items);

    public BigInteger AsInt => Kind == ConstantKind.Int ? _int : throw WrongKind(ConstantKind.Int);
    public double AsFloat => Kind == ConstantKind.Float ? _double : throw WrongKind(ConstantKind.Float);

    /// <summary>The imaginary part of a <see cref="ConstantKind.Complex"/> constant.</summary>
    public double AsImaginary => Kind == ConstantKind.Complex ? _double : throw WrongKind(ConstantKind.Complex);

    public string AsStr => Kind == ConstantKind.Str ? (string)_ref! : throw WrongKind(ConstantKind.Str);
    public byte[] AsBytes => Kind == ConstantKind.Bytes ? (byte[])_ref! : throw WrongKind(ConstantKind.Bytes);
    public IReadOnlyList<ConstantValue> AsTuple => Kind == ConstantKind.Tuple ? (ConstantValue[])_ref! : throw WrongKind(ConstantKind.Tuple);
    public bool AsBool => Kind switch
    {
        ConstantKind.True => true,
        ConstantKind.False => false,
        _ => throw WrongKind(ConstantKind.True),
    };

    private InvalidOperationException WrongKind(ConstantKind expected) =>
        new($"ConstantValue is {Kind}, not {expected}");

    public bool Equals(ConstantValue other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }
        return Kind switch
        {
            ConstantKind.Int => _int == other._int,
            ConstantKind.Float or ConstantKind.Complex => _double.Equals(other._double),
            ConstantKind.Str => (string)_ref! == (string)other._ref!,
            ConstantKind.Bytes => ((byte[])_ref!).AsSpan().SequenceEqual((byte[])other._ref!),
            ConstantKind.Tuple => ((ConstantValue[])_ref!).AsSpan().SequenceEqual((ConstantValue[])other._ref!),
            _ => true,
        };
    }

    public override bool Equals(object? obj) => obj is ConstantValue other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        ConstantKind.Int => _int.GetHashCode(),
        ConstantKind.Float or ConstantKind.Complex => _double.GetHashCode(),
        ConstantKind.Str => ((string)_ref!).GetHashCode(),
        ConstantKind.Bytes => ((byte[])_ref!).Length,
        ConstantKind.Tuple => ((ConstantValue[])_ref!).Length,
        _ => (int)Kind,
    };

    public static bool operator ==(ConstantValue left, ConstantValue right) => left.Equals(right);
    public static bool operator !=(ConstantValue left, ConstantValue right) => !left.Equals(right);

    /// <summary>Python's <c>repr()</c> of the value.</summary>
    public string ToPythonRepr() => Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.True => "True",
        ConstantKind.False => "False",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Int => _int.ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => PyRepr.Float(_double, addDotZero: true),
        ConstantKind.Complex => PyRepr.Float(_double, addDotZero: false) + "j",
        ConstantKind.Str => PyRepr.Str((string)_ref!),
        ConstantKind.Bytes => PyRepr.Bytes((byte[])_ref!),
        ConstantKind.Tuple => ((ConstantValue[])_ref!).Length == 1
            ? "(" + ((ConstantValue[])_ref!)[0].ToPythonRepr() + ",)"
            : "(" + string.Join(", ", ((ConstantValue[])_ref!).Select(x => x.ToPythonRepr())) + ")",
        _ => "?",
    };

    public override string ToString() => ToPythonRepr();
}

/// <summary>Python <c>repr()</c> formatting of str, bytes and float.</summary>
public static class PyRepr
{
    public static string Str(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < ' ' || c == 0x7f)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append(c);
            }
            else
            {
                int cp = c;
                int width = 1;
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(c, s[i + 1]);
                    width = 2;
                }
                bool printable = !char.IsSurrogate(c) || width == 2
                    ? Tokenizer.IsPrintable(new Rune(cp))
                    : false;
                if (printable)
                {
                    sb.Append(s, i, width);
                }
                else if (cp <= 0xff)
                {
                    sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                }
                else if (cp <= 0xffff)
                {
                    sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }
                i += width - 1;
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public static string Bytes(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0;
        bool hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte x in b)
        {
            if (x == quote || x == '\\')
            {
                sb.Append('\\').Append((char)x);
            }
            else if (x == '\t')
            {
                sb.Append("\\t");
            }
            else if (x == '\n')
            {
                sb.Append("\\n");
            }
            else if (x == '\r')
            {
                sb.Append("\\r");
            }
            else if (x < ' ' || x >= 0x7f)
            {
                sb.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)x);
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>
    /// Python's float repr ('r' format: shortest round-tripping digits; exponent notation when the
    /// decimal exponent is &lt; -4 or &gt;= 16). <paramref name="addDotZero"/> is false for complex parts.
    /// </summary>
    public static string Float(double d, bool addDotZero)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        string sign = d < 0 || (d == 0 && double.IsNegative(d)) ? "-" : "";
        if (d == 0)
        {
            return sign + (addDotZero ? "0.0" : "0");
        }
        string r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = r;
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r.Substring(0, e);
        }
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        int decpt = (point < 0 ? mantissa.Length : point) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }
        digits = digits.Substring(lead);
        decpt -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }
            int x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }
}
