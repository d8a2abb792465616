// Mirrors CPython Objects/bytesobject.c and Include/cpython/bytesobject.h: immutable byte strings.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>bytes</c> in CPython 3.12's layout (PyBytesObject): header, ob_size at +16, ob_shash at +24 (-1 until
/// computed), the bytes from +32 followed by a NUL (sizeof 33 + n). The empty bytes object and the 256
/// one-byte objects are immortal singletons, as CPython 3.12's statically allocated ones.
/// </summary>
internal static unsafe class BytesObject
{
    public const int HashOffset = 24;
    public const int DataOffset = 32;
    /// <summary>PyBytesObject_SIZE: offsetof(ob_sval) + 1.</summary>
    public const int BasicSize = 33;

    private static nint[] characters = new nint[256];
    public static nint Empty;

    public static void Reset()
    {
        characters = new nint[256];
        Empty = 0;
    }

    /// <summary>Frees the immortal empty and one-byte objects (runtime shutdown).</summary>
    public static void FreeImmortals()
    {
        for (int i = 0; i < characters.Length; i++)
        {
            if (characters[i] != 0)
            {
                Mem.Free(characters[i]);
                characters[i] = 0;
            }
        }
        if (Empty != 0)
        {
            Mem.Free(Empty);
            Empty = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBytes(nint o) => Ob.Type(o) == BytesType.Instance.Address;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Length(nint o) => *(long*)(o + Ob.SizeOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Data(nint o) => (byte*)(o + DataOffset);

    public static ReadOnlySpan<byte> Span(nint o) => new((void*)(o + DataOffset), (int)Length(o));

    /// <summary>_PyBytes_FromSize: a new, uninitialised bytes object of n bytes (the empty singleton for 0).</summary>
    public static nint AllocRaw(long n)
    {
        if (n == 0 && Empty != 0)
        {
            return Empty;
        }
        return AllocFresh(n);
    }

    /// <summary>A new object even for 0 bytes (bytes_repeat allocates directly).</summary>
    public static nint AllocFresh(long n)
    {
        if (n > int.MaxValue - 64)
        {
            throw Errors.MemoryError();
        }
        nint o = Mem.Alloc(BasicSize + n);
        *(long*)o = 1;
        *(nint*)(o + Ob.TypeOffset) = BytesType.Instance.Address;
        *(long*)(o + Ob.SizeOffset) = n;
        *(long*)(o + HashOffset) = -1;
        ((byte*)(o + DataOffset))[n] = 0;
        return o;
    }

    /// <summary>PyBytes_FromStringAndSize(str, n) with str != NULL: singletons for 0 and 1 byte.</summary>
    public static nint FromSpan(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return Empty;
        }
        if (data.Length == 1)
        {
            return Character(data[0]);
        }
        return Fresh(data);
    }

    /// <summary>PyBytes_FromStringAndSize(NULL, n) filled afterwards: a new object unless empty.</summary>
    public static nint Fresh(ReadOnlySpan<byte> data)
    {
        nint o = AllocRaw(data.Length);
        if (data.Length > 0)
        {
            data.CopyTo(new Span<byte>((void*)(o + DataOffset), data.Length));
        }
        return o;
    }

    public static nint Character(int c)
    {
        nint o = characters[c];
        if (o != 0)
        {
            return o;
        }
        o = AllocFresh(1);
        Data(o)[0] = (byte)c;
        Ob.MakeImmortal(o);
        characters[c] = o;
        return o;
    }

    public static nint NewEmptyImmortal()
    {
        nint o = AllocFresh(0);
        Ob.MakeImmortal(o);
        Empty = o;
        return o;
    }

    public static long Hash(nint o)
    {
        long h = *(long*)(o + HashOffset);
        if (h != -1)
        {
            return h;
        }
        h = HashSpan(Span(o));
        *(long*)(o + HashOffset) = h;
        return h;
    }

    /// <summary>_Py_HashBytes: 0 for empty, otherwise siphash13 (as str's hash of the same bytes).</summary>
    public static long HashSpan(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return 0;
        }
        long h;
        fixed (byte* p = data)
        {
            h = (long)SipHash13.Hash(0, 0, p, data.Length);
        }
        return h == -1 ? -2 : h;
    }

    /// <summary>PyBytes_Repr with smart quotes; bytearray's repr escapes ' even inside double quotes.</summary>
    public static string Repr(ReadOnlySpan<byte> b, bool alwaysEscapeSingle = false)
    {
        bool hasSingle = b.IndexOf((byte)'\'') >= 0;
        bool hasDouble = b.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte x in b)
        {
            if (x == quote || x == '\\' || (alwaysEscapeSingle && x == '\''))
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
                sb.Append("\\x").Append(x.ToString("x2"));
            }
            else
            {
                sb.Append((char)x);
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>The bytes of a bytes-like object (bytes or bytearray), or false (the buffer protocol).</summary>
    public static bool TryGetBuffer(nint o, out ReadOnlySpan<byte> data)
    {
        PyType t = Ob.TypeOf(o);
        if (t.IsSubtypeOf(BytesType.Instance))
        {
            data = Span(o);
            return true;
        }
        if (t.IsSubtypeOf(ByteArrayType.Instance))
        {
            data = ByteArrayType.Span(o);
            return true;
        }
        data = default;
        return false;
    }

    public static bool IsBytesLike(nint o) => TryGetBuffer(o, out _);

    /// <summary>_getbytevalue: an int (or __index__) in range(0, 256).</summary>
    public static byte ByteValue(nint item) => ByteValue(item, "byte must be in range(0, 256)");

    public static byte ByteValue(nint item, string rangeMessage)
    {
        long v;
        if (IntType.IsInt(item))
        {
            if (!IntType.TryGetLong(item, out v))
            {
                throw Errors.ValueError(rangeMessage);
            }
        }
        else
        {
            nint idx = UserSlots.IndexOf(item);
            if (idx == 0)
            {
                throw Errors.TypeError("'" + Ob.TypeOf(item).Name + "' object cannot be interpreted as an integer");
            }
            bool ok = IntType.TryGetLong(idx, out v);
            Ob.Decref(idx);
            if (!ok)
            {
                throw Errors.ValueError(rangeMessage);
            }
        }
        if (v < 0 || v >= 256)
        {
            throw Errors.ValueError(rangeMessage);
        }
        return (byte)v;
    }

    /// <summary>Lexicographic comparison of two byte strings (bytes_richcompare / bytearray_richcompare).</summary>
    public static nint Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = a.SequenceEqual(b);
            return BoolObject.NewRef(op == CompareOp.Eq ? eq : !eq);
        }
        int c = a.SequenceCompareTo(b);
        return BoolObject.NewRef(Objects.Compare.Holds(Math.Sign(c), op));
    }

    /// <summary>bytes(x) / bytearray(x) from an iterable of ints (not a buffer, str or int).</summary>
    public static byte[] FromIterable(nint x, string typeName)
    {
        nint list;
        if (ListType.IsList(x) || Ob.Type(x) == TupleType.Instance.Address)
        {
            list = Abstract.SequenceToList(x);
        }
        else
        {
            nint it;
            try
            {
                it = Abstract.GetIter(x);
            }
            catch (PyException e) when (e.PyType == ExceptionType.TypeError)
            {
                e.Release();
                throw Errors.TypeError("cannot convert '" + Ob.TypeOf(x).Name + "' object to " + typeName);
            }
            try
            {
                list = Abstract.SequenceToList(it);
            }
            finally
            {
                Ob.Decref(it);
            }
        }
        try
        {
            long n = ListType.Count(list);
            var r = new byte[n];
            for (long i = 0; i < n; i++)
            {
                r[i] = ByteValue(ListType.Item(list, i), typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            return r;
        }
        finally
        {
            Ob.Decref(list);
        }
    }
}

/// <summary>The <c>bytes</c> type: operators and construction; the shared methods live in <see cref="BytesMethods"/>.</summary>
internal sealed unsafe class BytesType : PyType, TypeAttributeProvider
{
    public static readonly BytesType Instance = new();

    private BytesType() : base("bytes", BytesObject.BasicSize, 1, false, ObjectType.Instance)
    {
        BytesMethods.Install(this, mutable: false);
        this.AddMethod("__bytes__", (self, args, kw) =>
        {
            Args.Exact("bytes.__bytes__", args, 0);
            return Ob.Type(self) == Instance.Address ? Ob.NewRef(self) : BytesObject.FromSpan(BytesObject.Span(self));
        });
        this.AddMethod("__getnewargs__", (self, args, kw) =>
        {
            Args.Exact("bytes.__getnewargs__", args, 0);
            return TupleType.Pack(BytesObject.FromSpan(BytesObject.Span(self)));
        });
    }

    public nint GetTypeAttribute(string name) => BytesMethods.TypeAttribute(this, name);

    public override long SizeOf(nint o) => BytesObject.BasicSize + BytesObject.Length(o);

    public override string Repr(nint o) => BytesObject.Repr(BytesObject.Span(o));

    public override long Hash(nint o) => BytesObject.Hash(o);

    public override bool? Bool(nint o) => BytesObject.Length(o) != 0;

    public override long Length(nint o) => BytesObject.Length(o);

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!BytesObject.IsBytes(b) && !Ob.TypeOf(b).IsSubtypeOf(Instance))
        {
            return 0;
        }
        return BytesObject.Compare(BytesObject.Span(a), BytesObject.Span(b), op);
    }

    public override bool? Contains(nint o, nint item) => BytesMethods.Contains(BytesObject.Span(o), item);

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (op >= BinaryOp.InplaceAdd)
        {
            op -= BinaryOp.InplaceAdd;
        }
        if (op == BinaryOp.Add && Ob.TypeOf(a).IsSubtypeOf(Instance))
        {
            // bytes_concat (sq_concat of the left operand).
            if (!BytesObject.TryGetBuffer(b, out ReadOnlySpan<byte> vb))
            {
                if (Abstract.HasReflected(b, "__radd__"))
                {
                    return 0;
                }
                throw Errors.TypeError("can't concat " + Ob.TypeOf(b).Name + " to " + Ob.TypeOf(a).Name);
            }
            ReadOnlySpan<byte> va = BytesObject.Span(a);
            if (va.Length == 0 && BytesObject.IsBytes(b))
            {
                return Ob.NewRef(b);
            }
            if (vb.Length == 0 && BytesObject.IsBytes(a))
            {
                return Ob.NewRef(a);
            }
            nint r = BytesObject.AllocRaw(va.Length + (long)vb.Length);
            va.CopyTo(new Span<byte>(BytesObject.Data(r), va.Length));
            vb.CopyTo(new Span<byte>(BytesObject.Data(r) + va.Length, vb.Length));
            return r;
        }
        if (op == BinaryOp.Multiply)
        {
            bool left = Ob.TypeOf(a).IsSubtypeOf(Instance);
            nint s = left ? a : b;
            nint n = left ? b : a;
            if (!Ob.TypeOf(s).IsSubtypeOf(Instance) || !IntType.IsInt(n))
            {
                return 0;
            }
            return Repeat(s, BytesMethods.RepeatCount(n));
        }
        if (op == BinaryOp.Remainder && Ob.TypeOf(a).IsSubtypeOf(Instance))
        {
            return BytesFormat.Percent(a, BytesObject.Span(a), b, mutable: false);
        }
        return 0;
    }

    /// <summary>bytes_repeat: the object itself when the size does not change, otherwise a new object.</summary>
    private static nint Repeat(nint s, long count)
    {
        long n = BytesObject.Length(s);
        if (count < 0)
        {
            count = 0;
        }
        if (count > 0 && n > int.MaxValue / count)
        {
            throw Errors.MemoryError();
        }
        long size = n * count;
        if (size == n && BytesObject.IsBytes(s))
        {
            return Ob.NewRef(s);
        }
        nint r = BytesObject.AllocFresh(size);
        ReadOnlySpan<byte> src = BytesObject.Span(s);
        for (long i = 0; i < count; i++)
        {
            src.CopyTo(new Span<byte>(BytesObject.Data(r) + i * n, (int)n));
        }
        return r;
    }

    public override nint GetItem(nint o, nint key)
    {
        long n = BytesObject.Length(o);
        if (IntType.IsInt(key) || UserSlots.Has(key, "__index__"))
        {
            long i = BytesMethods.IndexValue(key);
            if (i < 0)
            {
                i += n;
            }
            if (i < 0 || i >= n)
            {
                throw Errors.IndexError("index out of range");
            }
            return IntType.FromLong(BytesObject.Data(o)[i]);
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long _, out long step, out long len);
            if (len <= 0)
            {
                return BytesObject.Empty;
            }
            if (start == 0 && step == 1 && len == n && BytesObject.IsBytes(o))
            {
                return Ob.NewRef(o);
            }
            if (step == 1)
            {
                return BytesObject.FromSpan(BytesObject.Span(o).Slice((int)start, (int)len));
            }
            nint r = BytesObject.AllocRaw(len);
            byte* src = BytesObject.Data(o);
            byte* dst = BytesObject.Data(r);
            for (long i = 0, j = start; i < len; i++, j += step)
            {
                dst[i] = src[j];
            }
            return r;
        }
        throw Errors.TypeError("byte indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override nint Iter(nint o) => BytesIterType.Bytes.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        var a = Args.Parse("bytes", args, kwnames, ["source", "encoding", "errors"], 0);
        nint x = a[0];
        if (x == 0)
        {
            if (a[1] != 0 || a[2] != 0)
            {
                throw Errors.TypeError(a[1] != 0 ? "encoding without a string argument" : "errors without a string argument");
            }
            return BytesObject.Empty;
        }
        if (a[1] != 0 || a[2] != 0)
        {
            if (!StrObject.IsStr(x))
            {
                throw Errors.TypeError(a[1] != 0 ? "encoding without a string argument" : "errors without a string argument");
            }
            return Codecs.Encode(x, a[1], a[2]);
        }
        if (StrObject.IsStr(x))
        {
            throw Errors.TypeError("string argument without an encoding");
        }
        if (BytesObject.IsBytes(x))
        {
            return Ob.NewRef(x); // bytes.__bytes__ returns the object itself
        }
        if (Ob.TypeOf(x) is ClassType && UserSlots.Has(x, "__bytes__"))
        {
            nint r = UserSlots.TryCall(x, "__bytes__", []);
            if (!Ob.TypeOf(r).IsSubtypeOf(Instance))
            {
                string name = Ob.TypeOf(r).Name;
                Ob.Decref(r);
                throw Errors.TypeError("__bytes__ returned non-bytes (type " + name + ")");
            }
            return r;
        }
        if (BytesObject.TryGetBuffer(x, out ReadOnlySpan<byte> buf))
        {
            return BytesObject.Fresh(buf); // _PyBytes_FromBuffer
        }
        if (IntType.IsInt(x) || UserSlots.Has(x, "__index__"))
        {
            long size = BytesMethods.IndexValue(x);
            if (size < 0)
            {
                throw Errors.ValueError("negative count");
            }
            nint r = BytesObject.AllocRaw(size);
            new Span<byte>(BytesObject.Data(r), (int)size).Clear();
            return r;
        }
        return BytesObject.FromSpan(BytesObject.FromIterable(x, "bytes"));
    }
}

/// <summary>bytes_iterator and bytearray_iterator: it_index at +16, it_seq at +24 (GC objects).</summary>
internal sealed unsafe class BytesIterType : IndexSeqIterType
{
    public static readonly BytesIterType Bytes = new("bytes_iterator");
    public static readonly BytesIterType ByteArray = new("bytearray_iterator");

    private BytesIterType(string name) : base(name)
    {
        this.AddMethod("__length_hint__", (self, args, kw) =>
        {
            nint seq = *(nint*)(self + 24);
            long n = seq == 0 ? 0 : Math.Max(0, Ob.TypeOf(seq).Length(seq) - *(long*)(self + 16));
            return IntType.FromLong(n);
        });
    }

    public nint New(nint seq) => NewIter(seq, 0);

    public override nint IterNext(nint o)
    {
        nint seq = *(nint*)(o + 24);
        if (seq == 0)
        {
            return 0;
        }
        long i = *(long*)(o + 16);
        ReadOnlySpan<byte> data = this == Bytes ? BytesObject.Span(seq) : ByteArrayType.Span(seq);
        if (i < data.Length)
        {
            *(long*)(o + 16) = i + 1;
            return IntType.FromLong(data[(int)i]);
        }
        return Exhaust(o);
    }
}
