// Mirrors CPython Objects/bytearrayobject.c: mutable byte strings with CPython's over-allocation.
namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>bytearray</c> (PyByteArrayObject, 56 bytes, not a GC type): ob_size at +16, ob_alloc at +24, ob_bytes
/// (the heap buffer, or NULL) at +32, ob_start (the logical start inside it) at +40, ob_exports at +48.
/// The buffer grows and shrinks as PyByteArray_Resize does, so sys.getsizeof (56 + ob_alloc) follows CPython.
/// </summary>
internal sealed unsafe class ByteArrayType : PyType, TypeAttributeProvider
{
    public const int AllocOffset = 24;
    public const int BytesOffset = 32;
    public const int StartOffset = 40;
    public const int ExportsOffset = 48;
    public const int ObjectSize = 56;

    public static readonly ByteArrayType Instance = new();

    private ByteArrayType() : base("bytearray", ObjectSize, 0, false, ObjectType.Instance)
    {
        BytesMethods.Install(this, mutable: true);
        this.AddMethod("append", (self, args, kw) =>
        {
            Args.Exact("bytearray.append", args, 1);
            byte v = BytesObject.ByteValue(args[0]);
            long n = Count(self);
            Resize(self, n + 1);
            Start(self)[n] = v;
            return Singletons.None;
        });
        this.AddMethod("extend", (self, args, kw) =>
        {
            Args.Exact("bytearray.extend", args, 1);
            Extend(self, args[0]);
            return Singletons.None;
        });
        this.AddMethod("pop", (self, args, kw) =>
        {
            Args.Range("pop", args, 0, 1);
            long n = Count(self);
            long index = args.Length > 0 ? BytesMethods.IndexValue(args[0]) : -1;
            if (n == 0)
            {
                throw Errors.IndexError("pop from empty bytearray");
            }
            if (index < 0)
            {
                index += n;
            }
            if (index < 0 || index >= n)
            {
                throw Errors.IndexError("pop index out of range");
            }
            byte* buf = Start(self);
            byte value = buf[index];
            Buffer.MemoryCopy(buf + index + 1, buf + index, n - index, n - index);
            Resize(self, n - 1);
            return IntType.FromLong(value);
        });
        this.AddMethod("insert", (self, args, kw) =>
        {
            Args.Range("insert", args, 2, 2);
            long index = BytesMethods.IndexValue(args[0]);
            byte item = BytesObject.ByteValue(args[1]);
            long n = Count(self);
            Resize(self, n + 1);
            byte* buf = Start(self);
            if (index < 0)
            {
                index += n;
                if (index < 0)
                {
                    index = 0;
                }
            }
            if (index > n)
            {
                index = n;
            }
            Buffer.MemoryCopy(buf + index, buf + index + 1, n - index, n - index);
            buf[index] = item;
            return Singletons.None;
        });
        this.AddMethod("remove", (self, args, kw) =>
        {
            Args.Exact("bytearray.remove", args, 1);
            byte value = BytesObject.ByteValue(args[0]);
            long n = Count(self);
            int where = Span(self).IndexOf(value);
            if (where < 0)
            {
                throw Errors.ValueError("value not found in bytearray");
            }
            byte* buf = Start(self);
            Buffer.MemoryCopy(buf + where + 1, buf + where, n - where, n - where);
            Resize(self, n - 1);
            return Singletons.None;
        });
        this.AddMethod("reverse", (self, args, kw) =>
        {
            Args.Exact("bytearray.reverse", args, 0);
            new Span<byte>(Start(self), (int)Count(self)).Reverse();
            return Singletons.None;
        });
        this.AddMethod("clear", (self, args, kw) =>
        {
            Args.Exact("bytearray.clear", args, 0);
            Resize(self, 0);
            return Singletons.None;
        });
        this.AddMethod("copy", (self, args, kw) =>
        {
            Args.Exact("bytearray.copy", args, 0);
            return FromSpan(Span(self));
        });
        this.AddMethod("__alloc__", (self, args, kw) =>
        {
            Args.Exact("bytearray.__alloc__", args, 0);
            return IntType.FromLong(*(long*)(self + AllocOffset));
        });
    }

    public nint GetTypeAttribute(string name) => BytesMethods.TypeAttribute(this, name);

    public static bool IsByteArray(nint o) => Ob.TypeOf(o).IsSubtypeOf(Instance);

    public static long Count(nint o) => *(long*)(o + Ob.SizeOffset);

    public static byte* Start(nint o) => *(byte**)(o + StartOffset);

    public static ReadOnlySpan<byte> Span(nint o)
    {
        long n = Count(o);
        return n == 0 ? ReadOnlySpan<byte>.Empty : new ReadOnlySpan<byte>(Start(o), (int)n);
    }

    /// <summary>PyByteArray_FromStringAndSize: exactly n + 1 bytes allocated (nothing for an empty one).</summary>
    public static nint FromSpan(ReadOnlySpan<byte> data)
    {
        nint o = NewEmpty();
        if (data.Length > 0)
        {
            nint buf = Mem.Alloc(data.Length + 1);
            data.CopyTo(new Span<byte>((void*)buf, data.Length));
            ((byte*)buf)[data.Length] = 0;
            *(nint*)(o + BytesOffset) = buf;
            *(nint*)(o + StartOffset) = buf;
            *(long*)(o + AllocOffset) = data.Length + 1;
            *(long*)(o + Ob.SizeOffset) = data.Length;
        }
        return o;
    }

    private static nint NewEmpty()
    {
        nint o = Instance.AllocObject(ObjectSize);
        new Span<byte>((void*)(o + Ob.SizeOffset), ObjectSize - Ob.SizeOffset).Clear();
        return o;
    }

    /// <summary>PyByteArray_Resize: CPython's growth (size + size/8 + 3 or 6) and shrink rules.</summary>
    public static void Resize(nint o, long requested)
    {
        long size = Count(o);
        if (requested == size)
        {
            return;
        }
        if (*(long*)(o + ExportsOffset) > 0)
        {
            throw new PyException(ExceptionType.BufferError, "Existing exports of data: object cannot be re-sized");
        }
        ulong alloc = (ulong)*(long*)(o + AllocOffset);
        nint bytes = *(nint*)(o + BytesOffset);
        ulong logicalOffset = (ulong)(*(nint*)(o + StartOffset) - bytes);
        ulong req = (ulong)requested;
        if (req + logicalOffset + 1 <= alloc)
        {
            if (req < alloc / 2)
            {
                alloc = req + 1;
            }
            else
            {
                *(long*)(o + Ob.SizeOffset) = requested;
                Start(o)[requested] = 0;
                return;
            }
        }
        else
        {
            if (req <= alloc * 1.125)
            {
                alloc = req + (req >> 3) + (req < 9 ? 3UL : 6UL);
            }
            else
            {
                alloc = req + 1;
            }
        }
        if (alloc > int.MaxValue)
        {
            throw Errors.MemoryError();
        }
        nint sval;
        if (logicalOffset > 0)
        {
            sval = Mem.Alloc((long)alloc);
            long keep = Math.Min(requested, size);
            Buffer.MemoryCopy(Start(o), (void*)sval, keep, keep);
            Mem.Free(bytes);
        }
        else if (bytes == 0)
        {
            sval = Mem.Alloc((long)alloc);
        }
        else
        {
            sval = Mem.Realloc(bytes, (long)alloc);
        }
        *(nint*)(o + BytesOffset) = sval;
        *(nint*)(o + StartOffset) = sval;
        *(long*)(o + Ob.SizeOffset) = requested;
        *(long*)(o + AllocOffset) = (long)alloc;
        ((byte*)sval)[requested] = 0;
    }

    public override void Dealloc(nint o)
    {
        nint bytes = *(nint*)(o + BytesOffset);
        if (bytes != 0)
        {
            Mem.Free(bytes);
        }
        FreeObject(o);
    }

    public override long SizeOf(nint o) => ObjectSize + *(long*)(o + AllocOffset);

    public override string Repr(nint o)
    {
        string name = Ob.TypeOf(o).Name;
        return name + "(" + BytesObject.Repr(Span(o), alwaysEscapeSingle: true) + ")";
    }

    public override long Hash(nint o) => throw Errors.TypeError("unhashable type: '" + Ob.TypeOf(o).Name + "'");

    public override bool? Bool(nint o) => Count(o) != 0;

    public override long Length(nint o) => Count(o);

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!BytesObject.TryGetBuffer(b, out ReadOnlySpan<byte> vb))
        {
            return 0;
        }
        return BytesObject.Compare(Span(a), vb, op);
    }

    public override bool? Contains(nint o, nint item) => BytesMethods.Contains(Span(o), item);

    public override nint Iter(nint o) => BytesIterType.ByteArray.New(o);

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        bool inplace = op >= BinaryOp.InplaceAdd;
        BinaryOp plain = inplace ? (BinaryOp)(op - BinaryOp.InplaceAdd) : op;
        bool left = IsByteArray(a);
        if (plain == BinaryOp.Add && left)
        {
            if (!BytesObject.TryGetBuffer(b, out ReadOnlySpan<byte> vb))
            {
                if (Abstract.HasReflected(b, "__radd__"))
                {
                    return 0;
                }
                throw Errors.TypeError("can't concat " + Ob.TypeOf(b).Name + " to " + Ob.TypeOf(a).Name);
            }
            if (inplace)
            {
                byte[] copy = vb.ToArray();
                long size = Count(a);
                Resize(a, size + copy.Length);
                copy.CopyTo(new Span<byte>(Start(a) + size, copy.Length));
                return Ob.NewRef(a);
            }
            ReadOnlySpan<byte> va = Span(a);
            byte[] joined = new byte[va.Length + vb.Length];
            va.CopyTo(joined);
            vb.CopyTo(joined.AsSpan(va.Length));
            return FromSpan(joined);
        }
        if (plain == BinaryOp.Multiply)
        {
            nint s = left ? a : b;
            nint n = left ? b : a;
            if (!IsByteArray(s) || !IntType.IsInt(n))
            {
                return 0;
            }
            long count = Math.Max(0, BytesMethods.RepeatCount(n));
            long mysize = Count(s);
            if (count > 0 && mysize > int.MaxValue / count)
            {
                throw Errors.MemoryError();
            }
            byte[] src = Span(s).ToArray();
            if (inplace && left)
            {
                Resize(s, mysize * count);
                for (long i = 0; i < count; i++)
                {
                    src.CopyTo(new Span<byte>(Start(s) + i * mysize, src.Length));
                }
                return Ob.NewRef(s);
            }
            byte[] rep = new byte[mysize * count];
            for (long i = 0; i < count; i++)
            {
                src.CopyTo(rep.AsSpan((int)(i * mysize)));
            }
            return FromSpan(rep);
        }
        if (plain == BinaryOp.Remainder && left)
        {
            return BytesFormat.Percent(a, Span(a), b, mutable: true);
        }
        return 0;
    }

    public override nint GetItem(nint o, nint key)
    {
        long n = Count(o);
        if (IntType.IsInt(key) || UserSlots.Has(key, "__index__"))
        {
            long i = BytesMethods.IndexValue(key);
            if (i < 0)
            {
                i += n;
            }
            if (i < 0 || i >= n)
            {
                throw Errors.IndexError("bytearray index out of range");
            }
            return IntType.FromLong(Start(o)[i]);
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long _, out long step, out long len);
            if (step == 1 || len <= 0)
            {
                return FromSpan(len <= 0 ? ReadOnlySpan<byte>.Empty : Span(o).Slice((int)start, (int)len));
            }
            byte[] r = new byte[len];
            byte* src = Start(o);
            for (long i = 0, j = start; i < len; i++, j += step)
            {
                r[i] = src[j];
            }
            return FromSpan(r);
        }
        throw Errors.TypeError("bytearray indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override void SetItem(nint o, nint key, nint value) => AssignSubscript(o, key, value);

    public override void DelItem(nint o, nint key) => AssignSubscript(o, key, 0);

    /// <summary>bytearray_ass_subscript: value 0 deletes.</summary>
    private static void AssignSubscript(nint self, nint index, nint values)
    {
        long start, stop, step, slicelen;
        long n = Count(self);
        if (IntType.IsInt(index) || UserSlots.Has(index, "__index__"))
        {
            long i = BytesMethods.IndexValue(index);
            if (i < 0)
            {
                i += n;
            }
            if (i < 0 || i >= n)
            {
                throw Errors.IndexError("bytearray index out of range");
            }
            if (values != 0)
            {
                Start(self)[i] = BytesObject.ByteValue(values);
                return;
            }
            start = i;
            stop = i + 1;
            step = 1;
            slicelen = 1;
        }
        else if (SliceType.IsSlice(index))
        {
            SliceType.Indices(index, n, out start, out stop, out step, out slicelen);
        }
        else
        {
            throw Errors.TypeError("bytearray indices must be integers or slices, not " + Ob.TypeOf(index).Name);
        }
        byte[]? bytes = null;
        if (values != 0)
        {
            if (values == self || !IsByteArray(values))
            {
                if (IntType.IsInt(values) || FloatType.IsFloat(values) || StrObject.IsStr(values))
                {
                    throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                bytes = BytesObject.TryGetBuffer(values, out ReadOnlySpan<byte> vb) ? vb.ToArray() : BytesObject.FromIterable(values, "bytearray");
            }
            else
            {
                bytes = Span(values).ToArray();
            }
        }
        long needed = bytes?.Length ?? 0;
        if ((step < 0 && start < stop) || (step > 0 && start > stop))
        {
            stop = start;
        }
        if (step == 1)
        {
            SetSliceLinear(self, start, stop, bytes ?? []);
            return;
        }
        if (needed == 0)
        {
            if (slicelen == 0)
            {
                return;
            }
            if (step < 0)
            {
                stop = start + 1;
                start = stop + step * (slicelen - 1) - 1;
                step = -step;
            }
            byte* buf = Start(self);
            long size = Count(self);
            long cur;
            long k;
            for (cur = start, k = 0; k < slicelen; cur += step, k++)
            {
                long lim = step - 1;
                if (cur + step >= size)
                {
                    lim = size - cur - 1;
                }
                Buffer.MemoryCopy(buf + cur + 1, buf + cur - k, lim, lim);
            }
            cur = start + slicelen * step;
            if (cur < size)
            {
                Buffer.MemoryCopy(buf + cur, buf + cur - slicelen, size - cur, size - cur);
            }
            Resize(self, size - slicelen);
            return;
        }
        if (needed != slicelen)
        {
            throw Errors.ValueError("attempt to assign bytes of size " + needed + " to extended slice of size " + slicelen);
        }
        byte* b = Start(self);
        for (long cur = start, k = 0; k < slicelen; cur += step, k++)
        {
            b[cur] = bytes![k];
        }
    }

    /// <summary>bytearray_setslice_linear: deleting from the front advances ob_start instead of moving bytes.</summary>
    public static void SetSliceLinear(nint self, long lo, long hi, ReadOnlySpan<byte> bytes)
    {
        long avail = hi - lo;
        long growth = bytes.Length - avail;
        long size = Count(self);
        if (growth < 0)
        {
            if (lo == 0)
            {
                *(nint*)(self + StartOffset) -= (nint)growth;
            }
            else
            {
                byte* buf = Start(self);
                Buffer.MemoryCopy(buf + hi, buf + lo + bytes.Length, size - hi, size - hi);
            }
            Resize(self, size + growth);
        }
        else if (growth > 0)
        {
            Resize(self, size + growth);
            byte* buf = Start(self);
            long tomove = size + growth - lo - bytes.Length;
            Buffer.MemoryCopy(buf + hi, buf + lo + bytes.Length, tomove, tomove);
        }
        if (bytes.Length > 0)
        {
            bytes.CopyTo(new Span<byte>(Start(self) + lo, bytes.Length));
        }
    }

    /// <summary>bytearray_extend: a buffer is appended directly; other iterables go through a temporary bytearray.</summary>
    public static void Extend(nint self, nint iterable)
    {
        if (BytesObject.TryGetBuffer(iterable, out ReadOnlySpan<byte> buf))
        {
            byte[] copy = buf.ToArray();
            long n = Count(self);
            SetSliceLinear(self, n, n, copy);
            return;
        }
        nint it;
        try
        {
            it = Abstract.GetIter(iterable);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError)
        {
            e.Release();
            throw Errors.TypeError("can't extend bytearray with " + Ob.TypeOf(iterable).Name);
        }
        long bufSize = Abstract.LengthHint(iterable, 32);
        nint tmp = FromSpan(new byte[bufSize]);
        try
        {
            long len = 0;
            PyType itType = Ob.TypeOf(it);
            while (true)
            {
                nint item = itType.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                byte v;
                try
                {
                    v = BytesObject.ByteValue(item);
                }
                finally
                {
                    Ob.Decref(item);
                }
                Start(tmp)[len++] = v;
                if (len >= bufSize)
                {
                    bufSize = len + (len >> 1) + 1;
                    Resize(tmp, bufSize);
                }
            }
            Resize(tmp, len);
            long n = Count(self);
            SetSliceLinear(self, n, n, Span(tmp).ToArray());
        }
        finally
        {
            Ob.Decref(tmp);
            Ob.Decref(it);
        }
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        var a = Args.Parse("bytearray", args, kwnames, ["source", "encoding", "errors"], 0);
        nint self = NewEmpty();
        try
        {
            Init(self, a[0], a[1], a[2]);
        }
        catch
        {
            Ob.Decref(self);
            throw;
        }
        return self;
    }

    /// <summary>bytearray___init___impl on a new (empty) bytearray.</summary>
    private static void Init(nint self, nint arg, nint encoding, nint errors)
    {
        if (arg == 0)
        {
            if (encoding != 0 || errors != 0)
            {
                throw Errors.TypeError(encoding != 0 ? "encoding without a string argument" : "errors without a string argument");
            }
            return;
        }
        if (StrObject.IsStr(arg))
        {
            if (encoding == 0)
            {
                throw Errors.TypeError("string argument without an encoding");
            }
            nint encoded = Codecs.Encode(arg, encoding, errors);
            try
            {
                ReadOnlySpan<byte> e = BytesObject.Span(encoded);
                Resize(self, e.Length);
                e.CopyTo(new Span<byte>(Start(self), e.Length));
            }
            finally
            {
                Ob.Decref(encoded);
            }
            return;
        }
        if (encoding != 0 || errors != 0)
        {
            throw Errors.TypeError(encoding != 0 ? "encoding without a string argument" : "errors without a string argument");
        }
        if (IntType.IsInt(arg) || UserSlots.Has(arg, "__index__"))
        {
            long count = BytesMethods.IndexValue(arg);
            if (count < 0)
            {
                throw Errors.ValueError("negative count");
            }
            if (count > 0)
            {
                Resize(self, count);
                new Span<byte>(Start(self), (int)count).Clear();
            }
            return;
        }
        if (BytesObject.TryGetBuffer(arg, out ReadOnlySpan<byte> buf))
        {
            byte[] copy = buf.ToArray();
            Resize(self, copy.Length);
            if (copy.Length > 0)
            {
                copy.CopyTo(new Span<byte>(Start(self), copy.Length));
            }
            return;
        }
        if (ListType.IsList(arg) || Ob.Type(arg) == TupleType.Instance.Address)
        {
            long size = ListType.IsList(arg) ? ListType.Count(arg) : TupleType.Count(arg);
            bool allInts = true;
            for (long i = 0; i < size; i++)
            {
                nint item = ListType.IsList(arg) ? ListType.Item(arg, i) : TupleType.Item(arg, i);
                if (Ob.Type(item) != IntType.Instance.Address)
                {
                    allInts = false;
                    break;
                }
            }
            if (allInts)
            {
                Resize(self, size);
                for (long i = 0; i < size; i++)
                {
                    nint item = ListType.IsList(arg) ? ListType.Item(arg, i) : TupleType.Item(arg, i);
                    Start(self)[i] = BytesObject.ByteValue(item);
                }
                return;
            }
        }
        nint it;
        try
        {
            it = Abstract.GetIter(arg);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError)
        {
            e.Release();
            throw Errors.TypeError("cannot convert '" + Ob.TypeOf(arg).Name + "' object to bytearray");
        }
        try
        {
            PyType itType = Ob.TypeOf(it);
            while (true)
            {
                nint item = itType.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                byte v;
                try
                {
                    v = BytesObject.ByteValue(item);
                }
                finally
                {
                    Ob.Decref(item);
                }
                long size = Count(self);
                if (size + 1 < *(long*)(self + AllocOffset))
                {
                    *(long*)(self + Ob.SizeOffset) = size + 1;
                    Start(self)[size + 1] = 0;
                }
                else
                {
                    Resize(self, size + 1);
                }
                Start(self)[size] = v;
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }
}
