// Mirrors CPython Python/formatter_unicode.c (the format-spec mini-language), Python/pystrtod.c
// (PyOS_double_to_string / format_float_short) and Objects/abstract.c (PyObject_Format).
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// Collects the output of a formatting operation like CPython's _PyUnicodeWriter. Its one observable trait is
/// the "readonly" shortcut: when a whole str object is the first thing written and the writer does not
/// over-allocate, the result is that very object (so <c>format(s, '&lt;1')</c> and <c>'%s' % s</c> return s).
/// </summary>
internal sealed class FormatWriter : IDisposable
{
    private readonly StringBuilder sb = new();
    private nint whole; // an owned reference to a str written as the entire output so far

    /// <summary>CPython's overallocate flag: while set, a written str is always copied.</summary>
    public bool Overallocate { get; set; }

    /// <summary>_PyUnicodeWriter_WriteStr: appends a str object.</summary>
    public void WriteStr(nint s)
    {
        if (StrObject.Length(s) == 0)
        {
            return;
        }
        if (whole == 0 && sb.Length == 0 && !Overallocate)
        {
            whole = Ob.NewRef(s);
            return;
        }
        Write(StrObject.ToManaged(s));
    }

    public void Write(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (whole != 0)
        {
            sb.Append(StrObject.ToManaged(whole));
            Ob.Decref(whole);
            whole = 0;
        }
        sb.Append(text);
    }

    /// <summary>_PyUnicodeWriter_Finish: the result as a new reference.</summary>
    public nint Finish()
    {
        if (whole != 0)
        {
            nint r = whole;
            whole = 0;
            return r;
        }
        return StrObject.New(sb.ToString());
    }

    public void Dispose()
    {
        if (whole != 0)
        {
            Ob.Decref(whole);
            whole = 0;
        }
    }
}

/// <summary>The format-spec mini-language: <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]</c>.</summary>
internal static class FormatSpec
{
    private const int NoGrouping = 0, CommaGrouping = 1, UnderscoreGrouping = 2, UnderscoreFourGrouping = 3;

    /// <summary>InternalFormatSpec: a parsed format spec.</summary>
    private struct Spec
    {
        public int Fill;
        public char Align;
        public char Sign;      // '\0', '+', '-' or ' '
        public bool NoNeg0;    // 'z'
        public bool Alternate; // '#'
        public long Width;     // -1 when absent
        public int Grouping;
        public long Precision; // -1 when absent
        public int Type;       // '\0' when absent (floats only)
    }

    // ---- entry points -------------------------------------------------------------------------------

    /// <summary>PyObject_Format(obj, spec) (what format() and FORMAT_VALUE call): a new reference. spec may be 0.</summary>
    public static nint Format(nint obj, nint spec)
    {
        if (spec != 0 && !StrObject.IsStr(spec))
        {
            throw Errors.TypeError("format() argument 2 must be str, not " + Ob.TypeOf(spec).Name);
        }
        if (Ob.TypeOf(obj) is ClassType ct && ct.Lookup("__format__") != 0)
        {
            return CallFormatMethod(ct, obj, spec);
        }
        bool emptySpec = spec == 0 || StrObject.Length(spec) == 0;
        if (emptySpec)
        {
            if (StrObject.IsStr(obj))
            {
                return Ob.NewRef(obj);
            }
            if (Ob.Type(obj) == IntType.Instance.Address)
            {
                return Abstract.Str(obj);
            }
        }
        using var writer = new FormatWriter();
        WriteFormatted(writer, obj, emptySpec ? "" : StrObject.ToManaged(spec));
        return writer.Finish();
    }

    /// <summary>The type's __format__ (str, int, bool, float or object.__format__) writing into writer.</summary>
    public static void WriteFormatted(FormatWriter writer, nint obj, string spec)
    {
        PyType type = Ob.TypeOf(obj);
        if (type is ClassType ct)
        {
            if (ct.Lookup("__format__") != 0)
            {
                nint specObj = StrObject.New(spec);
                nint r;
                try
                {
                    r = CallFormatMethod(ct, obj, specObj);
                }
                finally
                {
                    Ob.Decref(specObj);
                }
                try
                {
                    writer.WriteStr(r);
                }
                finally
                {
                    Ob.Decref(r);
                }
                return;
            }
            if (ct.BuiltinBase is StrType or IntType or FloatType)
            {
                type = ct.BuiltinBase;
            }
        }
        if (type is StrType)
        {
            FormatStr(writer, obj, spec);
        }
        else if (type is IntType)
        {
            FormatInt(writer, obj, spec);
        }
        else if (type is FloatType)
        {
            FormatFloat(writer, obj, spec);
        }
        else
        {
            // object.__format__
            if (spec.Length > 0)
            {
                throw Errors.TypeError("unsupported format string passed to " + type.Name + ".__format__");
            }
            WriteStrOf(writer, obj);
        }
    }

    /// <summary>A Python class's __format__(spec) (spec 0 passes ''): the str it returns, a new reference.</summary>
    private static nint CallFormatMethod(ClassType ct, nint obj, nint spec)
    {
        nint func = ct.Lookup("__format__");
        nint specArg = spec != 0 ? spec : StrObject.Intern("");
        nint r;
        if (Ob.Type(func) == FunctionType.Instance.Address)
        {
            r = MethodType.CallWithSelf(func, obj, [specArg], 0);
        }
        else
        {
            nint bound = Abstract.GetAttr(obj, StrObject.Intern("__format__"));
            try
            {
                r = Abstract.Call(bound, [specArg], 0);
            }
            finally
            {
                Ob.Decref(bound);
            }
        }
        if (!Ob.TypeOf(r).IsSubtypeOf(StrType.Instance))
        {
            string name = Ob.TypeOf(r).Name;
            Ob.Decref(r);
            throw Errors.TypeError("__format__ must return a str, not " + name);
        }
        return r;
    }

    /// <summary>PyObject_ASCII: repr() with non-ASCII characters escaped.</summary>
    public static nint Ascii(nint obj)
    {
        string repr = Abstract.ReprString(obj);
        var sb = new StringBuilder(repr.Length);
        bool changed = false;
        for (int i = 0; i < repr.Length; i++)
        {
            int cp = repr[i];
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                cp = char.ConvertToUtf32(repr[i], repr[i + 1]);
                i++;
            }
            if (cp < 128)
            {
                sb.Append((char)cp);
                continue;
            }
            changed = true;
            if (cp < 0x100)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x10000)
            {
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        if (!changed)
        {
            return Abstract.Repr(obj);
        }
        return StrObject.New(sb.ToString(), fresh: true);
    }

    private static void WriteStrOf(FormatWriter writer, nint obj)
    {
        nint s = Abstract.Str(obj);
        try
        {
            writer.WriteStr(s);
        }
        finally
        {
            Ob.Decref(s);
        }
    }

    // ---- parsing ------------------------------------------------------------------------------------

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    private static int DecimalValue(int cp) =>
        cp < 0x10000 ? CharUnicodeInfo.GetDecimalDigitValue((char)cp) : -1;

    /// <summary>get_integer: consumes decimal digits; returns how many were read.</summary>
    private static int ReadInteger(int[] s, ref int pos, out long value)
    {
        long acc = 0;
        int n = 0;
        for (; pos < s.Length; pos++, n++)
        {
            int d = DecimalValue(s[pos]);
            if (d < 0)
            {
                break;
            }
            if (acc > (long.MaxValue - d) / 10)
            {
                throw Errors.ValueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        value = acc;
        return n;
    }

    private static string TypeChar(int c) =>
        c > 32 && c < 128 ? ((char)c).ToString() : "\\x" + c.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>parse_internal_render_format_spec.</summary>
    private static Spec Parse(string text, nint obj, int defaultType, char defaultAlign)
    {
        int[] s = CodePoints(text);
        int end = s.Length;
        int pos = 0;
        var f = new Spec { Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, Type = defaultType };
        bool fillSpecified = false, alignSpecified = false;

        if (end - pos >= 2 && IsAlign(s[pos + 1]))
        {
            f.Align = (char)s[pos + 1];
            f.Fill = s[pos];
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(s[pos]))
        {
            f.Align = (char)s[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] is '+' or '-' or ' ')
        {
            f.Sign = (char)s[pos];
            pos++;
        }
        if (end - pos >= 1 && s[pos] == 'z')
        {
            f.NoNeg0 = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && s[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>')
            {
                f.Align = '=';
            }
            pos++;
        }
        if (ReadInteger(s, ref pos, out long width) > 0)
        {
            f.Width = width;
        }
        if (end - pos >= 1 && s[pos] == ',')
        {
            f.Grouping = CommaGrouping;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '_')
        {
            if (f.Grouping != NoGrouping)
            {
                throw Errors.ValueError("Cannot specify both ',' and '_'.");
            }
            f.Grouping = UnderscoreGrouping;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == ',' && f.Grouping == UnderscoreGrouping)
        {
            throw Errors.ValueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && s[pos] == '.')
        {
            pos++;
            if (ReadInteger(s, ref pos, out long precision) == 0)
            {
                throw Errors.ValueError("Format specifier missing precision");
            }
            f.Precision = precision;
        }
        if (end - pos > 1)
        {
            throw Errors.ValueError("Invalid format specifier '" + text + "' for object of type '" + Ob.TypeOf(obj).Name + "'");
        }
        if (end - pos == 1)
        {
            f.Type = s[pos];
        }
        if (f.Grouping != NoGrouping)
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == UnderscoreGrouping:
                    f.Grouping = UnderscoreFourGrouping;
                    break;
                default:
                    throw Errors.ValueError("Cannot specify '" + (f.Grouping == CommaGrouping ? ',' : '_') + "' with '" + TypeChar(f.Type) + "'.");
            }
        }
        return f;
    }

    private static PyException UnknownPresentationType(int type, nint obj) =>
        Errors.ValueError("Unknown format code '" + TypeChar(type) + "' for object of type '" + Ob.TypeOf(obj).Name + "'");

    // ---- str ----------------------------------------------------------------------------------------

    private static void FormatStr(FormatWriter writer, nint obj, string text)
    {
        if (text.Length == 0)
        {
            writer.WriteStr(obj);
            return;
        }
        Spec f = Parse(text, obj, 's', '<');
        if (f.Type != 's')
        {
            throw UnknownPresentationType(f.Type, obj);
        }
        if (f.Sign != '\0')
        {
            throw Errors.ValueError(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }
        if (f.NoNeg0)
        {
            throw Errors.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.Alternate)
        {
            throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.Align == '=')
        {
            throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        }
        long len = StrObject.Length(obj);
        if ((f.Width == -1 || f.Width <= len) && (f.Precision == -1 || f.Precision >= len))
        {
            writer.WriteStr(obj);
            return;
        }
        if (f.Precision >= 0 && len >= f.Precision)
        {
            len = f.Precision;
        }
        string body = PrefixCodePoints(StrObject.ToManaged(obj), (int)len);
        writer.Write(Pad(body, len, f.Width, f.Align, f.Fill));
    }

    /// <summary>calc_padding + fill_padding for a body of nchars code points.</summary>
    private static string Pad(string body, long nchars, long width, char align, int fill)
    {
        long total = width >= 0 && width > nchars ? width : nchars;
        long left = align == '>' ? total - nchars : align == '^' ? (total - nchars) / 2 : 0;
        long right = total - nchars - left;
        if (left == 0 && right == 0)
        {
            return body;
        }
        string fillText = char.ConvertFromUtf32(fill);
        var sb = new StringBuilder();
        Repeat(sb, fillText, left);
        sb.Append(body);
        Repeat(sb, fillText, right);
        return sb.ToString();
    }

    // ---- int ----------------------------------------------------------------------------------------

    private static void FormatInt(FormatWriter writer, nint obj, string text)
    {
        if (text.Length == 0)
        {
            WriteStrOf(writer, obj);
            return;
        }
        Spec f = Parse(text, obj, 'd', '>');
        switch (f.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                writer.Write(FormatLong(obj, f));
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                writer.Write(FormatDouble(IntType.ToDouble(obj), f));
                break;
            default:
                throw UnknownPresentationType(f.Type, obj);
        }
    }

    /// <summary>format_long_internal.</summary>
    private static string FormatLong(nint obj, Spec f)
    {
        if (f.Precision != -1)
        {
            throw Errors.ValueError("Precision not allowed in integer format specifier");
        }
        if (f.NoNeg0)
        {
            throw Errors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.Type == 'c')
        {
            if (f.Sign != '\0')
            {
                throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.Alternate)
            {
                throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!IntType.TryGetLong(obj, out long x))
            {
                throw Errors.OverflowError("Python int too large to convert to C long");
            }
            if (x < 0 || x > 0x10FFFF)
            {
                throw Errors.OverflowError("%c arg not in range(0x110000)");
            }
            // 'c' output counts as "remainder": no digits to group or zero-pad.
            return FillNumber(f, '\0', "", "", false, char.ConvertFromUtf32((int)x), false);
        }
        int radix = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        BigInteger v = IntType.ToBig(obj);
        string digits = ToRadix(BigInteger.Abs(v), radix);
        string prefix = f.Alternate && radix != 10 ? (radix == 2 ? "0b" : radix == 8 ? "0o" : "0x") : "";
        return FillNumber(f, v.Sign < 0 ? '-' : '\0', prefix, digits, false, "", f.Type == 'X');
    }

    /// <summary>Digits of a non-negative integer in base 2, 8, 10 or 16 (lower case).</summary>
    public static string ToRadix(BigInteger v, int radix)
    {
        if (radix == 10)
        {
            return v.ToString(CultureInfo.InvariantCulture);
        }
        if (v.IsZero)
        {
            return "0";
        }
        int bits = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var chars = new List<char>();
        BigInteger mask = radix - 1;
        while (!v.IsZero)
        {
            chars.Add("0123456789abcdef"[(int)(v & mask)]);
            v >>= bits;
        }
        chars.Reverse();
        return new string(chars.ToArray());
    }

    /// <summary>
    /// calc_number_widths + fill_number: lays out [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
    /// </summary>
    private static string FillNumber(Spec f, char signChar, string prefix, string digits, bool hasDecimal, string remainder, bool upper)
    {
        char sign = f.Sign switch
        {
            '+' => signChar == '-' ? '-' : '+',
            ' ' => signChar == '-' ? '-' : ' ',
            _ => signChar == '-' ? '-' : '\0',
        };
        int nSign = sign == '\0' ? 0 : 1;
        long nonDigits = nSign + prefix.Length + (hasDecimal ? 1 : 0) + CodePointCount(remainder);
        long minWidth = f.Fill == '0' && f.Align == '=' ? f.Width - nonDigits : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, f.Grouping);
        long padding = f.Width - (nonDigits + grouped.Length);
        long left = 0, middle = 0, right = 0;
        if (padding > 0)
        {
            switch (f.Align)
            {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': middle = padding; break;
                default: left = padding; break;
            }
        }
        if (upper)
        {
            prefix = prefix.ToUpperInvariant();
            grouped = grouped.ToUpperInvariant();
        }
        string fill = char.ConvertFromUtf32(f.Fill);
        var sb = new StringBuilder();
        Repeat(sb, fill, left);
        if (nSign == 1)
        {
            sb.Append(sign);
        }
        sb.Append(prefix);
        Repeat(sb, fill, middle);
        sb.Append(grouped);
        if (hasDecimal)
        {
            sb.Append('.');
        }
        sb.Append(remainder);
        Repeat(sb, fill, right);
        return sb.ToString();
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: separators every 3 (or 4) digits, zero-padded to minWidth.</summary>
    private static string Group(string digits, long minWidth, int grouping)
    {
        int size = grouping switch { CommaGrouping or UnderscoreGrouping => 3, UnderscoreFourGrouping => 4, _ => 0 };
        char sep = grouping == CommaGrouping ? ',' : '_';
        minWidth = Math.Max(0, minWidth);
        var pieces = new List<string>(); // right to left
        long remaining = digits.Length;
        bool useSeparator = false;
        bool broken = false;
        long len, zeros, chars;
        if (size > 0)
        {
            while (true)
            {
                len = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
                zeros = Math.Max(0, len - remaining);
                chars = Math.Max(0, Math.Min(remaining, len));
                pieces.Add(new string('0', (int)zeros) + digits.Substring((int)(remaining - chars), (int)chars) + (useSeparator ? sep.ToString() : ""));
                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0)
                {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken)
        {
            len = Math.Max(Math.Max(remaining, minWidth), 1);
            zeros = Math.Max(0, len - remaining);
            chars = Math.Max(0, Math.Min(remaining, len));
            pieces.Add(new string('0', (int)zeros) + digits.Substring((int)(remaining - chars), (int)chars) + (useSeparator ? sep.ToString() : ""));
        }
        pieces.Reverse();
        return string.Concat(pieces);
    }

    // ---- float --------------------------------------------------------------------------------------

    private static void FormatFloat(FormatWriter writer, nint obj, string text)
    {
        if (text.Length == 0)
        {
            WriteStrOf(writer, obj);
            return;
        }
        Spec f = Parse(text, obj, '\0', '>');
        switch (f.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                writer.Write(FormatDouble(FloatType.Value(obj), f));
                break;
            default:
                throw UnknownPresentationType(f.Type, obj);
        }
    }

    /// <summary>format_float_internal.</summary>
    private static string FormatDouble(double val, Spec f)
    {
        if (f.Precision > int.MaxValue)
        {
            throw Errors.ValueError("precision too big");
        }
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        int type = f.Type;
        bool addDot0 = false;
        bool addPct = false;
        if (type == '\0')
        {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n')
        {
            type = 'g';
        }
        if (type == '%')
        {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }
        string buf = DoubleToString(val, (char)type, precision, f.Alternate, addDot0, f.NoNeg0);
        if (addPct)
        {
            buf += "%";
        }
        char signChar = '\0';
        int index = 0;
        if (buf[0] == '-')
        {
            signChar = '-';
            index = 1;
        }
        int p = index;
        while (p < buf.Length && buf[p] is >= '0' and <= '9')
        {
            p++;
        }
        string digits = buf.Substring(index, p - index);
        bool hasDecimal = p < buf.Length && buf[p] == '.';
        string remainder = buf.Substring(hasDecimal ? p + 1 : p);
        return FillNumber(f, signChar, "", digits, hasDecimal, remainder, false);
    }

    /// <summary>
    /// PyOS_double_to_string(val, code, precision, flags) for code in e E f F g G r: CPython's float text with
    /// correctly rounded (round-half-even on the exact binary value) digits.
    /// </summary>
    public static string DoubleToString(double d, char code, int precision, bool alt, bool addDot0, bool noNeg0)
    {
        bool upper = code is 'E' or 'F' or 'G';
        code = char.ToLowerInvariant(code);
        int mode;
        switch (code)
        {
            case 'e': mode = 2; precision++; break;
            case 'f': mode = 3; break;
            case 'g': mode = 2; if (precision == 0) { precision = 1; } break;
            default: mode = 0; break;
        }
        bool negative = double.IsNegative(d);
        if (double.IsNaN(d))
        {
            return upper ? "NAN" : "nan";
        }
        if (double.IsInfinity(d))
        {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        string digits = Dtoa(Math.Abs(d), mode, precision, out int decpt);
        if (noNeg0 && negative && (digits.Length == 0 || digits == "0"))
        {
            negative = false;
        }
        return FormatShort(digits, decpt, negative, code, precision, alt, addDot0, upper);
    }

    /// <summary>The layout half of format_float_short: places digits, decimal point and exponent.</summary>
    private static string FormatShort(string digits, int decpt, bool negative, char code, int precision, bool alt, bool addDot0, bool upper)
    {
        int digitsLen = digits.Length;
        int vdigitsEnd = digitsLen;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision))
                {
                    useExp = true;
                }
                if (alt)
                {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16)
                {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0)
        {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        }
        else
        {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt);
            sb.Append('.');
            sb.Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            sb.Append('0', vdigitsEnd - digitsLen);
        }
        if (sb[^1] == '.' && !alt)
        {
            sb.Length--;
        }
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            sb.Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// _Py_dg_dtoa for a finite non-negative value: the significant digits (trailing zeros removed) and the
    /// position of the decimal point relative to them. Mode 0: shortest round-trip; mode 2: ndigits significant
    /// digits; mode 3: ndigits digits after the point. Rounding is half-even on the exact binary value.
    /// </summary>
    private static string Dtoa(double v, int mode, int ndigits, out int decpt)
    {
        if (v == 0)
        {
            decpt = 1;
            return "0";
        }
        if (mode == 0)
        {
            return ShortestDigits(v, out decpt);
        }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int e = (int)((bits >> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (e == 0)
        {
            e = 1;
        }
        else
        {
            mant |= 1L << 52;
        }
        e -= 1075;
        BigInteger num = mant, den = BigInteger.One;
        if (e > 0)
        {
            num <<= e;
        }
        else
        {
            den <<= -e;
        }
        string s;
        if (mode == 3)
        {
            BigInteger n = RoundHalfEven(num * BigInteger.Pow(10, ndigits), den);
            if (n.IsZero)
            {
                decpt = -ndigits;
                return "";
            }
            s = n.ToString(CultureInfo.InvariantCulture);
            decpt = s.Length - ndigits;
            return s.TrimEnd('0');
        }
        // mode 2: find k with 10^k <= v < 10^(k+1), then keep ndigits digits.
        int k = (int)Math.Floor(Math.Log10(v));
        while (ComparePow10(num, den, k) < 0)
        {
            k--;
        }
        while (ComparePow10(num, den, k + 1) >= 0)
        {
            k++;
        }
        int shift = ndigits - 1 - k;
        BigInteger r = shift >= 0
            ? RoundHalfEven(num * BigInteger.Pow(10, shift), den)
            : RoundHalfEven(num, den * BigInteger.Pow(10, -shift));
        s = r.ToString(CultureInfo.InvariantCulture);
        if (s.Length > ndigits)
        {
            // Rounded up to the next power of ten.
            k++;
            s = "1";
        }
        decpt = k + 1;
        return s.TrimEnd('0');
    }

    /// <summary>Sign of num/den - 10^k.</summary>
    private static int ComparePow10(BigInteger num, BigInteger den, int k) =>
        k >= 0 ? num.CompareTo(den * BigInteger.Pow(10, k)) : (num * BigInteger.Pow(10, -k)).CompareTo(den);

    private static BigInteger RoundHalfEven(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger rem);
        int c = (rem * 2).CompareTo(b);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += 1;
        }
        return q;
    }

    /// <summary>The shortest round-tripping digits of a positive finite double (repr's digits).</summary>
    private static string ShortestDigits(double v, out int decpt)
    {
        string r = v.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = r;
        if (e >= 0)
        {
            mantissa = r.Substring(0, e);
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int pointPos = dot >= 0 ? dot : mantissa.Length;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }
        digits = digits.Substring(lead).TrimEnd('0');
        decpt = pointPos - lead + exp;
        return digits.Length == 0 ? "0" : digits;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static void Repeat(StringBuilder sb, string text, long count)
    {
        for (long i = 0; i < count; i++)
        {
            sb.Append(text);
        }
    }

    public static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }
        return list.ToArray();
    }

    public static int CodePointCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            n++;
        }
        return n;
    }

    /// <summary>The first n code points of s.</summary>
    public static string PrefixCodePoints(string s, int n)
    {
        int i = 0;
        for (int k = 0; k < n && i < s.Length; k++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }
        return s.Substring(0, i);
    }
}
