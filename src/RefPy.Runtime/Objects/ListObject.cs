// Mirrors CPython Objects/listobject.c: growable arrays with CPython's over-allocation.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>list</c>: header, ob_size at +16, the item array pointer at +24 and the allocated slot count at +32
/// (40 bytes + the GC head = getsizeof([]) 56). The item array is a separate heap block, resized with
/// CPython's list_resize rule so capacities go 0, 4, 8, 16, 24, 32, 40, 52, ...
/// </summary>
internal sealed unsafe class ListType : PyType
{
    public const int ItemsPtrOffset = 24;
    public const int AllocatedOffset = 32;
    public static readonly ListType Instance = new();

    private ListType() : base("list", 40, 0, true, ObjectType.Instance)
    {
        this.AddMethod("append", (self, args, kw) => { Args.Exact("list.append", args, 1); Append(self, args[0]); return Singletons.None; });
        this.AddMethod("extend", (self, args, kw) => { Args.Exact("list.extend", args, 1); Extend(self, args[0]); return Singletons.None; });
        this.AddMethod("insert", InsertMethod);
        this.AddMethod("pop", PopMethod);
        this.AddMethod("remove", RemoveMethod);
        this.AddMethod("index", IndexMethod);
        this.AddMethod("count", CountMethod);
        this.AddMethod("copy", (self, args, kw) => { Args.Exact("list.copy", args, 0); return Slice(self, 0, Count(self)); });
        this.AddMethod("clear", (self, args, kw) => { Args.Exact("list.clear", args, 0); Clear(self); return Singletons.None; });
        this.AddMethod("reverse", (self, args, kw) => { Args.Exact("list.reverse", args, 0); new Span<nint>(Items(self), (int)Count(self)).Reverse(); return Singletons.None; });
        this.AddMethod("sort", ListSort.SortMethod);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Count(nint l) => *(long*)(l + Ob.SizeOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint* Items(nint l) => *(nint**)(l + ItemsPtrOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Allocated(nint l) => *(long*)(l + AllocatedOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Item(nint l, long i) => Items(l)[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsList(nint o) => Ob.Type(o) == Instance.Address;

    /// <summary>PyList_Check: a list or an instance of a Python subclass of list.</summary>
    public static bool IsListOrSubclass(nint o) => Ob.Type(o) == Instance.Address || Ob.TypeOf(o).IsSubtypeOf(Instance);

    /// <summary>PyList_New(n): n zeroed slots, allocated exactly n.</summary>
    public static nint New(long n)
    {
        nint l = Instance.AllocObject(40);
        *(long*)(l + Ob.SizeOffset) = n;
        *(long*)(l + AllocatedOffset) = n;
        if (n == 0)
        {
            *(nint*)(l + ItemsPtrOffset) = 0;
        }
        else
        {
            nint items = Mem.Alloc(n * 8);
            new Span<nint>((void*)items, (int)n).Clear();
            *(nint*)(l + ItemsPtrOffset) = items;
        }
        return l;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItemInit(nint l, long i, nint item) => Items(l)[i] = item;

    /// <summary>A new list taking ownership of the given references (BUILD_LIST).</summary>
    public static nint FromArraySteal(nint* src, long n)
    {
        if (n == 0)
        {
            return New(0);
        }
        nint l = Instance.AllocObject(40);
        *(long*)(l + Ob.SizeOffset) = n;
        *(long*)(l + AllocatedOffset) = n;
        nint items = Mem.Alloc(n * 8); // filled right away: no need to zero it (nothing runs in between)
        Buffer.MemoryCopy(src, (void*)items, n * 8, n * 8);
        *(nint*)(l + ItemsPtrOffset) = items;
        return l;
    }

    /// <summary>CPython's list_resize: over-allocates on growth, shrinks below half.</summary>
    public static void Resize(nint l, long newSize)
    {
        long allocated = Allocated(l);
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            *(long*)(l + Ob.SizeOffset) = newSize;
            return;
        }
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - Count(l) > newAllocated - newSize)
        {
            newAllocated = (newSize + 3) & ~3L;
        }
        if (newSize == 0)
        {
            newAllocated = 0;
        }
        SetCapacity(l, newAllocated);
        *(long*)(l + Ob.SizeOffset) = newSize;
    }

    private static void SetCapacity(nint l, long newAllocated)
    {
        nint items = *(nint*)(l + ItemsPtrOffset);
        nint newItems;
        if (newAllocated == 0)
        {
            if (items != 0)
            {
                Mem.Free(items);
            }
            newItems = 0;
        }
        else if (items == 0)
        {
            newItems = Mem.Alloc(newAllocated * 8);
        }
        else
        {
            newItems = Mem.Realloc(items, newAllocated * 8);
        }
        *(nint*)(l + ItemsPtrOffset) = newItems;
        *(long*)(l + AllocatedOffset) = newAllocated;
    }

    /// <summary>list_preallocate_exact: capacity for an empty list about to receive n items (rounded up to even).</summary>
    private static void PreallocateExact(nint l, long n)
    {
        long allocated = (n + 1) & ~1L;
        SetCapacity(l, allocated);
    }

    public static void Append(nint l, nint item)
    {
        long n = Count(l);
        if (n < Allocated(l))
        {
            Items(l)[n] = Ob.NewRef(item);
            *(long*)(l + Ob.SizeOffset) = n + 1;
            return;
        }
        Resize(l, n + 1);
        Items(l)[n] = Ob.NewRef(item);
    }

    /// <summary>Appends, taking ownership of the reference.</summary>
    public static void AppendSteal(nint l, nint item)
    {
        Append(l, item);
        Ob.Decref(item);
    }

    public static void Extend(nint l, nint iterable)
    {
        if (IsList(iterable) || Ob.Type(iterable) == TupleType.Instance.Address || iterable == l)
        {
            bool isList = IsList(iterable);
            long n = isList ? Count(iterable) : TupleType.Count(iterable);
            if (n == 0)
            {
                return;
            }
            long m = Count(l);
            if (Items(l) == null)
            {
                PreallocateExact(l, n);
                *(long*)(l + Ob.SizeOffset) = n;
            }
            else
            {
                Resize(l, m + n);
            }
            nint* src = isList ? Items(iterable) : TupleType.Items(iterable);
            nint* dst = Items(l) + m;
            for (long i = 0; i < n; i++)
            {
                dst[i] = Ob.NewRef(src[i]);
            }
            return;
        }
        nint it = Abstract.GetIter(iterable);
        try
        {
            long hint = Abstract.LengthHint(iterable, 8);
            if (Items(l) == null)
            {
                if (hint > 0)
                {
                    PreallocateExact(l, hint);
                }
            }
            else
            {
                long m = Count(l);
                Resize(l, m + hint);
                *(long*)(l + Ob.SizeOffset) = m;
            }
            PyType itType = Ob.TypeOf(it);
            while (true)
            {
                nint item = itType.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                long n = Count(l);
                if (n < Allocated(l))
                {
                    Items(l)[n] = item;
                    *(long*)(l + Ob.SizeOffset) = n + 1;
                }
                else
                {
                    Append(l, item);
                    Ob.Decref(item);
                }
            }
            if (Count(l) < Allocated(l))
            {
                Resize(l, Count(l));
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    public static void Clear(nint l)
    {
        nint* items = Items(l);
        long n = Count(l);
        *(long*)(l + Ob.SizeOffset) = 0;
        *(nint*)(l + ItemsPtrOffset) = 0;
        *(long*)(l + AllocatedOffset) = 0;
        while (--n >= 0)
        {
            Ob.XDecref(items[n]);
        }
        if (items != null)
        {
            Mem.Free((nint)items);
        }
    }

    /// <summary>A new list of items [lo, hi) (list_slice: allocated exactly).</summary>
    public static nint Slice(nint l, long lo, long hi)
    {
        long n = Math.Max(0, hi - lo);
        nint r = New(n);
        nint* src = Items(l) + lo;
        nint* dst = Items(r);
        for (long i = 0; i < n; i++)
        {
            dst[i] = Ob.NewRef(src[i]);
        }
        return r;
    }

    public static nint ToTuple(nint l)
    {
        long n = Count(l);
        nint t = TupleType.New(n);
        for (long i = 0; i < n; i++)
        {
            TupleType.SetItemInit(t, i, Ob.NewRef(Item(l, i)));
        }
        return t;
    }

    /// <summary>list_ass_slice: replace items [lo, hi) with the items of v (a list/tuple, or 0 to delete).</summary>
    public static void AssignSlice(nint a, long lo, long hi, nint v)
    {
        nint vCopy = 0;
        long n = 0;
        nint* vItems = null;
        if (v != 0)
        {
            if (v == a || !(IsList(v) || Ob.Type(v) == TupleType.Instance.Address))
            {
                vCopy = Abstract.SequenceToList(v, "can only assign an iterable");
                v = vCopy;
            }
            bool isList = IsList(v);
            n = isList ? Count(v) : TupleType.Count(v);
            vItems = isList ? Items(v) : TupleType.Items(v);
        }
        long size = Count(a);
        lo = Math.Clamp(lo, 0, size);
        hi = Math.Clamp(hi, lo, size);
        long norig = hi - lo;
        long d = n - norig;
        if (size + d == 0)
        {
            if (vCopy != 0)
            {
                Ob.Decref(vCopy);
            }
            Clear(a);
            return;
        }
        nint[] recycle = norig > 0 ? new nint[norig] : [];
        nint* item = Items(a);
        for (long i = 0; i < norig; i++)
        {
            recycle[i] = item[lo + i];
        }
        if (d < 0)
        {
            long tail = size - hi;
            Buffer.MemoryCopy(item + hi, item + hi + d, tail * 8, tail * 8);
            Resize(a, size + d);
            item = Items(a);
        }
        else if (d > 0)
        {
            Resize(a, size + d);
            item = Items(a);
            long tail = size - hi;
            Buffer.MemoryCopy(item + hi, item + hi + d, tail * 8, tail * 8);
        }
        for (long k = 0; k < n; k++)
        {
            item[lo + k] = Ob.NewRef(vItems[k]);
        }
        for (long k = norig - 1; k >= 0; k--)
        {
            Ob.XDecref(recycle[k]);
        }
        if (vCopy != 0)
        {
            Ob.Decref(vCopy);
        }
    }

    public override void Dealloc(nint o)
    {
        nint* items = Items(o);
        if (items != null)
        {
            long i = Count(o);
            while (--i >= 0)
            {
                Ob.XDecref(items[i]);
            }
            Mem.Free((nint)items);
        }
        FreeObject(o);
    }

    public override long SizeOf(nint o) => 40 + 8 * Allocated(o);

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        nint* items = Items(o);
        long n = Count(o);
        for (long i = n - 1; i >= 0; i--)
        {
            Gc.Visit(visit, items[i], arg);
        }
    }

    public override void TpClear(nint o) => Clear(o);

    public override long Length(nint o) => Count(o);

    public override bool? Bool(nint o) => Count(o) != 0;

    public override string Repr(nint o)
    {
        long n = Count(o);
        if (n == 0)
        {
            return "[]";
        }
        using var guard = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "[...]";
        }
        var sb = new StringBuilder("[");
        for (long i = 0; i < Count(o); i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            nint item = Item(o, i);
            Ob.Incref(item);
            try
            {
                sb.Append(Abstract.ReprString(item));
            }
            finally
            {
                Ob.Decref(item);
            }
        }
        return sb.Append(']').ToString();
    }

    public override long Hash(nint o) => throw Errors.TypeError("unhashable type: 'list'");

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!IsListOrSubclass(b))
        {
            return 0;
        }
        return Sequence.Compare(Items(a), Count(a), Items(b), Count(b), op);
    }

    public override bool? Contains(nint o, nint item)
    {
        for (long i = 0; i < Count(o); i++)
        {
            if (Abstract.EqualsForContainment(Item(o, i), item))
            {
                return true;
            }
        }
        return false;
    }

    public override nint GetItem(nint o, nint key)
    {
        long n = Count(o);
        if (IntType.IsInt(key))
        {
            long i = Sequence.IndexArg(key);
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i >= (ulong)n)
            {
                throw Errors.IndexError("list index out of range");
            }
            return Ob.NewRef(Item(o, i));
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long _, out long step, out long len);
            if (step == 1)
            {
                return Slice(o, start, start + len);
            }
            nint r = New(len);
            for (long i = 0, j = start; i < len; i++, j += step)
            {
                SetItemInit(r, i, Ob.NewRef(Item(o, j)));
            }
            return r;
        }
        nint byIndex = Abstract.GetItemByIndex(this, o, key);
        if (byIndex != 0)
        {
            return byIndex;
        }
        throw Errors.TypeError("list indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override void SetItem(nint o, nint key, nint value)
    {
        long n = Count(o);
        if (IntType.IsInt(key))
        {
            long i = Sequence.IndexArg(key);
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i >= (ulong)n)
            {
                throw Errors.IndexError("list assignment index out of range");
            }
            nint old = Items(o)[i];
            Items(o)[i] = Ob.NewRef(value);
            Ob.Decref(old);
            return;
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long stop, out long step, out long len);
            if (step == 1)
            {
                AssignSlice(o, start, Math.Max(start, stop), value);
                return;
            }
            nint seq = Abstract.SequenceToList(value, "must assign iterable to extended slice");
            try
            {
                if (Count(seq) != len)
                {
                    throw Errors.ValueError("attempt to assign sequence of size " + Count(seq) + " to extended slice of size " + len);
                }
                nint[] old = new nint[len];
                for (long i = 0, j = start; i < len; i++, j += step)
                {
                    old[i] = Items(o)[j];
                    Items(o)[j] = Ob.NewRef(Item(seq, i));
                }
                foreach (nint x in old)
                {
                    Ob.Decref(x);
                }
            }
            finally
            {
                Ob.Decref(seq);
            }
            return;
        }
        throw Errors.TypeError("list indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override void DelItem(nint o, nint key)
    {
        long n = Count(o);
        if (IntType.IsInt(key))
        {
            long i = Sequence.IndexArg(key);
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i >= (ulong)n)
            {
                throw Errors.IndexError("list assignment index out of range");
            }
            AssignSlice(o, i, i + 1, 0);
            return;
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long stop, out long step, out long len);
            if (step == 1)
            {
                AssignSlice(o, start, Math.Max(start, stop), 0);
                return;
            }
            if (step < 0)
            {
                start = start + step * (len - 1);
                step = -step;
            }
            var keep = new List<nint>();
            var removed = new List<nint>();
            for (long i = 0; i < n; i++)
            {
                bool hit = len > 0 && i >= start && (i - start) % step == 0 && (i - start) / step < len;
                (hit ? removed : keep).Add(Items(o)[i]);
            }
            for (int i = 0; i < keep.Count; i++)
            {
                Items(o)[i] = keep[i];
            }
            Resize(o, keep.Count);
            foreach (nint x in removed)
            {
                Ob.Decref(x);
            }
            return;
        }
        throw Errors.TypeError("list indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        bool inplace = op >= BinaryOp.InplaceAdd;
        if (inplace)
        {
            op -= BinaryOp.InplaceAdd;
        }
        if (op == BinaryOp.Add && IsListOrSubclass(a))
        {
            if (inplace)
            {
                Extend(a, b);
                return Ob.NewRef(a);
            }
            if (!IsListOrSubclass(b))
            {
                if (Abstract.HasReflected(b, "__radd__"))
                {
                    return 0; // sq_concat runs only after the right operand's __radd__ had its turn
                }
                throw Errors.TypeError("can only concatenate list (not \"" + Ob.TypeOf(b).Name + "\") to list");
            }
            long na = Count(a), nb = Count(b);
            nint r = New(na + nb);
            for (long i = 0; i < na; i++)
            {
                SetItemInit(r, i, Ob.NewRef(Item(a, i)));
            }
            for (long i = 0; i < nb; i++)
            {
                SetItemInit(r, na + i, Ob.NewRef(Item(b, i)));
            }
            return r;
        }
        if (op == BinaryOp.Multiply)
        {
            nint s = IsListOrSubclass(a) ? a : b;
            nint k = s == a ? b : a;
            if (!IsListOrSubclass(s) || !IntType.IsInt(k))
            {
                return 0;
            }
            long count = Math.Max(0, IntType.AsLong(k));
            long n = Count(s);
            if (n * count > int.MaxValue)
            {
                throw Errors.MemoryError();
            }
            if (inplace && s == a)
            {
                if (count == 0 || n == 0)
                {
                    Clear(a);
                    return Ob.NewRef(a);
                }
                Resize(a, n * count);
                for (long r2 = 1; r2 < count; r2++)
                {
                    for (long i = 0; i < n; i++)
                    {
                        Items(a)[r2 * n + i] = Ob.NewRef(Items(a)[i]);
                    }
                }
                return Ob.NewRef(a);
            }
            nint r = New(n * count);
            for (long rep = 0; rep < count; rep++)
            {
                for (long i = 0; i < n; i++)
                {
                    SetItemInit(r, rep * n + i, Ob.NewRef(Item(s, i)));
                }
            }
            return r;
        }
        return 0;
    }

    public override nint Iter(nint o) => SeqIterType.ListIter.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length > 1)
        {
            throw Errors.TypeError("list expected at most 1 argument, got " + args.Length);
        }
        nint l = New(0);
        if (args.Length == 1)
        {
            nint src = args[0];
            try
            {
                long len = Ob.TypeOf(src).Length(src);
                if (len > 0)
                {
                    PreallocateExact(l, len);
                }
                Extend(l, src);
            }
            catch
            {
                Ob.Decref(l);
                throw;
            }
        }
        return l;
    }

    private static nint InsertMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("insert", args, 2);
        long n = Count(self);
        long where = Sequence.IndexArg(args[0]);
        if (where < 0)
        {
            where += n;
            if (where < 0)
            {
                where = 0;
            }
        }
        if (where > n)
        {
            where = n;
        }
        Resize(self, n + 1);
        nint* items = Items(self);
        for (long i = n; --i >= where;)
        {
            items[i + 1] = items[i];
        }
        items[where] = Ob.NewRef(args[1]);
        return Singletons.None;
    }

    private static nint PopMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("pop", args, 0, 1);
        long n = Count(self);
        if (n == 0)
        {
            throw Errors.IndexError("pop from empty list");
        }
        long i = args.Length == 1 ? Sequence.IndexArg(args[0]) : -1;
        if (i < 0)
        {
            i += n;
        }
        if ((ulong)i >= (ulong)n)
        {
            throw Errors.IndexError("pop index out of range");
        }
        nint v = Items(self)[i];
        if (i == n - 1)
        {
            Resize(self, n - 1);
            return v;
        }
        Ob.Incref(v);
        AssignSlice(self, i, i + 1, 0);
        return v;
    }

    private static nint RemoveMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("list.remove", args, 1);
        for (long i = 0; i < Count(self); i++)
        {
            if (Abstract.EqualsForContainment(Item(self, i), args[0]))
            {
                AssignSlice(self, i, i + 1, 0);
                return Singletons.None;
            }
        }
        throw Errors.ValueError("list.remove(x): x not in list");
    }

    private static nint IndexMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("index", args, 1, 3);
        long n = Count(self);
        long start = args.Length > 1 ? Sequence.IndexArg(args[1]) : 0;
        long stop = args.Length > 2 ? Sequence.IndexArg(args[2]) : n;
        SliceType.Clamp(ref start, ref stop, n);
        for (long i = start; i < stop && i < Count(self); i++)
        {
            if (Abstract.EqualsForContainment(Item(self, i), args[0]))
            {
                return IntType.FromLong(i);
            }
        }
        throw Errors.ValueError(Abstract.ReprString(args[0]) + " is not in list");
    }

    private static nint CountMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("list.count", args, 1);
        long c = 0;
        for (long i = 0; i < Count(self); i++)
        {
            if (Abstract.EqualsForContainment(Item(self, i), args[0]))
            {
                c++;
            }
        }
        return IntType.FromLong(c);
    }
}
