// Mirrors CPython Objects/bytesobject.c _PyBytes_FormatEx: printf-style formatting of bytes (PEP 461).
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// bytes % args and bytearray % args. %s/%b take bytes-like objects (or __bytes__), %r/%a give ascii(repr),
/// %c an int or one byte; the numeric conversions reuse str's % formatting (their output is ASCII).
/// </summary>
internal static unsafe class BytesFormat
{
    public static nint Percent(nint self, ReadOnlySpan<byte> format, nint args, bool mutable)
    {
        byte[] fmt = format.ToArray();
        bool isTuple = TupleType.IsTuple(args);
        bool isMapping = !isTuple && (DictType.IsDict(args) || (Ob.TypeOf(args) is ClassType && UserSlots.Has(args, "__getitem__"))) && !BytesObject.IsBytesLike(args) && !StrObject.IsStr(args);
        long argCount = isTuple ? TupleType.Count(args) : 1;
        long argIndex = 0;
        bool usedMapping = false;
        var r = new List<byte>(fmt.Length + 16);

        nint NextArg()
        {
            if (argIndex >= argCount)
            {
                throw Errors.TypeError("not enough arguments for format string");
            }
            return isTuple ? TupleType.Item(args, argIndex++) : (argIndex++ == 0 ? args : 0);
        }

        int i = 0;
        while (i < fmt.Length)
        {
            byte c = fmt[i];
            if (c != '%')
            {
                r.Add(c);
                i++;
                continue;
            }
            int specStart = i;
            i++;
            if (i >= fmt.Length)
            {
                throw Errors.ValueError("incomplete format");
            }
            nint mapped = 0;
            if (fmt[i] == '(')
            {
                int depth = 1;
                int keyStart = ++i;
                while (i < fmt.Length && depth > 0)
                {
                    if (fmt[i] == '(')
                    {
                        depth++;
                    }
                    else if (fmt[i] == ')')
                    {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0)
                {
                    throw Errors.ValueError("incomplete format key");
                }
                if (!isMapping)
                {
                    throw Errors.TypeError("format requires a mapping");
                }
                nint key = BytesObject.FromSpan(fmt.AsSpan(keyStart, i - 1 - keyStart));
                try
                {
                    mapped = Abstract.GetItem(args, key);
                }
                finally
                {
                    Ob.Decref(key);
                }
                usedMapping = true;
            }
            try
            {
                var flags = new StringBuilder();
                while (i < fmt.Length && fmt[i] is (byte)'-' or (byte)'+' or (byte)' ' or (byte)'#' or (byte)'0')
                {
                    flags.Append((char)fmt[i++]);
                }
                string width = "";
                if (i < fmt.Length && fmt[i] == '*')
                {
                    width = IntType.AsLong(NextArg()).ToString();
                    i++;
                }
                else
                {
                    while (i < fmt.Length && fmt[i] is >= (byte)'0' and <= (byte)'9')
                    {
                        width += (char)fmt[i++];
                    }
                }
                string prec = "";
                bool hasPrec = false;
                if (i < fmt.Length && fmt[i] == '.')
                {
                    hasPrec = true;
                    i++;
                    if (i < fmt.Length && fmt[i] == '*')
                    {
                        prec = IntType.AsLong(NextArg()).ToString();
                        i++;
                    }
                    else
                    {
                        while (i < fmt.Length && fmt[i] is >= (byte)'0' and <= (byte)'9')
                        {
                            prec += (char)fmt[i++];
                        }
                    }
                }
                while (i < fmt.Length && fmt[i] is (byte)'h' or (byte)'l' or (byte)'L')
                {
                    i++;
                }
                if (i >= fmt.Length)
                {
                    throw Errors.ValueError("incomplete format");
                }
                char conv = (char)fmt[i++];
                if (conv == '%')
                {
                    r.Add((byte)'%');
                    continue;
                }
                nint arg = mapped != 0 ? mapped : NextArg();
                byte[] piece;
                switch (conv)
                {
                    case 's':
                    case 'b':
                        piece = BytesOf(arg);
                        if (hasPrec && int.TryParse(prec == "" ? "0" : prec, out int p) && p < piece.Length)
                        {
                            piece = piece.AsSpan(0, p).ToArray();
                        }
                        break;
                    case 'r':
                    case 'a':
                    {
                        nint a = FormatSpec.Ascii(arg);
                        piece = Encoding.Latin1.GetBytes(StrObject.ToManaged(a));
                        Ob.Decref(a);
                        if (hasPrec && int.TryParse(prec == "" ? "0" : prec, out int p2) && p2 < piece.Length)
                        {
                            piece = piece.AsSpan(0, p2).ToArray();
                        }
                        break;
                    }
                    case 'c':
                        if (BytesObject.TryGetBuffer(arg, out ReadOnlySpan<byte> one) && one.Length == 1)
                        {
                            piece = [one[0]];
                        }
                        else if (IntType.IsInt(arg))
                        {
                            if (!IntType.TryGetLong(arg, out long v) || v < 0 || v >= 256)
                            {
                                throw Errors.OverflowError("%c arg not in range(256)");
                            }
                            piece = [(byte)v];
                        }
                        else
                        {
                            throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
                        }
                        break;
                    case 'd' or 'i' or 'u' or 'x' or 'X' or 'o' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    {
                        string spec = "%" + flags + width + (hasPrec ? "." + prec : "") + (conv == 'u' ? 'd' : conv);
                        nint specObj = StrObject.New(spec);
                        try
                        {
                            nint s = StrFormat.Percent(specObj, arg);
                            piece = Encoding.Latin1.GetBytes(StrObject.ToManaged(s));
                            Ob.Decref(s);
                        }
                        finally
                        {
                            Ob.Decref(specObj);
                        }
                        r.AddRange(piece);
                        continue;
                    }
                    default:
                        throw Errors.ValueError("unsupported format character '" + conv + "' (0x" + ((int)conv).ToString("x") + ") at index " + (i - 1));
                }
                int w = width == "" ? 0 : int.Parse(width);
                bool leftAlign = flags.ToString().Contains('-');
                if (w < 0)
                {
                    leftAlign = true;
                    w = -w;
                }
                int pad = Math.Max(0, w - piece.Length);
                if (!leftAlign)
                {
                    for (int k = 0; k < pad; k++)
                    {
                        r.Add((byte)' ');
                    }
                }
                r.AddRange(piece);
                if (leftAlign)
                {
                    for (int k = 0; k < pad; k++)
                    {
                        r.Add((byte)' ');
                    }
                }
                _ = specStart;
            }
            finally
            {
                Ob.XDecref(mapped);
            }
        }
        if (!usedMapping && argIndex < argCount && !isMapping)
        {
            throw Errors.TypeError("not all arguments converted during bytes formatting");
        }
        return mutable ? ByteArrayType.FromSpan(r.ToArray()) : BytesObject.FromSpan(r.ToArray());
    }

    private static byte[] BytesOf(nint arg)
    {
        if (BytesObject.TryGetBuffer(arg, out ReadOnlySpan<byte> b))
        {
            return b.ToArray();
        }
        if (Ob.TypeOf(arg) is ClassType && UserSlots.Has(arg, "__bytes__"))
        {
            nint r = UserSlots.TryCall(arg, "__bytes__", []);
            try
            {
                if (!BytesObject.IsBytes(r))
                {
                    throw Errors.TypeError("__bytes__ returned non-bytes (type " + Ob.TypeOf(r).Name + ")");
                }
                return BytesObject.Span(r).ToArray();
            }
            finally
            {
                Ob.Decref(r);
            }
        }
        throw Errors.TypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Ob.TypeOf(arg).Name + "'");
    }
}
