// Mirrors CPython Objects/stringlib/unicode_format.h (str.format / str.format_map) and
// Objects/unicodeobject.c PyUnicode_Format (printf-style `str % args`).
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary><c>str.format</c>, <c>str.format_map</c> and the <c>%</c> operator on str.</summary>
internal static unsafe class StrFormat
{
    // ---- str.format -------------------------------------------------------------------------------

    /// <summary>Where str.format finds its fields: positional args and keyword args (or a mapping for format_map).</summary>
    private sealed class FormatArgs
    {
        public nint[]? Positional; // null for format_map
        public string[] KeywordNames = [];
        public nint[] KeywordValues = [];
        public nint Mapping;       // format_map's argument, or 0
        public int AutoState;      // 0 init, 1 auto, 2 manual
        public int AutoNumber;
    }

    /// <summary>str.format(*args, **kwargs).</summary>
    public static nint Format(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        var fa = new FormatArgs
        {
            Positional = args.Slice(0, npos).ToArray(),
            KeywordNames = new string[nkw],
            KeywordValues = args.Slice(npos).ToArray(),
        };
        for (int i = 0; i < nkw; i++)
        {
            fa.KeywordNames[i] = StrObject.ToManaged(TupleType.Item(kwnames, i));
        }
        return BuildString(FormatSpec.CodePoints(StrObject.ToManaged(self)), fa, 2);
    }

    /// <summary>str.format_map(mapping).</summary>
    public static nint FormatMap(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("format_map", kwnames);
        Args.Exact("str.format_map", args, 1);
        var fa = new FormatArgs { Mapping = args[0] };
        return BuildString(FormatSpec.CodePoints(StrObject.ToManaged(self)), fa, 2);
    }

    private static string Text(int[] s, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            if (s[i] >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(s[i]));
            }
            else
            {
                sb.Append((char)s[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>build_string: a new str from the format string s (code points).</summary>
    private static nint BuildString(int[] s, FormatArgs fa, int recursionDepth)
    {
        if (recursionDepth <= 0)
        {
            throw Errors.ValueError("Max string recursion exceeded");
        }
        using var writer = new FormatWriter { Overallocate = true };
        DoMarkup(s, fa, writer, recursionDepth);
        return writer.Finish();
    }

    /// <summary>do_markup with MarkupIterator_next: literal text, {{ }} escapes and replacement fields.</summary>
    private static void DoMarkup(int[] s, FormatArgs fa, FormatWriter writer, int recursionDepth)
    {
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            int start = pos;
            int c = 0;
            bool markupFollows = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c is '{' or '}')
                {
                    markupFollows = true;
                    break;
                }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || s[pos] != '}'))
            {
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows)
            {
                throw Errors.ValueError("Single '{' encountered in format string");
            }
            if (!atEnd)
            {
                if (c == s[pos])
                {
                    pos++; // escaped {{ or }}: the literal keeps one brace
                    markupFollows = false;
                }
                else
                {
                    len--;
                }
            }
            else if (markupFollows)
            {
                len--;
            }
            if (len > 0)
            {
                if (!markupFollows && pos >= end)
                {
                    writer.Overallocate = false;
                }
                writer.Write(Text(s, start, start + len));
            }
            if (!markupFollows)
            {
                continue;
            }
            ParseField(s, ref pos, out int nameStart, out int nameEnd, out int conversion, out int specStart, out int specEnd, out bool specNeedsExpanding);
            if (pos >= end)
            {
                writer.Overallocate = false;
            }
            OutputMarkup(s, nameStart, nameEnd, conversion, specStart, specEnd, specNeedsExpanding, writer, fa, recursionDepth);
        }
    }

    /// <summary>parse_field: the field name, the !conversion and the :format_spec of one replacement field.</summary>
    private static void ParseField(int[] s, ref int pos, out int nameStart, out int nameEnd, out int conversion,
                                   out int specStart, out int specEnd, out bool specNeedsExpanding)
    {
        int end = s.Length;
        int c = 0;
        conversion = 0;
        specStart = specEnd = 0;
        specNeedsExpanding = false;
        nameStart = pos;
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{')
            {
                throw Errors.ValueError("unexpected '{' in field name");
            }
            if (c == '[')
            {
                while (pos < end && s[pos] != ']')
                {
                    pos++;
                }
                continue;
            }
            if (c is '}' or ':' or '!')
            {
                break;
            }
        }
        nameEnd = pos - 1;
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (pos >= end)
                {
                    throw Errors.ValueError("end of string while looking for conversion specifier");
                }
                conversion = s[pos++];
                if (pos < end)
                {
                    c = s[pos++];
                    if (c == '}')
                    {
                        return;
                    }
                    if (c != ':')
                    {
                        throw Errors.ValueError("expected ':' after conversion specifier");
                    }
                }
            }
            specStart = pos;
            int count = 1;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{')
                {
                    specNeedsExpanding = true;
                    count++;
                }
                else if (c == '}')
                {
                    count--;
                    if (count == 0)
                    {
                        specEnd = pos - 1;
                        return;
                    }
                }
            }
            throw Errors.ValueError("unmatched '{' in format spec");
        }
        if (c != '}')
        {
            throw Errors.ValueError("expected '}' before end of string");
        }
    }

    /// <summary>get_integer: the value of an all-decimal-digit piece, or -1.</summary>
    private static long GetInteger(int[] s, int start, int end)
    {
        if (start >= end)
        {
            return -1;
        }
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int d = s[i] < 0x10000 ? CharUnicodeInfo.GetDecimalDigitValue((char)s[i]) : -1;
            if (d < 0)
            {
                return -1;
            }
            if (acc > (long.MaxValue - d) / 10)
            {
                throw Errors.ValueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    private static void OutputMarkup(int[] s, int nameStart, int nameEnd, int conversion, int specStart, int specEnd,
                                     bool specNeedsExpanding, FormatWriter writer, FormatArgs fa, int recursionDepth)
    {
        nint obj = GetFieldObject(s, nameStart, nameEnd, fa);
        try
        {
            if (conversion != 0)
            {
                nint converted = conversion switch
                {
                    'r' => Abstract.Repr(obj),
                    's' => Abstract.Str(obj),
                    'a' => FormatSpec.Ascii(obj),
                    _ => throw Errors.ValueError("Unknown conversion specifier " +
                        (conversion > 32 && conversion < 127 ? ((char)conversion).ToString() : "\\x" + conversion.ToString("x", CultureInfo.InvariantCulture))),
                };
                Ob.Decref(obj);
                obj = converted;
            }
            string spec;
            if (specNeedsExpanding)
            {
                nint expanded = BuildString(s[specStart..specEnd], fa, recursionDepth - 1);
                spec = StrObject.ToManaged(expanded);
                Ob.Decref(expanded);
            }
            else
            {
                spec = Text(s, specStart, specEnd);
            }
            FormatSpec.WriteFormatted(writer, obj, spec);
        }
        finally
        {
            Ob.Decref(obj);
        }
    }

    /// <summary>get_field_object: the argument a field names, with its .attr and [key] parts applied (a new reference).</summary>
    private static nint GetFieldObject(int[] s, int start, int end, FormatArgs fa)
    {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[')
        {
            i++;
        }
        int firstEnd = i;
        long index = GetInteger(s, start, firstEnd);
        bool nameIsEmpty = start >= firstEnd;
        bool numeric = nameIsEmpty || index != -1;
        if (numeric)
        {
            if (fa.AutoState == 0)
            {
                fa.AutoState = nameIsEmpty ? 1 : 2;
            }
            if (fa.AutoState == 2 && nameIsEmpty)
            {
                throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (fa.AutoState == 1 && !nameIsEmpty)
            {
                throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (nameIsEmpty)
            {
                index = fa.AutoNumber++;
            }
        }

        nint obj;
        if (index == -1)
        {
            string key = Text(s, start, firstEnd);
            obj = LookupKeyword(fa, key);
        }
        else
        {
            if (fa.Positional is null)
            {
                throw Errors.ValueError("Format string contains positional fields");
            }
            if (index >= fa.Positional.Length)
            {
                throw Errors.IndexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = Ob.NewRef(fa.Positional[index]);
        }

        try
        {
            while (i < end)
            {
                int c = s[i++];
                int nameStart = i;
                bool isAttribute;
                int nameEnd;
                if (c == '.')
                {
                    isAttribute = true;
                    while (i < end && s[i] != '.' && s[i] != '[')
                    {
                        i++;
                    }
                    nameEnd = i;
                }
                else if (c == '[')
                {
                    isAttribute = false;
                    while (i < end && s[i] != ']')
                    {
                        i++;
                    }
                    if (i >= end)
                    {
                        throw Errors.ValueError("Missing ']' in format string");
                    }
                    nameEnd = i;
                    i++;
                }
                else
                {
                    throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                if (nameStart == nameEnd)
                {
                    throw Errors.ValueError("Empty attribute in format string");
                }
                nint next;
                if (isAttribute)
                {
                    nint name = StrObject.New(Text(s, nameStart, nameEnd));
                    try
                    {
                        next = Abstract.GetAttr(obj, name);
                    }
                    finally
                    {
                        Ob.Decref(name);
                    }
                }
                else
                {
                    long idx = GetInteger(s, nameStart, nameEnd);
                    nint key = idx == -1 ? StrObject.New(Text(s, nameStart, nameEnd)) : IntType.FromLong(idx);
                    try
                    {
                        next = Abstract.GetItem(obj, key);
                    }
                    finally
                    {
                        Ob.Decref(key);
                    }
                }
                Ob.Decref(obj);
                obj = next;
            }
        }
        catch
        {
            Ob.Decref(obj);
            throw;
        }
        return obj;
    }

    private static nint LookupKeyword(FormatArgs fa, string key)
    {
        if (fa.Mapping != 0)
        {
            nint k = StrObject.New(key);
            try
            {
                return Abstract.GetItem(fa.Mapping, k);
            }
            finally
            {
                Ob.Decref(k);
            }
        }
        int at = Array.IndexOf(fa.KeywordNames, key);
        if (at < 0)
        {
            throw new PyException(ExceptionType.KeyError, StrObject.Repr(key));
        }
        return Ob.NewRef(fa.KeywordValues[at]);
    }

    // ---- printf-style % ---------------------------------------------------------------------------

    [Flags]
    private enum PercentFlags { None = 0, LJust = 1, Sign = 2, Blank = 4, Alt = 8, Zero = 16 }

    /// <summary>State of one PyUnicode_Format call (unicode_formatter_t).</summary>
    private sealed class PercentContext
    {
        public required int[] Fmt;
        public int FmtCnt, FmtPos;
        public nint Args;
        public bool ArgsOwned;
        public long ArgLen, ArgIdx;
        public nint Dict;
        public required FormatWriter Writer;

        public int Read(int p) => p < Fmt.Length ? Fmt[p] : 0;

        public nint NextArg()
        {
            if (ArgIdx < ArgLen)
            {
                long i = ArgIdx++;
                return ArgLen < 0 ? Args : TupleType.Item(Args, i);
            }
            throw Errors.TypeError("not enough arguments for format string");
        }
    }

    /// <summary>PyUnicode_Format: <c>format % args</c> (a new reference).</summary>
    public static nint Percent(nint format, nint args)
    {
        using var writer = new FormatWriter { Overallocate = true };
        var ctx = new PercentContext { Fmt = FormatSpec.CodePoints(StrObject.ToManaged(format)), Writer = writer, Args = args };
        ctx.FmtCnt = ctx.Fmt.Length;
        if (TupleType.IsTuple(args))
        {
            ctx.ArgLen = TupleType.Count(args);
            ctx.ArgIdx = 0;
        }
        else
        {
            ctx.ArgLen = -1;
            ctx.ArgIdx = -2;
        }
        ctx.Dict = IsMapping(args) && !TupleType.IsTuple(args) && !StrObject.IsStr(args) ? args : 0;
        try
        {
            while (--ctx.FmtCnt >= 0)
            {
                if (ctx.Read(ctx.FmtPos) != '%')
                {
                    int nonFmtPos = ctx.FmtPos++;
                    while (ctx.FmtCnt >= 0 && ctx.Read(ctx.FmtPos) != '%')
                    {
                        ctx.FmtPos++;
                        ctx.FmtCnt--;
                    }
                    if (ctx.FmtCnt < 0)
                    {
                        ctx.FmtPos--;
                        writer.Overallocate = false;
                    }
                    writer.Write(Text(ctx.Fmt, nonFmtPos, ctx.FmtPos));
                }
                else
                {
                    ctx.FmtPos++;
                    FormatOneArg(ctx);
                }
            }
            if (ctx.ArgIdx < ctx.ArgLen && ctx.Dict == 0)
            {
                throw Errors.TypeError("not all arguments converted during string formatting");
            }
        }
        finally
        {
            if (ctx.ArgsOwned)
            {
                Ob.Decref(ctx.Args);
            }
        }
        return writer.Finish();
    }

    /// <summary>PyMapping_Check: the built-in types with a __getitem__ (mp_subscript).</summary>
    private static bool IsMapping(nint o) =>
        Ob.TypeOf(o) is DictType or ListType or TupleType or StrType or RangeType;

    /// <summary>unicode_format_arg: one conversion specification, after its '%'.</summary>
    private static void FormatOneArg(PercentContext ctx)
    {
        int ch = ctx.Read(ctx.FmtPos);
        if (ch == '%')
        {
            ctx.FmtPos++;
            ctx.FmtCnt--;
            ctx.Writer.Write("%");
            return;
        }
        var flags = PercentFlags.None;
        long width = -1;
        int prec = -1;

        // unicode_format_arg_parse
        if (ch == '(')
        {
            if (ctx.Dict == 0)
            {
                throw Errors.TypeError("format requires a mapping");
            }
            ctx.FmtPos++;
            ctx.FmtCnt--;
            int keyStart = ctx.FmtPos;
            int pcount = 1;
            while (pcount > 0 && --ctx.FmtCnt >= 0)
            {
                ch = ctx.Read(ctx.FmtPos);
                if (ch == ')')
                {
                    pcount--;
                }
                else if (ch == '(')
                {
                    pcount++;
                }
                ctx.FmtPos++;
            }
            int keyLen = ctx.FmtPos - keyStart - 1;
            if (ctx.FmtCnt < 0 || pcount > 0)
            {
                throw Errors.ValueError("incomplete format key");
            }
            nint key = StrObject.New(Text(ctx.Fmt, keyStart, keyStart + keyLen));
            try
            {
                if (ctx.ArgsOwned)
                {
                    ctx.ArgsOwned = false;
                    Ob.Decref(ctx.Args);
                }
                ctx.Args = Abstract.GetItem(ctx.Dict, key);
                ctx.ArgsOwned = true;
                ctx.ArgLen = -1;
                ctx.ArgIdx = -2;
            }
            finally
            {
                Ob.Decref(key);
            }
        }
        while (--ctx.FmtCnt >= 0)
        {
            ch = ctx.Read(ctx.FmtPos);
            ctx.FmtPos++;
            PercentFlags flag = ch switch
            {
                '-' => PercentFlags.LJust,
                '+' => PercentFlags.Sign,
                ' ' => PercentFlags.Blank,
                '#' => PercentFlags.Alt,
                '0' => PercentFlags.Zero,
                _ => PercentFlags.None,
            };
            if (flag == PercentFlags.None)
            {
                break;
            }
            flags |= flag;
        }
        if (ch == '*')
        {
            nint v = ctx.NextArg();
            if (!IntType.IsInt(v))
            {
                throw Errors.TypeError("* wants int");
            }
            width = IntType.AsLong(v);
            if (width < 0)
            {
                flags |= PercentFlags.LJust;
                width = -width;
            }
            if (--ctx.FmtCnt >= 0)
            {
                ch = ctx.Read(ctx.FmtPos);
                ctx.FmtPos++;
            }
        }
        else if (ch is >= '0' and <= '9')
        {
            width = ch - '0';
            while (--ctx.FmtCnt >= 0)
            {
                ch = ctx.Read(ctx.FmtPos);
                ctx.FmtPos++;
                if (ch is < '0' or > '9')
                {
                    break;
                }
                if (width > (long.MaxValue - (ch - '0')) / 10)
                {
                    throw Errors.ValueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.')
        {
            prec = 0;
            if (--ctx.FmtCnt >= 0)
            {
                ch = ctx.Read(ctx.FmtPos);
                ctx.FmtPos++;
            }
            if (ch == '*')
            {
                nint v = ctx.NextArg();
                if (!IntType.IsInt(v))
                {
                    throw Errors.TypeError("* wants int");
                }
                if (!IntType.TryGetLong(v, out long p) || p > int.MaxValue || p < int.MinValue)
                {
                    throw Errors.OverflowError("Python int too large to convert to C int");
                }
                prec = (int)Math.Max(0, p);
                if (--ctx.FmtCnt >= 0)
                {
                    ch = ctx.Read(ctx.FmtPos);
                    ctx.FmtPos++;
                }
            }
            else if (ch is >= '0' and <= '9')
            {
                prec = ch - '0';
                while (--ctx.FmtCnt >= 0)
                {
                    ch = ctx.Read(ctx.FmtPos);
                    ctx.FmtPos++;
                    if (ch is < '0' or > '9')
                    {
                        break;
                    }
                    if (prec > (int.MaxValue - (ch - '0')) / 10)
                    {
                        throw Errors.ValueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (ctx.FmtCnt >= 0 && ch is 'h' or 'l' or 'L')
        {
            if (--ctx.FmtCnt >= 0)
            {
                ch = ctx.Read(ctx.FmtPos);
                ctx.FmtPos++;
            }
        }
        if (ctx.FmtCnt < 0)
        {
            throw Errors.ValueError("incomplete format");
        }

        // unicode_format_arg_format
        if (ctx.FmtCnt == 0)
        {
            ctx.Writer.Overallocate = false;
        }
        nint arg = ctx.NextArg();
        bool sign = false;
        nint strObj = 0;   // a str object result (s, r, a)
        string? text = null; // or a managed result (numbers, c)
        switch (ch)
        {
            case 's' or 'r' or 'a':
                if (Ob.Type(arg) == IntType.Instance.Address && width == -1 && prec == -1)
                {
                    ctx.Writer.Write(IntType.Instance.Repr(arg));
                    break;
                }
                strObj = ch == 's' ? Abstract.Str(arg) : ch == 'r' ? Abstract.Repr(arg) : FormatSpec.Ascii(arg);
                break;
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
            {
                BigInteger value = IntegerArgument(arg, (char)ch);
                if (Ob.Type(arg) == IntType.Instance.Address && width == -1 && prec == -1 &&
                    (flags & (PercentFlags.Sign | PercentFlags.Blank)) == 0 && ch != 'X')
                {
                    ctx.Writer.Write(FormatLong(value, (flags & PercentFlags.Alt) != 0, -1, (char)ch));
                    break;
                }
                text = FormatLong(value, (flags & PercentFlags.Alt) != 0, prec, (char)ch);
                sign = true;
                break;
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                string f = FormatFloat(arg, (char)ch, prec, (flags & PercentFlags.Alt) != 0);
                if (width == -1 && prec == -1 && (flags & (PercentFlags.Sign | PercentFlags.Blank)) == 0)
                {
                    ctx.Writer.Write(f);
                    break;
                }
                text = f;
                sign = true;
                break;
            }
            case 'c':
            {
                string c = char.ConvertFromUtf32(FormatChar(arg));
                if (width == -1 && prec == -1)
                {
                    ctx.Writer.Write(c);
                    break;
                }
                text = c;
                break;
            }
            default:
                throw Errors.ValueError("unsupported format character '" + (ch is >= 31 and <= 126 ? (char)ch : '?') +
                    "' (0x" + ch.ToString("x", CultureInfo.InvariantCulture) + ") at index " + (ctx.FmtPos - 1));
        }
        if (strObj != 0)
        {
            try
            {
                Output(ctx.Writer, (char)ch, flags, width, prec, sign, strObj, StrObject.ToManaged(strObj));
            }
            finally
            {
                Ob.Decref(strObj);
            }
        }
        else if (text is not null)
        {
            Output(ctx.Writer, (char)ch, flags, width, prec, sign, 0, text);
        }
        if (ctx.Dict != 0 && ctx.ArgIdx < ctx.ArgLen)
        {
            throw Errors.TypeError("not all arguments converted during string formatting");
        }
    }

    /// <summary>mainformatlong's argument conversion: the integer value, or CPython's TypeError.</summary>
    private static BigInteger IntegerArgument(nint v, char type)
    {
        if (IntType.IsInt(v))
        {
            return IntType.ToBig(v);
        }
        if (FloatType.IsFloat(v) && type is not ('o' or 'x' or 'X'))
        {
            double d = FloatType.Value(v);
            if (double.IsNaN(d))
            {
                throw Errors.ValueError("cannot convert float NaN to integer");
            }
            if (double.IsInfinity(d))
            {
                throw Errors.OverflowError("cannot convert float infinity to integer");
            }
            return new BigInteger(Math.Truncate(d));
        }
        if (type is 'o' or 'x' or 'X')
        {
            throw Errors.TypeError("%" + type + " format: an integer is required, not " + Ob.TypeOf(v).Name);
        }
        throw Errors.TypeError("%" + type + " format: a real number is required, not " + Ob.TypeOf(v).Name);
    }

    /// <summary>_PyUnicode_FormatLong: sign, optional 0x/0o prefix, at least prec digits.</summary>
    private static string FormatLong(BigInteger value, bool alt, int prec, char type)
    {
        int radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits = FormatSpec.ToRadix(BigInteger.Abs(value), radix);
        if (prec > digits.Length)
        {
            digits = new string('0', prec - digits.Length) + digits;
        }
        string prefix = alt && radix != 10 ? (radix == 8 ? "0o" : "0x") : "";
        string result = (value.Sign < 0 ? "-" : "") + prefix + digits;
        return type == 'X' ? result.ToUpperInvariant() : result;
    }

    /// <summary>formatfloat: PyOS_double_to_string with the % operator's defaults.</summary>
    private static string FormatFloat(nint v, char type, int prec, bool alt)
    {
        double x;
        if (FloatType.IsFloat(v))
        {
            x = FloatType.Value(v);
        }
        else if (IntType.IsInt(v))
        {
            x = IntType.ToDouble(v);
        }
        else
        {
            throw Errors.TypeError("must be real number, not " + Ob.TypeOf(v).Name);
        }
        return FormatSpec.DoubleToString(x, type, prec < 0 ? 6 : prec, alt, false, false);
    }

    /// <summary>formatchar: the code point for %c.</summary>
    private static int FormatChar(nint v)
    {
        if (StrObject.IsStr(v))
        {
            if (StrObject.Length(v) == 1)
            {
                return StrObject.CodePointAt(v, 0);
            }
            throw Errors.TypeError("%c requires int or char");
        }
        if (!IntType.IsInt(v))
        {
            throw Errors.TypeError("%c requires int or char");
        }
        if (!IntType.TryGetLong(v, out long x) || x < 0 || x > 0x10FFFF)
        {
            throw Errors.OverflowError("%c arg not in range(0x110000)");
        }
        return (int)x;
    }

    /// <summary>unicode_format_arg_output: width, precision (for s/r/a), sign and zero padding.</summary>
    private static void Output(FormatWriter writer, char ch, PercentFlags flags, long width, int prec, bool sign, nint strObj, string str)
    {
        char fill = sign && (flags & PercentFlags.Zero) != 0 ? '0' : ' ';
        int[] cps = FormatSpec.CodePoints(str);
        long len = cps.Length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (PercentFlags.Sign | PercentFlags.Blank)) == 0)
        {
            if (strObj != 0)
            {
                writer.WriteStr(strObj);
            }
            else
            {
                writer.Write(str);
            }
            return;
        }
        if (ch is 's' or 'r' or 'a' && prec >= 0 && len > prec)
        {
            len = prec;
        }
        int pindex = 0;
        char signChar = '\0';
        if (sign)
        {
            int first = cps.Length > 0 ? cps[0] : 0;
            if (first is '-' or '+')
            {
                signChar = (char)first;
                len--;
                pindex++;
            }
            else if ((flags & PercentFlags.Sign) != 0)
            {
                signChar = '+';
            }
            else if ((flags & PercentFlags.Blank) != 0)
            {
                signChar = ' ';
            }
            else
            {
                sign = false;
            }
        }
        if (width < len)
        {
            width = len;
        }
        bool altPrefix = (flags & PercentFlags.Alt) != 0 && ch is 'x' or 'X' or 'o';
        var sb = new StringBuilder();
        if (sign)
        {
            if (fill != ' ')
            {
                sb.Append(signChar);
            }
            if (width > len)
            {
                width--;
            }
        }
        if (altPrefix)
        {
            if (fill != ' ')
            {
                sb.Append('0').Append(ch);
                pindex += 2;
            }
            width -= 2;
            if (width < 0)
            {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & PercentFlags.LJust) == 0)
        {
            sb.Append(fill, (int)(width - len));
            width = len;
        }
        if (fill == ' ')
        {
            if (sign)
            {
                sb.Append(signChar);
            }
            if (altPrefix)
            {
                sb.Append('0').Append(ch);
                pindex += 2;
            }
        }
        sb.Append(Text(cps, pindex, pindex + (int)len));
        if (width > len)
        {
            sb.Append(' ', (int)(width - len));
        }
        writer.Write(sb.ToString());
    }
}
