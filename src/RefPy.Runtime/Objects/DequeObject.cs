// Mirrors CPython Modules/_collectionsmodule.c: collections.deque and its iterators.
namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>collections.deque</c> (dequeobject: 216 bytes + GC head). CPython keeps the items in a doubly linked
/// list of 64-slot blocks; RefPy keeps them in a ring buffer in the private heap, and tracks CPython's
/// leftindex/rightindex exactly (every operation moves them as CPython's does), so sys.getsizeof — which
/// counts (leftindex + len + 63) / 64 blocks of 528 bytes — is CPython's.
/// Layout: ob_size +16 (length), ring +24, capacity +32, head +40, leftindex +48, rightindex +56,
/// state +64 (mutation counter), maxlen +72 (-1: unbounded), weakreflist +208.
/// </summary>
internal sealed unsafe class DequeType : PyType
{
    public const int BlockLen = 64, Center = (BlockLen - 1) / 2, BlockSize = 16 + BlockLen * 8;
    private const int RingOff = 24, CapOff = 32, HeadOff = 40, LeftOff = 48, RightOff = 56, StateOff = 64, MaxLenOff = 72;
    public static readonly DequeType Instance = new();

    private DequeType() : base("deque", 216, 0, true, ObjectType.Instance)
    {
        this.AddMethod("append", (self, args, kw) => { Args.Exact("deque.append", args, 1); Append(self, args[0]); return Singletons.None; });
        this.AddMethod("appendleft", (self, args, kw) => { Args.Exact("deque.appendleft", args, 1); AppendLeft(self, args[0]); return Singletons.None; });
        this.AddMethod("pop", (self, args, kw) => { Args.Exact("deque.pop", args, 0); return Pop(self); });
        this.AddMethod("popleft", (self, args, kw) => { Args.Exact("deque.popleft", args, 0); return PopLeft(self); });
        this.AddMethod("extend", (self, args, kw) => { Args.Exact("deque.extend", args, 1); Extend(self, args[0], false); return Singletons.None; });
        this.AddMethod("extendleft", (self, args, kw) => { Args.Exact("deque.extendleft", args, 1); Extend(self, args[0], true); return Singletons.None; });
        this.AddMethod("clear", (self, args, kw) => { Args.Exact("deque.clear", args, 0); Clear(self); return Singletons.None; });
        this.AddMethod("copy", (self, args, kw) => { Args.Exact("deque.copy", args, 0); return CopyOf(self); });
        this.AddMethod("__copy__", (self, args, kw) => { Args.Exact("deque.__copy__", args, 0); return CopyOf(self); });
        this.AddMethod("reverse", (self, args, kw) => { Args.Exact("deque.reverse", args, 0); Reverse(self); return Singletons.None; });
        this.AddMethod("__reversed__", (self, args, kw) => { Args.Exact("deque.__reversed__", args, 0); return DequeIterType.Reverse.New(self); });
        this.AddMethod("rotate", (self, args, kw) =>
        {
            Args.Range("rotate", args, 0, 1);
            long n = 1;
            if (args.Length == 1)
            {
                if (!IntType.IsInt(args[0]))
                {
                    throw Errors.TypeError("'" + Ob.TypeOf(args[0]).Name + "' object cannot be interpreted as an integer");
                }
                if (!IntType.TryGetLong(args[0], out n))
                {
                    throw Errors.OverflowError("Python int too large to convert to C ssize_t");
                }
            }
            Rotate(self, n);
            return Singletons.None;
        });
        this.AddMethod("count", (self, args, kw) =>
        {
            Args.Exact("deque.count", args, 1);
            long n = Count(self), c = 0, state = State(self);
            for (long i = 0; i < n; i++)
            {
                if (ItemEquals(self, i, args[0], state))
                {
                    c++;
                }
            }
            return IntType.FromLong(c);
        });
        this.AddMethod("index", (self, args, kw) =>
        {
            Args.Range("index", args, 1, 3);
            long n = Count(self);
            long start = args.Length > 1 ? ClampIndex(args[1], n) : 0;
            long stop = args.Length > 2 ? ClampIndex(args[2], n) : n;
            long state = State(self);
            for (long i = start; i < stop && i < Count(self); i++)
            {
                if (ItemEquals(self, i, args[0], state))
                {
                    return IntType.FromLong(i);
                }
            }
            throw Errors.ValueError(Abstract.ReprString(args[0]) + " is not in deque");
        });
        this.AddMethod("insert", (self, args, kw) =>
        {
            Args.Exact("insert", args, 2);
            long index = Sequence.IndexArg(args[0]);
            Insert(self, index, args[1]);
            return Singletons.None;
        });
        this.AddMethod("remove", (self, args, kw) =>
        {
            Args.Exact("deque.remove", args, 1);
            long n = Count(self), state = State(self);
            for (long i = 0; i < n; i++)
            {
                if (ItemEquals(self, i, args[0], state, inRemove: true))
                {
                    DelItemAt(self, i);
                    return Singletons.None;
                }
            }
            throw Errors.ValueError(Abstract.ReprString(args[0]) + " is not in deque");
        });
        this.AddProperty("maxlen", o => MaxLen(o) < 0 ? Singletons.None : IntType.FromLong(MaxLen(o)));
    }

    public override string? ModuleName => "collections";

    public static long Count(nint d) => Ob.Size(d);
    public static long MaxLen(nint d) => *(long*)(d + MaxLenOff);
    private static long State(nint d) => *(long*)(d + StateOff);
    private static void Bump(nint d) => *(long*)(d + StateOff) += 1;
    private static nint* Ring(nint d) => *(nint**)(d + RingOff);

    /// <summary>
    /// Whether item i equals value, holding a reference to the item while its __eq__ runs; like CPython, a
    /// comparison that mutated the deque (state moved on) raises "deque mutated during iteration" (an IndexError
    /// in remove(), a RuntimeError elsewhere, as deque_remove and deque_count/index/contains raise).
    /// </summary>
    private static bool ItemEquals(nint d, long i, nint value, long state, bool inRemove = false)
    {
        nint item = Ob.NewRef(Item(d, i));
        bool eq;
        try
        {
            eq = Abstract.EqualsForContainment(item, value);
        }
        finally
        {
            Ob.Decref(item);
        }
        if (state != State(d))
        {
            const string message = "deque mutated during iteration";
            throw inRemove ? Errors.IndexError(message) : Errors.RuntimeError(message);
        }
        return eq;
    }

    private static long Cap(nint d) => *(long*)(d + CapOff);
    private static long Head(nint d) => *(long*)(d + HeadOff);
    private static ref long Left(nint d) => ref *(long*)(d + LeftOff);
    private static ref long Right(nint d) => ref *(long*)(d + RightOff);

    /// <summary>The i-th item (borrowed), 0 &lt;= i &lt; len.</summary>
    public static nint Item(nint d, long i) => Ring(d)[(Head(d) + i) & (Cap(d) - 1)];

    private static ref nint Slot(nint d, long i) => ref Ring(d)[(Head(d) + i) & (Cap(d) - 1)];

    /// <summary>A new empty deque (maxlen -1: unbounded).</summary>
    public nint NewEmpty(long maxlen)
    {
        nint d = AllocObject(216);
        const long cap = 8;
        *(nint*)(d + RingOff) = Mem.Alloc(cap * 8);
        *(long*)(d + CapOff) = cap;
        *(long*)(d + HeadOff) = 0;
        Left(d) = Center + 1;
        Right(d) = Center;
        *(long*)(d + MaxLenOff) = maxlen;
        return d;
    }

    private static void EnsureRoom(nint d)
    {
        long n = Count(d), cap = Cap(d);
        if (n < cap)
        {
            return;
        }
        long newCap = cap * 2;
        nint* fresh = (nint*)Mem.Alloc(newCap * 8);
        for (long i = 0; i < n; i++)
        {
            fresh[i] = Item(d, i);
        }
        Mem.Free((nint)Ring(d));
        *(nint*)(d + RingOff) = (nint)fresh;
        *(long*)(d + CapOff) = newCap;
        *(long*)(d + HeadOff) = 0;
    }

    // ---- the primitive moves, with CPython's block indices ---------------------------------------------

    /// <summary>Adds a new reference on the right (the item is stolen); no trimming.</summary>
    private static void PushRight(nint d, nint item)
    {
        EnsureRoom(d);
        if (Right(d) == BlockLen - 1)
        {
            Right(d) = -1;
        }
        Right(d)++;
        long n = Count(d);
        Ob.SetSize(d, n + 1);
        Slot(d, n) = item;
    }

    private static void PushLeft(nint d, nint item)
    {
        EnsureRoom(d);
        if (Left(d) == 0)
        {
            Left(d) = BlockLen;
        }
        Left(d)--;
        *(long*)(d + HeadOff) = (Head(d) - 1) & (Cap(d) - 1);
        Ob.SetSize(d, Count(d) + 1);
        Slot(d, 0) = item;
    }

    /// <summary>Removes the rightmost item, returning the reference (the caller owns it).</summary>
    private static nint TakeRight(nint d)
    {
        long n = Count(d);
        nint item = Slot(d, n - 1);
        Slot(d, n - 1) = 0;
        Right(d)--;
        Ob.SetSize(d, n - 1);
        Bump(d);
        if (Right(d) < 0)
        {
            if (n - 1 > 0)
            {
                Right(d) = BlockLen - 1;
            }
            else
            {
                Left(d) = Center + 1;
                Right(d) = Center;
            }
        }
        return item;
    }

    private static nint TakeLeft(nint d)
    {
        long n = Count(d);
        nint item = Slot(d, 0);
        Slot(d, 0) = 0;
        *(long*)(d + HeadOff) = (Head(d) + 1) & (Cap(d) - 1);
        Left(d)++;
        Ob.SetSize(d, n - 1);
        Bump(d);
        if (Left(d) == BlockLen)
        {
            if (n - 1 > 0)
            {
                Left(d) = 0;
            }
            else
            {
                Left(d) = Center + 1;
                Right(d) = Center;
            }
        }
        return item;
    }

    // ---- operations --------------------------------------------------------------------------------

    /// <summary>deque_append_internal: item borrowed.</summary>
    public static void Append(nint d, nint item)
    {
        PushRight(d, Ob.NewRef(item));
        long max = MaxLen(d);
        if (max >= 0 && Count(d) > max)
        {
            Ob.Decref(TakeLeft(d));
        }
        else
        {
            Bump(d);
        }
    }

    public static void AppendLeft(nint d, nint item)
    {
        PushLeft(d, Ob.NewRef(item));
        long max = MaxLen(d);
        if (max >= 0 && Count(d) > max)
        {
            Ob.Decref(TakeRight(d));
        }
        else
        {
            Bump(d);
        }
    }

    public static nint Pop(nint d)
    {
        if (Count(d) == 0)
        {
            throw Errors.IndexError("pop from an empty deque");
        }
        return TakeRight(d);
    }

    public static nint PopLeft(nint d)
    {
        if (Count(d) == 0)
        {
            throw Errors.IndexError("pop from an empty deque");
        }
        return TakeLeft(d);
    }

    public static void Extend(nint d, nint iterable, bool left)
    {
        if (iterable == d)
        {
            nint copy = Abstract.SequenceToList(d);
            try
            {
                Extend(d, copy, left);
            }
            finally
            {
                Ob.Decref(copy);
            }
            return;
        }
        nint it = Abstract.GetIter(iterable);
        try
        {
            PyType t = Ob.TypeOf(it);
            if (MaxLen(d) == 0)
            {
                for (nint x = t.IterNext(it); x != 0; x = t.IterNext(it))
                {
                    Ob.Decref(x);
                }
                return;
            }
            if (Count(d) == 0)
            {
                // Space-saving heuristic: start filling from the left (or right) end of the block.
                Left(d) = left ? BlockLen - 1 : 1;
                Right(d) = left ? BlockLen - 2 : 0;
            }
            while (true)
            {
                nint x = t.IterNext(it);
                if (x == 0)
                {
                    break;
                }
                if (left)
                {
                    AppendLeft(d, x);
                }
                else
                {
                    Append(d, x);
                }
                Ob.Decref(x);
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    public static void Clear(nint d)
    {
        long n = Count(d);
        if (n == 0)
        {
            return;
        }
        var items = new nint[n];
        for (long i = 0; i < n; i++)
        {
            items[i] = Slot(d, i);
            Slot(d, i) = 0;
        }
        Ob.SetSize(d, 0);
        *(long*)(d + HeadOff) = 0;
        Left(d) = Center + 1;
        Right(d) = Center;
        Bump(d);
        foreach (nint x in items)
        {
            Ob.Decref(x);
        }
    }

    /// <summary>_deque_rotate: n steps right (negative: left), moving the indices as CPython's block copies do.</summary>
    public static void Rotate(nint d, long n)
    {
        long len = Count(d), half = len >> 1;
        if (len <= 1)
        {
            return;
        }
        if (n > half || n < -half)
        {
            n %= len;
            if (n > half)
            {
                n -= len;
            }
            else if (n < -half)
            {
                n += len;
            }
        }
        long state = State(d);
        for (; n > 0; n--)
        {
            PushLeft(d, TakeRight(d));
        }
        for (; n < 0; n++)
        {
            PushRight(d, TakeLeft(d));
        }
        *(long*)(d + StateOff) = state + 1;
    }

    private static void Reverse(nint d)
    {
        long n = Count(d);
        for (long i = 0, j = n - 1; i < j; i++, j--)
        {
            (Slot(d, i), Slot(d, j)) = (Slot(d, j), Slot(d, i));
        }
        Bump(d);
    }

    /// <summary>deque_del_item: rotate the item to the left end, pop it, rotate back.</summary>
    private static void DelItemAt(nint d, long i)
    {
        Rotate(d, -i);
        nint item = TakeLeft(d);
        Rotate(d, i);
        Ob.Decref(item);
    }

    private static void Insert(nint d, long index, nint value)
    {
        long n = Count(d);
        if (MaxLen(d) == n)
        {
            throw Errors.IndexError("deque already at its maximum size");
        }
        if (index >= n)
        {
            Append(d, value);
            return;
        }
        if (index <= -n || index == 0)
        {
            AppendLeft(d, value);
            return;
        }
        Rotate(d, -index);
        if (index < 0)
        {
            Append(d, value);
        }
        else
        {
            AppendLeft(d, value);
        }
        Rotate(d, index);
    }

    private static long ClampIndex(nint o, long n)
    {
        if (!IntType.IsInt(o))
        {
            throw Errors.TypeError("slice indices must be integers or have an __index__ method");
        }
        long v = IntType.TryGetLong(o, out long x) ? x : (IntType.Sign(o) < 0 ? long.MinValue : long.MaxValue);
        if (v < 0)
        {
            v += n;
            if (v < 0)
            {
                v = 0;
            }
        }
        return v > n ? n : v;
    }

    private nint CopyOf(nint d)
    {
        nint r = NewEmpty(MaxLen(d));
        try
        {
            Extend(r, d, false);
        }
        catch
        {
            Ob.Decref(r);
            throw;
        }
        return r;
    }

    // ---- slots -------------------------------------------------------------------------------------

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("deque", args, kwnames, ["iterable", "maxlen"], 0);
        long maxlen = -1;
        if (a[1] != 0 && a[1] != Singletons.None)
        {
            if (!IntType.IsInt(a[1]))
            {
                throw Errors.TypeError("an integer is required");
            }
            maxlen = IntType.AsLong(a[1]);
            if (maxlen < 0)
            {
                throw Errors.ValueError("maxlen must be non-negative");
            }
        }
        nint d = NewEmpty(maxlen);
        if (a[0] != 0)
        {
            try
            {
                Extend(d, a[0], false);
            }
            catch
            {
                Ob.Decref(d);
                throw;
            }
        }
        return d;
    }

    public override void Dealloc(nint o)
    {
        long n = Count(o);
        nint* ring = Ring(o);
        var items = new nint[n];
        for (long i = 0; i < n; i++)
        {
            items[i] = Item(o, i);
        }
        Ob.SetSize(o, 0);
        *(nint*)(o + RingOff) = 0;
        FreeObject(o);
        Mem.Free((nint)ring);
        foreach (nint x in items)
        {
            Ob.Decref(x);
        }
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        long n = Count(o);
        for (long i = 0; i < n; i++)
        {
            Gc.Visit(visit, Item(o, i), arg);
        }
    }

    public override void TpClear(nint o) => Clear(o);

    public override long SizeOf(nint o) => BasicSize + (Left(o) + Count(o) + BlockLen - 1) / BlockLen * BlockSize;

    public override long Hash(nint o) => throw Errors.TypeError("unhashable type: 'collections.deque'");

    public override long Length(nint o) => Count(o);

    public override bool? Bool(nint o) => Count(o) != 0;

    public override nint Iter(nint o) => DequeIterType.Forward.New(o);

    public override bool? Contains(nint o, nint item)
    {
        long n = Count(o), state = State(o);
        for (long i = 0; i < n; i++)
        {
            if (ItemEquals(o, i, item, state))
            {
                return true;
            }
        }
        return false;
    }

    private static long CheckIndex(nint o, nint key)
    {
        if (!IntType.IsInt(key))
        {
            throw Errors.TypeError("sequence index must be integer, not '" + Ob.TypeOf(key).Name + "'");
        }
        long i = Sequence.IndexArg(key);
        long n = Count(o);
        if (i < 0)
        {
            i += n;
        }
        if (i < 0 || i >= n)
        {
            throw Errors.IndexError("deque index out of range");
        }
        return i;
    }

    public override nint GetItem(nint o, nint key) => Ob.NewRef(Item(o, CheckIndex(o, key)));

    public override void SetItem(nint o, nint key, nint value)
    {
        long i = CheckIndex(o, key);
        nint old = Slot(o, i);
        Slot(o, i) = Ob.NewRef(value);
        Ob.Decref(old);
    }

    public override void DelItem(nint o, nint key) => DelItemAt(o, CheckIndex(o, key));

    public override string Repr(nint o)
    {
        using ReprGuard g = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "[...]";
        }
        nint list = Abstract.SequenceToList(o);
        string items;
        try
        {
            items = Abstract.ReprString(list);
        }
        finally
        {
            Ob.Decref(list);
        }
        return MaxLen(o) < 0 ? "deque(" + items + ")" : "deque(" + items + ", maxlen=" + MaxLen(o) + ")";
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (Ob.Type(b) != Instance.Address)
        {
            return 0;
        }
        nint la = Abstract.SequenceToList(a);
        try
        {
            nint lb = Abstract.SequenceToList(b);
            try
            {
                return Sequence.Compare(ListType.Items(la), ListType.Count(la), ListType.Items(lb), ListType.Count(lb), op);
            }
            finally
            {
                Ob.Decref(lb);
            }
        }
        finally
        {
            Ob.Decref(la);
        }
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (op == BinaryOp.Add || op == BinaryOp.InplaceAdd)
        {
            if (Ob.Type(a) != Address)
            {
                return 0;
            }
            if (op == BinaryOp.InplaceAdd)
            {
                Extend(a, b, false);
                return Ob.NewRef(a);
            }
            if (Ob.Type(b) != Address)
            {
                throw Errors.TypeError("can only concatenate deque (not \"" + Ob.TypeOf(b).Name + "\") to deque");
            }
            nint r = CopyOf(a);
            try
            {
                Extend(r, b, false);
            }
            catch
            {
                Ob.Decref(r);
                throw;
            }
            return r;
        }
        return 0;
    }
}

/// <summary>
/// <c>_collections._deque_iterator</c> / <c>_deque_reverse_iterator</c> (dequeiterobject: 56 bytes + GC head):
/// deque +16, index +24, state +32, counter +40.
/// </summary>
internal sealed unsafe class DequeIterType : PyType
{
    public static readonly DequeIterType Forward = new("_deque_iterator", false);
    public static readonly DequeIterType Reverse = new("_deque_reverse_iterator", true);
    private readonly bool reverse;

    private DequeIterType(string name, bool reverse) : base(name, 56, 0, true, ObjectType.Instance)
    {
        this.reverse = reverse;
    }

    public override string? ModuleName => "_collections";

    public nint New(nint deque)
    {
        nint it = AllocObject(56);
        *(nint*)(it + 16) = Ob.NewRef(deque);
        *(long*)(it + 24) = reverse ? DequeType.Count(deque) - 1 : 0;
        *(long*)(it + 32) = *(long*)(deque + 64);
        *(long*)(it + 40) = DequeType.Count(deque);
        return it;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) => Gc.Visit(visit, *(nint*)(o + 16), arg);

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override long Length(nint o) => -1;

    public override nint IterNext(nint o)
    {
        nint d = *(nint*)(o + 16);
        if (*(long*)(d + 64) != *(long*)(o + 32))
        {
            *(long*)(o + 40) = 0;
            throw Errors.RuntimeError("deque mutated during iteration");
        }
        if (*(long*)(o + 40) == 0)
        {
            return 0;
        }
        long i = *(long*)(o + 24);
        *(long*)(o + 24) = reverse ? i - 1 : i + 1;
        *(long*)(o + 40) -= 1;
        return Ob.NewRef(DequeType.Item(d, i));
    }
}
