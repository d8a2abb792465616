// Mirrors CPython Objects/unicodeobject.c: the str type's slots and everyday methods.
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>The <c>str</c> type: operators and methods. Layout helpers live in <see cref="StrObject"/>.</summary>
internal sealed unsafe class StrType : PyType
{
    public static readonly StrType Instance = new();

    private StrType() : base("str", 40, 1, false, ObjectType.Instance)
    {
        this.AddMethod("join", Join);
        this.AddMethod("split", Split);
        this.AddMethod("strip", (self, args, kw) => Strip(self, args, true, true));
        this.AddMethod("lstrip", (self, args, kw) => Strip(self, args, true, false));
        this.AddMethod("rstrip", (self, args, kw) => Strip(self, args, false, true));
        this.AddMethod("replace", Replace);
        this.AddMethod("startswith", (self, args, kw) => Affix(self, args, true));
        this.AddMethod("endswith", (self, args, kw) => Affix(self, args, false));
        this.AddMethod("upper", (self, args, kw) =>
        {
            Args.Exact("str.upper", args, 0);
            return StrObject.New(UnicodeCase.Upper(StrObject.ToManaged(self)));
        });
        this.AddMethod("lower", (self, args, kw) =>
        {
            Args.Exact("str.lower", args, 0);
            return StrObject.New(UnicodeCase.Lower(StrObject.ToManaged(self)));
        });
        this.AddMethod("find", (self, args, kw) => IntType.FromLong(Find(self, args)));
        this.AddMethod("count", Count);
        this.AddMethod("isdigit", (self, args, kw) =>
        {
            Args.Exact("str.isdigit", args, 0);
            return BoolObject.NewRef(StrObject.Length(self) > 0 && StrObject.ToManaged(self).All(char.IsDigit));
        });
        this.AddMethod("isalpha", (self, args, kw) =>
        {
            Args.Exact("str.isalpha", args, 0);
            return BoolObject.NewRef(StrObject.Length(self) > 0 && StrObject.ToManaged(self).All(char.IsLetter));
        });
        this.AddMethod("format", StrFormat.Format);
        this.AddMethod("format_map", StrFormat.FormatMap);
        this.AddMethod("__format__", (self, args, kw) =>
        {
            Args.Exact("str.__format__", args, 1);
            if (!StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError("__format__() argument must be str, not " + Ob.TypeOf(args[0]).Name);
            }
            return FormatSpec.Format(self, args[0]);
        });
        this.AddMethod("encode", (self, args, kw) =>
        {
            var a = Args.Parse("encode", args, kw, ["encoding", "errors"], 0);
            return Codecs.Encode(self, a[0], a[1]);
        });
        StrMethods.Install(this);
    }

    public override long SizeOf(nint o) => StrObject.SizeOf(o);

    public override string Repr(nint o) => StrObject.Repr(StrObject.ToManaged(o));

    public override string Str(nint o) => StrObject.ToManaged(o);

    public override long Hash(nint o) => StrObject.Hash(o);

    public override bool? Bool(nint o) => StrObject.Length(o) != 0;

    public override long Length(nint o) => StrObject.Length(o);

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!StrObject.IsStr(b))
        {
            return 0;
        }
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = StrObject.EqualStr(a, b);
            return BoolObject.NewRef(op == CompareOp.Eq ? eq : !eq);
        }
        return BoolObject.NewRef(Compare.Holds(StrObject.CompareStr(a, b), op));
    }

    public override bool? Contains(nint o, nint item)
    {
        if (!StrObject.IsStr(item))
        {
            throw Errors.TypeError("'in <string>' requires string as left operand, not " + Ob.TypeOf(item).Name);
        }
        return StrObject.ToManaged(o).Contains(StrObject.ToManaged(item), StringComparison.Ordinal);
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (op >= BinaryOp.InplaceAdd)
        {
            op -= BinaryOp.InplaceAdd;
        }
        if (op == BinaryOp.Add && StrObject.IsStr(a))
        {
            if (!StrObject.IsStr(b))
            {
                if (Abstract.HasReflected(b, "__radd__"))
                {
                    return 0; // sq_concat runs only after the right operand's __radd__ had its turn
                }
                throw Errors.TypeError("can only concatenate str (not \"" + Ob.TypeOf(b).Name + "\") to str");
            }
            if (StrObject.Length(b) == 0)
            {
                return Ob.NewRef(a);
            }
            if (StrObject.Length(a) == 0)
            {
                return Ob.NewRef(b);
            }
            return StrObject.Concat(a, b);
        }
        if (op == BinaryOp.Multiply)
        {
            nint s = StrObject.IsStr(a) ? a : b;
            nint n = s == a ? b : a;
            if (!StrObject.IsStr(s) || !IntType.IsInt(n))
            {
                return 0;
            }
            long count = IntType.AsLong(n);
            if (count <= 0)
            {
                return StrObject.Empty;
            }
            if (count == 1)
            {
                return Ob.NewRef(s);
            }
            string text = StrObject.ToManaged(s);
            if ((long)text.Length * count > int.MaxValue / 2)
            {
                throw Errors.MemoryError();
            }
            var sb = new StringBuilder(text.Length * (int)count);
            for (long i = 0; i < count; i++)
            {
                sb.Append(text);
            }
            return StrObject.New(sb.ToString());
        }
        if (op == BinaryOp.Remainder && StrObject.IsStr(a))
        {
            return StrFormat.Percent(a, b);
        }
        return 0;
    }

    public override nint GetItem(nint o, nint key)
    {
        long n = StrObject.Length(o);
        if (IntType.IsInt(key))
        {
            long i = IntType.AsLong(key);
            if (i < 0)
            {
                i += n;
            }
            if (i < 0 || i >= n)
            {
                throw Errors.IndexError("string index out of range");
            }
            int c = StrObject.CodePointAt(o, i);
            return c < 256 ? StrObject.Latin1Char(c) : StrObject.FromCodePoints([c]);
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long stop, out long step, out long len);
            if (step == 1)
            {
                return StrObject.Substring(o, start, len);
            }
            int[] cps = new int[len];
            for (long i = 0, j = start; i < len; i++, j += step)
            {
                cps[i] = StrObject.CodePointAt(o, j);
            }
            return StrObject.FromCodePoints(cps);
        }
        nint byIndex = Abstract.GetItemByIndex(this, o, key);
        if (byIndex != 0)
        {
            return byIndex;
        }
        throw Errors.TypeError("string indices must be integers, not '" + Ob.TypeOf(key).Name + "'");
    }

    public override nint Iter(nint o) => SeqIterType.StrIter.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length == 0)
        {
            return StrObject.Empty;
        }
        if (args.Length > 3)
        {
            throw Errors.TypeError("str() takes at most 3 arguments (" + args.Length + " given)");
        }
        if (args.Length > 1)
        {
            if (!StrObject.IsStr(args[1]))
            {
                throw Errors.TypeError("str() argument 'encoding' must be str, not " + Ob.TypeOf(args[1]).Name);
            }
            if (args.Length > 2 && !StrObject.IsStr(args[2]))
            {
                throw Errors.TypeError("str() argument 'errors' must be str, not " + Ob.TypeOf(args[2]).Name);
            }
            if (StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError("decoding str is not supported");
            }
            if (!BytesObject.TryGetBuffer(args[0], out ReadOnlySpan<byte> data))
            {
                throw Errors.TypeError("decoding to str: need a bytes-like object, " + Ob.TypeOf(args[0]).Name + " found");
            }
            return Codecs.Decode(data, args[1], args.Length > 2 ? args[2] : 0, "str");
        }
        return Abstract.Str(args[0]);
    }

    private static nint Join(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("str.join", args, 1);
        nint seq = Abstract.SequenceToList(args[0], "can only join an iterable");
        try
        {
            long n = ListType.Count(seq);
            if (n == 1 && StrObject.IsStr(ListType.Item(seq, 0)))
            {
                return Ob.NewRef(ListType.Item(seq, 0));
            }
            var sb = new StringBuilder();
            string sep = StrObject.ToManaged(self);
            for (long i = 0; i < n; i++)
            {
                nint item = ListType.Item(seq, i);
                if (!StrObject.IsStr(item))
                {
                    throw Errors.TypeError("sequence item " + i + ": expected str instance, " + Ob.TypeOf(item).Name + " found");
                }
                if (i > 0)
                {
                    sb.Append(sep);
                }
                sb.Append(StrObject.ToManaged(item));
            }
            return StrObject.New(sb.ToString());
        }
        finally
        {
            Ob.Decref(seq);
        }
    }

    /// <summary>Py_UNICODE_ISSPACE: .NET's white space plus the information separators U+001C..U+001F.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    /// <summary>
    /// Objects/stringlib/split.h (3.12): the result list is pre-sized (PREALLOC_SIZE, at most 12 slots; with no
    /// maxsplit, from the length of the string), grows by list_resize past 12 items, and is [self] itself
    /// when nothing was split off.
    /// </summary>
    private static nint Split(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        var a = Args.Parse("split", args, kw, ["sep", "maxsplit"], 0);
        string s = StrObject.ToManaged(self);
        nint sepObj = a[0];
        long maxsplit = a[1] == 0 ? -1 : IntType.AsLong(a[1]);
        bool whitespace = sepObj == 0 || sepObj == Singletons.None;
        if (!whitespace && !StrObject.IsStr(sepObj))
        {
            throw Errors.TypeError("must be str or None, not " + Ob.TypeOf(sepObj).Name);
        }
        long len1 = StrObject.Length(self);
        long maxcount = maxsplit;
        var parts = new List<string?>(); // null: self
        if (whitespace)
        {
            if (maxcount < 0)
            {
                maxcount = (len1 - 1) / 2 + 1;
            }
            int i = 0;
            long left = maxcount;
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
                    parts.Add(null);
                    break;
                }
                parts.Add(s.Substring(j, i - j));
            }
            if (i < s.Length)
            {
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                if (i != s.Length)
                {
                    parts.Add(s.Substring(i));
                }
            }
        }
        else
        {
            string sep = StrObject.ToManaged(sepObj);
            long len2 = StrObject.Length(sepObj);
            if (len2 == 0)
            {
                throw Errors.ValueError("empty separator");
            }
            if (len1 < len2)
            {
                nint one = ListType.New(1);
                ListType.SetItemInit(one, 0, Ob.NewRef(self));
                return one;
            }
            if (maxcount < 0)
            {
                maxcount = len1 / len2 + 1;
            }
            int start = 0;
            long left = maxcount;
            while (left-- > 0)
            {
                int idx = s.IndexOf(sep, start, StringComparison.Ordinal);
                if (idx < 0)
                {
                    break;
                }
                parts.Add(s.Substring(start, idx - start));
                start = idx + sep.Length;
            }
            parts.Add(parts.Count == 0 ? null : s.Substring(start));
        }
        const int MaxPrealloc = 12;
        long prealloc = maxcount >= MaxPrealloc ? MaxPrealloc : maxcount + 1;
        nint list = ListType.New(prealloc);
        for (int i = 0; i < parts.Count; i++)
        {
            nint item = parts[i] is { } p ? StrObject.New(p) : Ob.NewRef(self);
            if (i < MaxPrealloc)
            {
                ListType.SetItemInit(list, i, item);
            }
            else
            {
                ListType.AppendSteal(list, item);
            }
        }
        *(long*)(list + Ob.SizeOffset) = parts.Count;
        return list;
    }

    private static nint Strip(nint self, ReadOnlySpan<nint> args, bool left, bool right)
    {
        Args.Range(left && right ? "strip" : left ? "lstrip" : "rstrip", args, 0, 1);
        string s = StrObject.ToManaged(self);
        string r;
        if (args.Length == 0 || args[0] == Singletons.None)
        {
            r = left && right ? s.Trim() : left ? s.TrimStart() : s.TrimEnd();
        }
        else
        {
            if (!StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError((left && right ? "strip" : left ? "lstrip" : "rstrip") + " arg must be None or str");
            }
            char[] chars = StrObject.ToManaged(args[0]).ToCharArray();
            r = left && right ? s.Trim(chars) : left ? s.TrimStart(chars) : s.TrimEnd(chars);
        }
        if (r.Length == s.Length)
        {
            return Ob.NewRef(self);
        }
        return StrObject.New(r);
    }

    private static nint Replace(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("replace", args, 2, 3);
        for (int k = 0; k < 2; k++)
        {
            if (!StrObject.IsStr(args[k]))
            {
                throw Errors.TypeError("replace() argument " + (k + 1) + " must be str, not " + Ob.TypeOf(args[k]).Name);
            }
        }
        string s = StrObject.ToManaged(self);
        string old = StrObject.ToManaged(args[0]);
        string nw = StrObject.ToManaged(args[1]);
        long count = args.Length == 3 ? IntType.AsLong(args[2]) : -1;
        var sb = new StringBuilder();
        int pos = 0;
        long done = 0;
        bool changed = false;
        if (old.Length == 0)
        {
            for (int i = 0; i <= s.Length; i++)
            {
                if (count < 0 || done < count)
                {
                    sb.Append(nw);
                    done++;
                    changed = true;
                }
                if (i < s.Length)
                {
                    sb.Append(s[i]);
                }
            }
        }
        else
        {
            while (count < 0 || done < count)
            {
                int idx = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (idx < 0)
                {
                    break;
                }
                sb.Append(s, pos, idx - pos).Append(nw);
                pos = idx + old.Length;
                done++;
                changed = true;
            }
            sb.Append(s, pos, s.Length - pos);
        }
        if (!changed)
        {
            return Ob.NewRef(self);
        }
        return StrObject.New(sb.ToString(), fresh: true);
    }

    private static nint Affix(nint self, ReadOnlySpan<nint> args, bool prefix)
    {
        string name = prefix ? "startswith" : "endswith";
        Args.Between(name, args, 1, 3);
        string s = StrObject.ToManaged(self);
        long start = args.Length > 1 ? IntType.AsLong(args[1]) : 0;
        long end = args.Length > 2 ? IntType.AsLong(args[2]) : s.Length;
        SliceType.Clamp(ref start, ref end, s.Length);
        string sub = start <= end ? s.Substring((int)start, (int)(end - start)) : "";
        nint a0 = args[0];
        if (Ob.Type(a0) == TupleType.Instance.Address)
        {
            for (long i = 0; i < TupleType.Count(a0); i++)
            {
                string p = StrObject.ToManaged(Args.Str(TupleType.Item(a0, i), name));
                if (prefix ? sub.StartsWith(p, StringComparison.Ordinal) : sub.EndsWith(p, StringComparison.Ordinal))
                {
                    return BoolObject.True;
                }
            }
            return BoolObject.False;
        }
        if (!StrObject.IsStr(a0))
        {
            throw Errors.TypeError(name + " first arg must be str or a tuple of str, not " + Ob.TypeOf(a0).Name);
        }
        string affix = StrObject.ToManaged(a0);
        return BoolObject.NewRef(prefix ? sub.StartsWith(affix, StringComparison.Ordinal) : sub.EndsWith(affix, StringComparison.Ordinal));
    }

    /// <summary>stringlib_parse_args_finds: (sub[, start[, end]]) with slice-like start and end.</summary>
    private static string FindArgs(string name, nint self, ReadOnlySpan<nint> args, out long start, out long end)
    {
        Args.Between(name, args, 1, 3);
        if (!StrObject.IsStr(args[0]))
        {
            throw Errors.TypeError("must be str, not " + Ob.TypeOf(args[0]).Name);
        }
        string s = StrObject.ToManaged(self);
        start = args.Length > 1 && args[1] != Singletons.None ? IntType.AsLong(args[1]) : 0;
        end = args.Length > 2 && args[2] != Singletons.None ? IntType.AsLong(args[2]) : s.Length;
        SliceType.Clamp(ref start, ref end, s.Length);
        return s;
    }

    private static long Find(nint self, ReadOnlySpan<nint> args)
    {
        string s = FindArgs("find", self, args, out long start, out long end);
        string sub = StrObject.ToManaged(args[0]);
        if (end - start < sub.Length)
        {
            return -1;
        }
        return s.IndexOf(sub, (int)start, (int)(end - start), StringComparison.Ordinal);
    }

    private static nint Count(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        string s = FindArgs("count", self, args, out long start, out long end);
        string sub = StrObject.ToManaged(args[0]);
        if (end - start < sub.Length)
        {
            return IntType.FromLong(0);
        }
        if (sub.Length == 0)
        {
            return IntType.FromLong(end - start + 1);
        }
        long n = 0;
        int pos = (int)start;
        while ((pos = s.IndexOf(sub, pos, (int)(end - pos), StringComparison.Ordinal)) >= 0)
        {
            n++;
            pos += sub.Length;
            if (end - pos < sub.Length)
            {
                break;
            }
        }
        return IntType.FromLong(n);
    }
}
