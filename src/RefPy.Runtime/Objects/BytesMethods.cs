// Mirrors CPython Objects/bytes_methods.c and Objects/stringlib (split.h, partition.h, transmogrify.h, join.h,
// ctype.h): the methods bytes and bytearray share.
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// Methods of bytes and bytearray over their byte spans. Results are built like STRINGLIB_NEW: for bytes,
/// a result copied from a piece of the input is a singleton when it has 0 or 1 bytes, while a result filled
/// in afterwards (upper, replace, center, join ...) is a new object unless empty; bytearray results are
/// always new bytearrays.
/// </summary>
internal static unsafe class BytesMethods
{
    private static ReadOnlySpan<byte> Data(nint self) =>
        ByteArrayType.IsByteArray(self) ? ByteArrayType.Span(self) : BytesObject.Span(self);

    /// <summary>STRINGLIB_NEW(str, n).</summary>
    private static nint New(bool mutable, ReadOnlySpan<byte> data) =>
        mutable ? ByteArrayType.FromSpan(data) : BytesObject.FromSpan(data);

    /// <summary>STRINGLIB_NEW(NULL, n), filled afterwards.</summary>
    private static nint NewFilled(bool mutable, ReadOnlySpan<byte> data) =>
        mutable ? ByteArrayType.FromSpan(data) : BytesObject.Fresh(data);

    /// <summary>return_self: an exact bytes is returned itself, anything else is copied.</summary>
    private static nint ReturnSelf(nint self, bool mutable) =>
        !mutable && BytesObject.IsBytes(self) ? Ob.NewRef(self) : New(mutable, Data(self));

    public static long IndexValue(nint o)
    {
        if (IntType.IsInt(o))
        {
            return IntType.AsLong(o);
        }
        nint idx = UserSlots.IndexOf(o);
        if (idx == 0)
        {
            throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
        }
        try
        {
            return IntType.AsLong(idx);
        }
        finally
        {
            Ob.Decref(idx);
        }
    }

    public static long RepeatCount(nint n)
    {
        if (!IntType.TryGetLong(n, out long v))
        {
            if (IntType.Sign(n) < 0)
            {
                return 0;
            }
            throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        }
        return v;
    }

    /// <summary>A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".</summary>
    private static byte[] Buffer(nint o)
    {
        if (!BytesObject.TryGetBuffer(o, out ReadOnlySpan<byte> b))
        {
            throw Errors.TypeError("a bytes-like object is required, not '" + Ob.TypeOf(o).Name + "'");
        }
        return b.ToArray();
    }

    public static bool Contains(ReadOnlySpan<byte> self, nint item)
    {
        if (IntType.IsInt(item) || UserSlots.Has(item, "__index__"))
        {
            long v = IndexValue(item);
            if (v < 0 || v >= 256)
            {
                throw Errors.ValueError("byte must be in range(0, 256)");
            }
            return self.IndexOf((byte)v) >= 0;
        }
        byte[] sub = Buffer(item);
        return self.IndexOf(sub) >= 0;
    }

    private static readonly NativeFunction fromHexBytes = new("fromhex", (self, args, kw) => FromHex(self, args, kw), "bytes");

    /// <summary>The classmethods on the type: fromhex and maketrans.</summary>
    public static nint TypeAttribute(PyType t, string name)
    {
        if (name == "fromhex")
        {
            return BuiltinFunctionObject.New(fromHexBytes, t.Address);
        }
        return 0;
    }

    private static nint FromHex(nint cls, ReadOnlySpan<nint> args, nint kw)
    {
        var a = Args.Parse("fromhex", args, kw, ["string"], 1);
        if (!StrObject.IsStr(a[0]))
        {
            throw Errors.TypeError("fromhex() argument must be str, not " + Ob.TypeOf(a[0]).Name);
        }
        string s = StrObject.ToManaged(a[0]);
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                i++;
                continue;
            }
            int hi = HexDigit(s[i]);
            if (hi < 0)
            {
                throw Errors.ValueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.Length ? HexDigit(s[i + 1]) : -1;
            if (lo < 0)
            {
                throw Errors.ValueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        bool mutable = PyType.FromAddress(cls).IsSubtypeOf(ByteArrayType.Instance);
        return New(mutable, r.ToArray());
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public static void Install(PyType t, bool mutable)
    {
        string tn = mutable ? "bytearray" : "bytes";
        t.AddMethod("decode", (self, args, kw) =>
        {
            var a = Args.Parse("decode", args, kw, ["encoding", "errors"], 0);
            return Codecs.Decode(Data(self), a[0], a[1]);
        });
        t.AddMethod("hex", (self, args, kw) => Hex(Data(self), args, kw));
        t.AddMethod("join", (self, args, kw) => Join(self, args, mutable));
        t.AddMethod("split", (self, args, kw) => Split(self, args, kw, mutable, false));
        t.AddMethod("rsplit", (self, args, kw) => Split(self, args, kw, mutable, true));
        t.AddMethod("strip", (self, args, kw) => Strip(self, args, mutable, "strip", true, true));
        t.AddMethod("lstrip", (self, args, kw) => Strip(self, args, mutable, "lstrip", true, false));
        t.AddMethod("rstrip", (self, args, kw) => Strip(self, args, mutable, "rstrip", false, true));
        t.AddMethod("startswith", (self, args, kw) => Affix(self, args, "startswith"));
        t.AddMethod("endswith", (self, args, kw) => Affix(self, args, "endswith"));
        t.AddMethod("find", (self, args, kw) => IntType.FromLong(Find(self, args, "find", false)));
        t.AddMethod("rfind", (self, args, kw) => IntType.FromLong(Find(self, args, "rfind", true)));
        t.AddMethod("index", (self, args, kw) => FindOrRaise(self, args, "index", false));
        t.AddMethod("rindex", (self, args, kw) => FindOrRaise(self, args, "rindex", true));
        t.AddMethod("count", (self, args, kw) => Count(self, args));
        t.AddMethod("replace", (self, args, kw) => Replace(self, args, mutable));
        t.AddMethod("upper", (self, args, kw) => Map(tn + ".upper", self, args, mutable, b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b));
        t.AddMethod("lower", (self, args, kw) => Map(tn + ".lower", self, args, mutable, b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b));
        t.AddMethod("swapcase", (self, args, kw) => Map(tn + ".swapcase", self, args, mutable, b => IsLower(b) ? (byte)(b - 32) : IsUpper(b) ? (byte)(b + 32) : b));
        t.AddMethod("title", (self, args, kw) =>
        {
            Args.Exact(tn + ".title", args, 0);
            return NewFilled(mutable, Title(Data(self)));
        });
        t.AddMethod("capitalize", (self, args, kw) =>
        {
            Args.Exact(tn + ".capitalize", args, 0);
            byte[] r = Data(self).ToArray();
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = i == 0 ? (IsLower(r[i]) ? (byte)(r[i] - 32) : r[i]) : (IsUpper(r[i]) ? (byte)(r[i] + 32) : r[i]);
            }
            return NewFilled(mutable, r);
        });
        Predicate(t, tn + ".isdigit", b => b is >= (byte)'0' and <= (byte)'9', false);
        Predicate(t, tn + ".isalpha", b => IsLower(b) || IsUpper(b), false);
        Predicate(t, tn + ".isalnum", b => IsLower(b) || IsUpper(b) || b is >= (byte)'0' and <= (byte)'9', false);
        Predicate(t, tn + ".isspace", IsSpace, false);
        Predicate(t, tn + ".isascii", b => b < 128, true);
        t.AddMethod("islower", (self, args, kw) =>
        {
            Args.Exact(tn + ".islower", args, 0);
            ReadOnlySpan<byte> d = Data(self);
            bool cased = false;
            foreach (byte b in d)
            {
                if (IsUpper(b))
                {
                    return BoolObject.False;
                }
                cased |= IsLower(b);
            }
            return BoolObject.NewRef(cased);
        });
        t.AddMethod("isupper", (self, args, kw) =>
        {
            Args.Exact(tn + ".isupper", args, 0);
            ReadOnlySpan<byte> d = Data(self);
            bool cased = false;
            foreach (byte b in d)
            {
                if (IsLower(b))
                {
                    return BoolObject.False;
                }
                cased |= IsUpper(b);
            }
            return BoolObject.NewRef(cased);
        });
        t.AddMethod("istitle", (self, args, kw) =>
        {
            Args.Exact(tn + ".istitle", args, 0);
            ReadOnlySpan<byte> d = Data(self);
            bool cased = false, previousIsCased = false;
            foreach (byte b in d)
            {
                if (IsUpper(b))
                {
                    if (previousIsCased)
                    {
                        return BoolObject.False;
                    }
                    previousIsCased = true;
                    cased = true;
                }
                else if (IsLower(b))
                {
                    if (!previousIsCased)
                    {
                        return BoolObject.False;
                    }
                    previousIsCased = true;
                    cased = true;
                }
                else
                {
                    previousIsCased = false;
                }
            }
            return BoolObject.NewRef(cased);
        });
        t.AddMethod("center", (self, args, kw) => Pad(self, args, mutable, "center"));
        t.AddMethod("ljust", (self, args, kw) => Pad(self, args, mutable, "ljust"));
        t.AddMethod("rjust", (self, args, kw) => Pad(self, args, mutable, "rjust"));
        t.AddMethod("zfill", (self, args, kw) =>
        {
            Args.Exact("zfill", args, 1);
            long width = IndexValue(args[0]);
            ReadOnlySpan<byte> d = Data(self);
            if (d.Length >= width)
            {
                return ReturnSelf(self, mutable);
            }
            long fill = width - d.Length;
            byte[] r = new byte[width];
            r.AsSpan(0, (int)fill).Fill((byte)'0');
            d.CopyTo(r.AsSpan((int)fill));
            if (r[fill] is (byte)'+' or (byte)'-')
            {
                r[0] = r[fill];
                r[fill] = (byte)'0';
            }
            return NewFilled(mutable, r);
        });
        t.AddMethod("partition", (self, args, kw) => Partition(self, args, mutable, false));
        t.AddMethod("rpartition", (self, args, kw) => Partition(self, args, mutable, true));
        t.AddMethod("splitlines", (self, args, kw) => SplitLines(self, args, kw, mutable));
        t.AddMethod("removeprefix", (self, args, kw) => RemoveAffix(self, args, mutable, true));
        t.AddMethod("removesuffix", (self, args, kw) => RemoveAffix(self, args, mutable, false));
        t.AddMethod("expandtabs", (self, args, kw) =>
        {
            var a = Args.Parse("expandtabs", args, kw, ["tabsize"], 0);
            long tabsize = a[0] == 0 ? 8 : IndexValue(a[0]);
            var r = new List<byte>();
            long col = 0;
            foreach (byte b in Data(self))
            {
                if (b == '\t')
                {
                    if (tabsize > 0)
                    {
                        long incr = tabsize - col % tabsize;
                        col += incr;
                        for (long k = 0; k < incr; k++)
                        {
                            r.Add((byte)' ');
                        }
                    }
                }
                else
                {
                    col++;
                    r.Add(b);
                    if (b is (byte)'\n' or (byte)'\r')
                    {
                        col = 0;
                    }
                }
            }
            return NewFilled(mutable, r.ToArray());
        });
    }

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    /// <summary>Py_ISSPACE: space, \t, \n, \v, \f, \r.</summary>
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    private static void Predicate(PyType t, string name, Func<byte, bool> test, bool emptyResult)
    {
        t.AddMethod(name.Substring(name.IndexOf('.') + 1), (self, args, kw) =>
        {
            Args.Exact(name, args, 0);
            ReadOnlySpan<byte> d = Data(self);
            if (d.Length == 0)
            {
                return BoolObject.NewRef(emptyResult);
            }
            foreach (byte b in d)
            {
                if (!test(b))
                {
                    return BoolObject.False;
                }
            }
            return BoolObject.True;
        });
    }

    private static nint Map(string name, nint self, ReadOnlySpan<nint> args, bool mutable, Func<byte, byte> f)
    {
        Args.Exact(name, args, 0);
        byte[] r = Data(self).ToArray();
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = f(r[i]);
        }
        return NewFilled(mutable, r);
    }

    private static byte[] Title(ReadOnlySpan<byte> d)
    {
        byte[] r = new byte[d.Length];
        bool previousIsCased = false;
        for (int i = 0; i < d.Length; i++)
        {
            byte c = d[i];
            if (IsLower(c))
            {
                r[i] = previousIsCased ? c : (byte)(c - 32);
                previousIsCased = true;
            }
            else if (IsUpper(c))
            {
                r[i] = previousIsCased ? (byte)(c + 32) : c;
                previousIsCased = true;
            }
            else
            {
                r[i] = c;
                previousIsCased = false;
            }
        }
        return r;
    }

    private static nint Hex(ReadOnlySpan<byte> d, ReadOnlySpan<nint> args, nint kw)
    {
        var a = Args.Parse("hex", args, kw, ["sep", "bytes_per_sep"], 0);
        string? sep = null;
        if (a[0] != 0 && a[0] != Singletons.None)
        {
            if (StrObject.IsStr(a[0]))
            {
                sep = StrObject.ToManaged(a[0]);
            }
            else if (BytesObject.TryGetBuffer(a[0], out ReadOnlySpan<byte> sb))
            {
                sep = Encoding.Latin1.GetString(sb);
            }
            else
            {
                throw Errors.TypeError("sep must be str or bytes.");
            }
            if (sep.Length != 1)
            {
                throw Errors.ValueError("sep must be length 1.");
            }
            if (sep[0] > 127)
            {
                throw Errors.ValueError("sep must be ASCII.");
            }
        }
        long per = a[1] == 0 ? 1 : IndexValue(a[1]);
        var r = new StringBuilder(d.Length * 3);
        if (sep is null || per == 0 || d.Length == 0)
        {
            foreach (byte b in d)
            {
                r.Append(b.ToString("x2"));
            }
            return StrObject.New(r.ToString());
        }
        long group = Math.Abs(per);
        for (int i = 0; i < d.Length; i++)
        {
            // Positive: groups are counted from the right; negative: from the left.
            if (i > 0)
            {
                bool boundary = per > 0 ? (d.Length - i) % group == 0 : i % group == 0;
                if (boundary)
                {
                    r.Append(sep);
                }
            }
            r.Append(d[i].ToString("x2"));
        }
        return StrObject.New(r.ToString());
    }

    private static nint Join(nint self, ReadOnlySpan<nint> args, bool mutable)
    {
        Args.Exact((mutable ? "bytearray" : "bytes") + ".join", args, 1);
        nint seq = Abstract.SequenceToList(args[0], "can only join an iterable");
        try
        {
            long n = ListType.Count(seq);
            if (n == 0)
            {
                return New(mutable, ReadOnlySpan<byte>.Empty);
            }
            if (!mutable && n == 1 && BytesObject.IsBytes(ListType.Item(seq, 0)))
            {
                return Ob.NewRef(ListType.Item(seq, 0));
            }
            byte[] sep = Data(self).ToArray();
            var r = new List<byte>();
            for (long i = 0; i < n; i++)
            {
                nint item = ListType.Item(seq, i);
                if (!BytesObject.TryGetBuffer(item, out ReadOnlySpan<byte> b))
                {
                    throw Errors.TypeError("sequence item " + i + ": expected a bytes-like object, " + Ob.TypeOf(item).Name + " found");
                }
                if (i > 0)
                {
                    r.AddRange(sep);
                }
                r.AddRange(b);
            }
            return NewFilled(mutable, r.ToArray());
        }
        finally
        {
            Ob.Decref(seq);
        }
    }

    private static nint Split(nint self, ReadOnlySpan<nint> args, nint kw, bool mutable, bool right)
    {
        var a = Args.Parse(right ? "rsplit" : "split", args, kw, ["sep", "maxsplit"], 0);
        long maxsplit = a[1] == 0 ? -1 : IndexValue(a[1]);
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }
        byte[] s = Data(self).ToArray();
        var parts = new List<(int Start, int Len)>();
        bool whole = false;
        if (a[0] == 0 || a[0] == Singletons.None)
        {
            if (!right)
            {
                int i = 0;
                long left = maxsplit;
                while (left-- > 0)
                {
                    while (i < s.Length && IsSpace(s[i]))
                    {
                        i++;
                    }
                    if (i == s.Length)
                    {
                        break;
                    }
                    int j = i;
                    i++;
                    while (i < s.Length && !IsSpace(s[i]))
                    {
                        i++;
                    }
                    if (j == 0 && i == s.Length)
                    {
                        whole = true;
                        break;
                    }
                    parts.Add((j, i - j));
                }
                if (!whole && i < s.Length)
                {
                    while (i < s.Length && IsSpace(s[i]))
                    {
                        i++;
                    }
                    if (i != s.Length)
                    {
                        parts.Add((i, s.Length - i));
                    }
                }
            }
            else
            {
                int i = s.Length - 1;
                long left = maxsplit;
                while (left-- > 0)
                {
                    while (i >= 0 && IsSpace(s[i]))
                    {
                        i--;
                    }
                    if (i < 0)
                    {
                        break;
                    }
                    int j = i;
                    i--;
                    while (i >= 0 && !IsSpace(s[i]))
                    {
                        i--;
                    }
                    if (j == s.Length - 1 && i < 0)
                    {
                        whole = true;
                        break;
                    }
                    parts.Add((i + 1, j - i));
                }
                if (!whole && i >= 0)
                {
                    while (i >= 0 && IsSpace(s[i]))
                    {
                        i--;
                    }
                    if (i >= 0)
                    {
                        parts.Add((0, i + 1));
                    }
                }
                parts.Reverse();
            }
        }
        else
        {
            byte[] sep = Buffer(a[0]);
            if (sep.Length == 0)
            {
                throw Errors.ValueError("empty separator");
            }
            if (!right)
            {
                int start = 0;
                long left = maxsplit;
                while (left-- > 0)
                {
                    int idx = s.AsSpan(start).IndexOf(sep);
                    if (idx < 0)
                    {
                        break;
                    }
                    parts.Add((start, idx));
                    start += idx + sep.Length;
                }
                if (parts.Count == 0)
                {
                    whole = true;
                }
                else
                {
                    parts.Add((start, s.Length - start));
                }
            }
            else
            {
                int end = s.Length;
                long left = maxsplit;
                while (left-- > 0)
                {
                    int idx = s.AsSpan(0, end).LastIndexOf(sep);
                    if (idx < 0)
                    {
                        break;
                    }
                    parts.Add((idx + sep.Length, end - idx - sep.Length));
                    end = idx;
                }
                if (parts.Count == 0)
                {
                    whole = true;
                }
                else
                {
                    parts.Add((0, end));
                    parts.Reverse();
                }
            }
        }
        const int MaxPrealloc = 12;
        long prealloc = maxsplit >= MaxPrealloc ? MaxPrealloc : maxsplit + 1;
        int count = whole ? 1 : parts.Count;
        nint list = ListType.New(prealloc);
        for (int i = 0; i < count; i++)
        {
            nint item = whole
                ? (!mutable && BytesObject.IsBytes(self) ? Ob.NewRef(self) : New(mutable, s))
                : New(mutable, s.AsSpan(parts[i].Start, parts[i].Len));
            if (i < MaxPrealloc)
            {
                ListType.SetItemInit(list, i, item);
            }
            else
            {
                ListType.AppendSteal(list, item);
            }
        }
        *(long*)(list + Ob.SizeOffset) = count;
        return list;
    }

    private static nint Strip(nint self, ReadOnlySpan<nint> args, bool mutable, string name, bool left, bool right)
    {
        Args.Range(name, args, 0, 1);
        ReadOnlySpan<byte> d = Data(self);
        byte[]? chars = args.Length == 0 || args[0] == Singletons.None ? null : Buffer(args[0]);
        int i = 0, j = d.Length;
        if (left)
        {
            while (i < j && (chars is null ? IsSpace(d[i]) : Array.IndexOf(chars, d[i]) >= 0))
            {
                i++;
            }
        }
        if (right)
        {
            while (j > i && (chars is null ? IsSpace(d[j - 1]) : Array.IndexOf(chars, d[j - 1]) >= 0))
            {
                j--;
            }
        }
        if (i == 0 && j == d.Length && !mutable && BytesObject.IsBytes(self))
        {
            return Ob.NewRef(self);
        }
        return New(mutable, d.Slice(i, j - i));
    }

    private static nint Affix(nint self, ReadOnlySpan<nint> args, string name)
    {
        Args.Range(name, args, 1, 3);
        ReadOnlySpan<byte> d = Data(self);
        long start = args.Length > 1 && args[1] != Singletons.None ? IndexValue(args[1]) : 0;
        long end = args.Length > 2 && args[2] != Singletons.None ? IndexValue(args[2]) : d.Length;
        SliceType.Clamp(ref start, ref end, d.Length);
        bool prefix = name == "startswith";
        bool Test(ReadOnlySpan<byte> data, ReadOnlySpan<byte> affix)
        {
            if (start > data.Length || end - start < affix.Length)
            {
                return false;
            }
            ReadOnlySpan<byte> sub = data.Slice((int)start, (int)(end - start));
            return prefix ? sub.StartsWith(affix) : sub.EndsWith(affix);
        }
        nint a0 = args[0];
        if (TupleType.IsTuple(a0))
        {
            for (long k = 0; k < TupleType.Count(a0); k++)
            {
                nint item = TupleType.Item(a0, k);
                if (!BytesObject.TryGetBuffer(item, out ReadOnlySpan<byte> p))
                {
                    throw Errors.TypeError("a bytes-like object is required, not '" + Ob.TypeOf(item).Name + "'");
                }
                if (Test(d, p))
                {
                    return BoolObject.True;
                }
            }
            return BoolObject.False;
        }
        if (!BytesObject.TryGetBuffer(a0, out ReadOnlySpan<byte> affixSpan))
        {
            throw Errors.TypeError(name + " first arg must be bytes or a tuple of bytes, not " + Ob.TypeOf(a0).Name);
        }
        return BoolObject.NewRef(Test(d, affixSpan));
    }

    /// <summary>The sub argument of find/count/index: an int in range(256) or a bytes-like object.</summary>
    private static byte[] SubArg(nint o)
    {
        if (IntType.IsInt(o) || UserSlots.Has(o, "__index__"))
        {
            long v = IndexValue(o);
            if (v < 0 || v >= 256)
            {
                throw Errors.ValueError("byte must be in range(0, 256)");
            }
            return [(byte)v];
        }
        if (!BytesObject.TryGetBuffer(o, out ReadOnlySpan<byte> b))
        {
            throw Errors.TypeError("argument should be integer or bytes-like object, not '" + Ob.TypeOf(o).Name + "'");
        }
        return b.ToArray();
    }

    private static byte[] FindArgs(string name, nint self, ReadOnlySpan<nint> args, out byte[] sub, out long start, out long end)
    {
        Args.Between(name, args, 1, 3);
        byte[] s = Data(self).ToArray();
        sub = SubArg(args[0]);
        start = args.Length > 1 && args[1] != Singletons.None ? IndexValue(args[1]) : 0;
        end = args.Length > 2 && args[2] != Singletons.None ? IndexValue(args[2]) : s.Length;
        SliceType.Clamp(ref start, ref end, s.Length);
        return s;
    }

    private static long Find(nint self, ReadOnlySpan<nint> args, string name, bool reverse)
    {
        byte[] s = FindArgs(name, self, args, out byte[] sub, out long start, out long end);
        if (end - start < sub.Length || start > s.Length)
        {
            return -1;
        }
        ReadOnlySpan<byte> window = s.AsSpan((int)start, (int)(end - start));
        int idx = reverse ? window.LastIndexOf(sub) : window.IndexOf(sub);
        if (reverse && sub.Length == 0)
        {
            idx = window.Length;
        }
        return idx < 0 ? -1 : start + idx;
    }

    private static nint FindOrRaise(nint self, ReadOnlySpan<nint> args, string name, bool reverse)
    {
        long r = Find(self, args, name, reverse);
        if (r < 0)
        {
            throw Errors.ValueError("subsection not found");
        }
        return IntType.FromLong(r);
    }

    private static nint Count(nint self, ReadOnlySpan<nint> args)
    {
        byte[] s = FindArgs("count", self, args, out byte[] sub, out long start, out long end);
        if (end - start < sub.Length || start > s.Length)
        {
            return IntType.FromLong(0);
        }
        if (sub.Length == 0)
        {
            return IntType.FromLong(end - start + 1);
        }
        long n = 0;
        ReadOnlySpan<byte> window = s.AsSpan((int)start, (int)(end - start));
        int pos = 0;
        while (true)
        {
            int idx = window.Slice(pos).IndexOf(sub);
            if (idx < 0)
            {
                break;
            }
            n++;
            pos += idx + sub.Length;
        }
        return IntType.FromLong(n);
    }

    private static nint Replace(nint self, ReadOnlySpan<nint> args, bool mutable)
    {
        Args.Range("replace", args, 2, 3);
        byte[] old = Buffer(args[0]);
        byte[] nw = Buffer(args[1]);
        long count = args.Length == 3 ? IndexValue(args[2]) : -1;
        byte[] s = Data(self).ToArray();
        if (count < 0)
        {
            count = long.MaxValue;
        }
        var r = new List<byte>(s.Length);
        long done = 0;
        if (count == 0 || (old.Length == 0 && nw.Length == 0) || old.Length > s.Length)
        {
            return ReturnSelf(self, mutable);
        }
        if (old.Length == 0)
        {
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count)
                {
                    r.AddRange(nw);
                    done++;
                }
                if (i < s.Length)
                {
                    r.Add(s[i]);
                }
            }
        }
        else
        {
            int pos = 0;
            while (done < count)
            {
                int idx = s.AsSpan(pos).IndexOf(old);
                if (idx < 0)
                {
                    break;
                }
                r.AddRange(s.AsSpan(pos, idx));
                r.AddRange(nw);
                pos += idx + old.Length;
                done++;
            }
            if (done == 0)
            {
                return ReturnSelf(self, mutable);
            }
            r.AddRange(s.AsSpan(pos));
        }
        return NewFilled(mutable, r.ToArray());
    }

    private static nint Pad(nint self, ReadOnlySpan<nint> args, bool mutable, string name)
    {
        Args.Range(name, args, 1, 2);
        long width = IndexValue(args[0]);
        byte fill = (byte)' ';
        if (args.Length > 1)
        {
            if (!BytesObject.TryGetBuffer(args[1], out ReadOnlySpan<byte> f) || f.Length != 1)
            {
                throw Errors.TypeError(name + "() argument 2 must be a byte string of length 1, not " + Ob.TypeOf(args[1]).Name);
            }
            fill = f[0];
        }
        ReadOnlySpan<byte> d = Data(self);
        if (d.Length >= width)
        {
            return ReturnSelf(self, mutable);
        }
        long marg = width - d.Length;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        byte[] r = new byte[width];
        r.AsSpan().Fill(fill);
        d.CopyTo(r.AsSpan((int)left));
        return NewFilled(mutable, r);
    }

    private static nint Partition(nint self, ReadOnlySpan<nint> args, bool mutable, bool right)
    {
        Args.Exact(right ? "rpartition" : "partition", args, 1);
        byte[] sep = Buffer(args[0]);
        if (sep.Length == 0)
        {
            throw Errors.ValueError("empty separator");
        }
        byte[] s = Data(self).ToArray();
        int pos = right ? s.AsSpan().LastIndexOf(sep) : s.AsSpan().IndexOf(sep);
        nint sepObj = mutable ? ByteArrayType.FromSpan(sep) : Ob.NewRef(args[0]);
        if (pos < 0)
        {
            Ob.Decref(sepObj);
            nint whole = mutable ? ByteArrayType.FromSpan(s) : (BytesObject.IsBytes(self) ? Ob.NewRef(self) : BytesObject.FromSpan(s));
            nint e1 = New(mutable, ReadOnlySpan<byte>.Empty), e2 = New(mutable, ReadOnlySpan<byte>.Empty);
            return right ? TupleType.Pack(e1, e2, whole) : TupleType.Pack(whole, e1, e2);
        }
        return TupleType.Pack(New(mutable, s.AsSpan(0, pos)), sepObj, New(mutable, s.AsSpan(pos + sep.Length)));
    }

    private static nint SplitLines(nint self, ReadOnlySpan<nint> args, nint kw, bool mutable)
    {
        var a = Args.Parse("splitlines", args, kw, ["keepends"], 0);
        bool keepends = a[0] != 0 && Abstract.IsTrue(a[0]);
        byte[] s = Data(self).ToArray();
        nint list = ListType.New(0);
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (i < s.Length && s[i] != '\n' && s[i] != '\r')
            {
                i++;
            }
            int eol = i;
            if (i < s.Length)
            {
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i += 2;
                }
                else
                {
                    i++;
                }
                if (keepends)
                {
                    eol = i;
                }
            }
            nint item = j == 0 && eol == s.Length && !mutable && BytesObject.IsBytes(self)
                ? Ob.NewRef(self)
                : New(mutable, s.AsSpan(j, eol - j));
            ListType.AppendSteal(list, item);
        }
        return list;
    }

    private static nint RemoveAffix(nint self, ReadOnlySpan<nint> args, bool mutable, bool prefix)
    {
        Args.Exact(prefix ? "removeprefix" : "removesuffix", args, 1);
        byte[] affix = Buffer(args[0]);
        ReadOnlySpan<byte> d = Data(self);
        if (affix.Length > 0 && (prefix ? d.StartsWith(affix) : d.EndsWith(affix)))
        {
            return New(mutable, prefix ? d.Slice(affix.Length) : d.Slice(0, d.Length - affix.Length));
        }
        return ReturnSelf(self, mutable);
    }
}
