// Mirrors CPython Objects/dictobject.c: insertion-ordered hash tables.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>dict</c>: header, ma_used at +16, ma_version_tag at +24, ma_keys at +32, ma_values at +40 (48 bytes +
/// GC head = getsizeof({}) 64). The table itself is a <see cref="DictKeys"/> object, grown and probed with
/// CPython's rules so sizes and iteration order match.
/// </summary>
internal sealed unsafe class DictType : PyType, TypeAttributeProvider
{
    /// <summary>dict.fromkeys, a classmethod: a builtin method bound to the type.</summary>
    public nint GetTypeAttribute(string name) => name == "fromkeys" ? BuiltinFunctionObject.New(fromKeys, Address) : 0;

    private static readonly NativeFunction fromKeys = new("fromkeys", (self, args, kw) =>
    {
        Args.NoKeywords("fromkeys", kw);
        Args.Range("fromkeys", args, 1, 2);
        nint value = args.Length == 2 ? args[1] : Singletons.None;
        nint d = New();
        try
        {
            nint iterable = args[0];
            if (IsDict(iterable))
            {
                long pos = 0;
                while (Next(iterable, ref pos, out nint k, out _))
                {
                    Set(d, k, value);
                }
                return d;
            }
            if (SetType.IsAnySet(iterable))
            {
                long pos = 0;
                while (SetType.Next(iterable, ref pos, out nint k))
                {
                    Set(d, k, value);
                }
                return d;
            }
            nint it = Abstract.GetIter(iterable);
            try
            {
                while (true)
                {
                    nint k = Ob.TypeOf(it).IterNext(it);
                    if (k == 0)
                    {
                        break;
                    }
                    try
                    {
                        Set(d, k, value);
                    }
                    finally
                    {
                        Ob.Decref(k);
                    }
                }
            }
            finally
            {
                Ob.Decref(it);
            }
            return d;
        }
        catch
        {
            Ob.Decref(d);
            throw;
        }
    }, "dict");

    public const int UsedOffset = 16;
    public const int KeysOffset = 32;
    /// <summary>
    /// ma_version_tag: 0 for ordinary dicts; a class namespace keeps its class's registry index + 1 here, so
    /// its mutations invalidate the classes' method caches (<see cref="ClassType.Modified"/>).
    /// </summary>
    public const int VersionTagOffset = 24;
    public static readonly DictType Instance = new();

    private DictType() : base("dict", 48, 0, true, ObjectType.Instance)
    {
        this.AddMethod("get", GetMethod);
        this.AddMethod("keys", (self, args, kw) => { Args.Exact("dict.keys", args, 0); return DictViewType.Keys.New(self); });
        this.AddMethod("values", (self, args, kw) => { Args.Exact("dict.values", args, 0); return DictViewType.Values.New(self); });
        this.AddMethod("items", (self, args, kw) => { Args.Exact("dict.items", args, 0); return DictViewType.Items.New(self); });
        this.AddMethod("pop", PopMethod);
        this.AddMethod("update", UpdateMethod);
        this.AddMethod("setdefault", SetDefaultMethod);
        this.AddMethod("copy", (self, args, kw) => { Args.Exact("dict.copy", args, 0); return Copy(self); });
        this.AddMethod("clear", (self, args, kw) => { Args.Exact("dict.clear", args, 0); Clear(self); return Singletons.None; });
        this.AddMethod("popitem", PopItemMethod);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Used(nint d) => *(long*)(d + UsedOffset);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Keys(nint d) => *(nint*)(d + KeysOffset);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDict(nint o) => Ob.Type(o) == Instance.Address;

    /// <summary>PyDict_Check: a dict or an instance of a Python subclass of dict.</summary>
    public static bool IsDictOrSubclass(nint o) => Ob.Type(o) == Instance.Address || Ob.TypeOf(o).IsSubtypeOf(Instance);

    /// <summary>PyDict_New: an empty dict sharing the immortal empty keys.</summary>
    public static nint New()
    {
        nint d = Instance.AllocObject(48);
        InitEmpty(d);
        return d;
    }

    /// <summary>Makes the dict part of d (a dict or a dict subclass instance) empty.</summary>
    public static void InitEmpty(nint d)
    {
        *(long*)(d + UsedOffset) = 0;
        *(long*)(d + VersionTagOffset) = 0;
        *(nint*)(d + KeysOffset) = DictKeys.Empty;
        *(nint*)(d + 40) = 0;
    }

    /// <summary>dict_new_presized.</summary>
    public static nint NewPresized(long minused, bool unicode)
    {
        if (minused <= DictKeys.UsableFraction(8))
        {
            return New();
        }
        int log2 = minused > DictKeys.UsableFraction(1L << 17) ? 17 : DictKeys.EstimateLog2KeySize(minused);
        nint d = New();
        *(nint*)(d + KeysOffset) = DictKeys.New(log2, unicode);
        return d;
    }

    /// <summary>_PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP): borrowed keys and values.</summary>
    public static nint FromItems(nint* keys, int keyStride, nint* values, int valueStride, long n)
    {
        bool unicode = true;
        for (long i = 0; i < n; i++)
        {
            if (!StrObject.IsStr(keys[i * keyStride]))
            {
                unicode = false;
                break;
            }
        }
        nint d = NewPresized(n, unicode);
        try
        {
            for (long i = 0; i < n; i++)
            {
                Set(d, keys[i * keyStride], values[i * valueStride]);
            }
        }
        catch
        {
            Ob.Decref(d);
            throw;
        }
        return d;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeysEqual(nint a, nint b, long hashA, long hashB)
    {
        if (a == b)
        {
            return true;
        }
        if (hashA != hashB)
        {
            return false;
        }
        if (StrObject.IsStr(a) && StrObject.IsStr(b))
        {
            return StrObject.EqualStr(a, b);
        }
        return Abstract.RichCompareBool(a, b, CompareOp.Eq);
    }

    /// <summary>_Py_dict_lookup: the entry index of key, or -1.</summary>
    public static long Lookup(nint d, nint key, long hash)
    {
        nint k = Keys(d);
        ulong mask = (ulong)DictKeys.Size(k) - 1;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        bool unicode = DictKeys.IsUnicode(k);
        while (true)
        {
            long ix = DictKeys.GetIndex(k, (long)i);
            if (ix >= 0)
            {
                nint ek = *DictKeys.KeySlot(k, ix);
                if (ek == key)
                {
                    return ix;
                }
                if (unicode)
                {
                    if (StrObject.IsStr(key) && StrObject.Hash(ek) == hash && StrObject.EqualStr(ek, key))
                    {
                        return ix;
                    }
                    if (!StrObject.IsStr(key) && StrObject.Hash(ek) == hash && Abstract.RichCompareBool(ek, key, CompareOp.Eq))
                    {
                        return ix;
                    }
                }
                else
                {
                    long eh = DictKeys.EntryHash(k, ix);
                    if (eh == hash)
                    {
                        Ob.Incref(ek);
                        bool eq;
                        try
                        {
                            eq = KeysEqual(ek, key, eh, hash);
                        }
                        finally
                        {
                            Ob.Decref(ek);
                        }
                        if (eq)
                        {
                            return ix;
                        }
                        k = Keys(d); // a comparison may have mutated the dict
                    }
                }
            }
            else if (ix == DictKeys.IxEmpty)
            {
                return -1;
            }
            perturb >>= DictKeys.PerturbShift;
            i = mask & (i * 5 + perturb + 1);
        }
    }

    /// <summary>Borrowed value for key, or 0.</summary>
    public static nint Get(nint d, nint key)
    {
        long hash = Abstract.Hash(key);
        long ix = Lookup(d, key, hash);
        return ix < 0 ? 0 : *DictKeys.ValueSlot(Keys(d), ix);
    }

    /// <summary>Fast path for str keys (globals, builtins, attribute names). Borrowed value or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint GetItemStr(nint d, nint key) => GetItemWithHash(d, key, StrObject.Hash(key));

    public static nint GetItemWithHash(nint d, nint key, long hash)
    {
        long ix = Lookup(d, key, hash);
        return ix < 0 ? 0 : *DictKeys.ValueSlot(Keys(d), ix);
    }

    public static nint GetItemString(nint d, string key)
    {
        nint k = StrObject.Intern(key);
        return GetItemStr(d, k);
    }

    /// <summary>PyDict_SetItem: stores new references to key and value.</summary>
    public static void Set(nint d, nint key, nint value)
    {
        long hash = StrObject.IsStr(key) ? StrObject.Hash(key) : Abstract.Hash(key);
        SetItemWithHash(d, key, value, hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NoteMutation(nint d, nint key)
    {
        long tag = *(long*)(d + VersionTagOffset);
        if (tag != 0)
        {
            ClassType.ClassDictModified(tag, key);
        }
    }

    public static void SetItemWithHash(nint d, nint key, nint value, long hash)
    {
        if (*(long*)(d + VersionTagOffset) == 0)
        {
            SetItemWithHashCore(d, key, value, hash);
            return;
        }
        // A class namespace: forget cached lookups before (a replaced value's finalizer may look the name up)
        // and after (a key comparison may have run code that looked it up).
        NoteMutation(d, key);
        SetItemWithHashCore(d, key, value, hash);
        NoteMutation(d, key);
    }

    private static void SetItemWithHashCore(nint d, nint key, nint value, long hash)
    {
        Gc.MaintainDictTracking(d, key, value);
        nint k = Keys(d);
        if (k == DictKeys.Empty)
        {
            InsertToEmpty(d, key, value, hash);
            return;
        }
        if (DictKeys.IsUnicode(k) && !StrObject.IsStr(key))
        {
            Resize(d, DictKeys.CalculateLog2KeySize(Used(d) * 3), false);
        }
        long ix = Lookup(d, key, hash);
        if (ix < 0)
        {
            k = Keys(d);
            if (DictKeys.Usable(k) <= 0)
            {
                Resize(d, DictKeys.CalculateLog2KeySize(Used(d) * 3), true);
                k = Keys(d);
            }
            long pos = DictKeys.FindEmptySlot(k, hash);
            long n = DictKeys.NEntries(k);
            DictKeys.SetIndex(k, pos, n);
            WriteEntry(k, n, key, value, hash);
            *(long*)(d + UsedOffset) += 1;
            DictKeys.SetUsable(k, DictKeys.Usable(k) - 1);
            DictKeys.SetNEntries(k, n + 1);
            return;
        }
        nint* slot = DictKeys.ValueSlot(Keys(d), ix);
        nint old = *slot;
        if (old != value)
        {
            *slot = Ob.NewRef(value);
            Ob.Decref(old);
        }
    }

    private static void WriteEntry(nint k, long n, nint key, nint value, long hash)
    {
        if (DictKeys.IsUnicode(k))
        {
            nint* e = (nint*)(DictKeys.Entries(k) + n * 16);
            e[0] = Ob.NewRef(key);
            e[1] = Ob.NewRef(value);
        }
        else
        {
            nint e = DictKeys.Entries(k) + (nint)(n * 24);
            *(long*)e = hash;
            *(nint*)(e + 8) = Ob.NewRef(key);
            *(nint*)(e + 16) = Ob.NewRef(value);
        }
    }

    private static void InsertToEmpty(nint d, nint key, nint value, long hash)
    {
        bool unicode = StrObject.IsStr(key);
        nint k = DictKeys.New(DictKeys.LogMinSize, unicode);
        *(nint*)(d + KeysOffset) = k;
        ulong i = (ulong)hash & ((ulong)DictKeys.Size(k) - 1);
        DictKeys.SetIndex(k, (long)i, 0);
        WriteEntry(k, 0, key, value, hash);
        *(long*)(d + UsedOffset) = 1;
        DictKeys.SetUsable(k, DictKeys.Usable(k) - 1);
        DictKeys.SetNEntries(k, 1);
    }

    /// <summary>dictresize: a new table of 2**log2 slots, entries compacted in order.</summary>
    public static void Resize(nint d, int log2NewSize, bool unicode)
    {
        nint old = Keys(d);
        if (!DictKeys.IsUnicode(old))
        {
            unicode = false;
        }
        nint k = DictKeys.New(log2NewSize, unicode);
        long used = Used(d);
        long n = DictKeys.NEntries(old);
        long j = 0;
        for (long i = 0; i < n; i++)
        {
            nint key = *DictKeys.KeySlot(old, i);
            if (key == 0)
            {
                continue;
            }
            long hash = DictKeys.EntryHash(old, i);
            nint value = *DictKeys.ValueSlot(old, i);
            if (unicode)
            {
                nint* e = (nint*)(DictKeys.Entries(k) + j * 16);
                e[0] = key;
                e[1] = value;
            }
            else
            {
                nint e = DictKeys.Entries(k) + (nint)(j * 24);
                *(long*)e = hash;
                *(nint*)(e + 8) = key;
                *(nint*)(e + 16) = value;
            }
            DictKeys.SetIndex(k, DictKeys.FindEmptySlot(k, hash), j);
            j++;
        }
        DictKeys.SetUsable(k, DictKeys.Usable(k) - used);
        DictKeys.SetNEntries(k, used);
        *(nint*)(d + KeysOffset) = k;
        if (old != DictKeys.Empty)
        {
            Mem.Free(old);
        }
    }

    /// <summary>Removes key; returns the removed value (a new reference the caller owns) or 0 if absent.</summary>
    public static nint Pop(nint d, nint key)
    {
        if (Used(d) == 0)
        {
            return 0;
        }
        long hash = Abstract.Hash(key);
        long ix = Lookup(d, key, hash);
        if (ix < 0)
        {
            return 0;
        }
        nint k = Keys(d);
        // Find the index slot that points to ix and mark it dummy.
        ulong mask = (ulong)DictKeys.Size(k) - 1;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (DictKeys.GetIndex(k, (long)i) != ix)
        {
            perturb >>= DictKeys.PerturbShift;
            i = mask & (i * 5 + perturb + 1);
        }
        DictKeys.SetIndex(k, (long)i, DictKeys.IxDummy);
        nint* ks = DictKeys.KeySlot(k, ix);
        nint* vs = DictKeys.ValueSlot(k, ix);
        nint oldKey = *ks, oldValue = *vs;
        *ks = 0;
        *vs = 0;
        *(long*)(d + UsedOffset) -= 1;
        NoteMutation(d, key);
        Ob.Decref(oldKey);
        return oldValue;
    }

    public static bool Remove(nint d, nint key)
    {
        nint v = Pop(d, key);
        if (v == 0)
        {
            return false;
        }
        Ob.Decref(v);
        return true;
    }

    public static void Clear(nint d)
    {
        nint k = Keys(d);
        if (k == DictKeys.Empty)
        {
            return;
        }
        NoteMutation(d, 0);
        *(nint*)(d + KeysOffset) = DictKeys.Empty;
        *(long*)(d + UsedOffset) = 0;
        DictKeys.Release(k);
    }

    /// <summary>Iterates live entries: position is the entry index to start from; returns false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Next(nint d, ref long pos, out nint key, out nint value)
    {
        nint k = Keys(d);
        long n = DictKeys.NEntries(k);
        while (pos < n)
        {
            nint kk = *DictKeys.KeySlot(k, pos);
            if (kk != 0)
            {
                key = kk;
                value = *DictKeys.ValueSlot(k, pos);
                pos++;
                return true;
            }
            pos++;
        }
        key = 0;
        value = 0;
        return false;
    }

    public static nint Copy(nint d)
    {
        nint r = New();
        Merge(r, d);
        return r;
    }

    /// <summary>dict_merge from another dict (override existing keys).</summary>
    public static void Merge(nint d, nint other)
    {
        if (other == d || Used(other) == 0)
        {
            return;
        }
        NoteMutation(d, 0);
        nint ok = Keys(other);
        if (Used(d) == 0 && Used(other) == DictKeys.NEntries(ok) &&
            (DictKeys.Log2Size(ok) == DictKeys.LogMinSize || DictKeys.UsableFraction(DictKeys.Size(ok) / 2) < Used(other)))
        {
            // Clone the other table as is (clone_combined_dict_keys).
            long size = DictKeys.SizeOf(ok);
            nint k = Mem.Alloc(size);
            Buffer.MemoryCopy((void*)ok, (void*)k, size, size);
            *(long*)k = 1;
            long n = DictKeys.NEntries(k);
            for (long i = 0; i < n; i++)
            {
                Ob.XIncref(*DictKeys.KeySlot(k, i));
                Ob.XIncref(*DictKeys.ValueSlot(k, i));
            }
            nint oldKeys = Keys(d);
            *(nint*)(d + KeysOffset) = k;
            *(long*)(d + UsedOffset) = Used(other);
            if (Gc.IsTracked(other))
            {
                Gc.Track(d);
            }
            if (oldKeys != DictKeys.Empty)
            {
                Mem.Free(oldKeys);
            }
            return;
        }
        if (DictKeys.UsableFraction(DictKeys.Size(Keys(d))) < Used(other))
        {
            Resize(d, DictKeys.EstimateLog2KeySize(Used(d) + Used(other)), DictKeys.IsUnicode(ok));
        }
        long pos = 0;
        while (Next(other, ref pos, out nint key, out nint value))
        {
            Ob.Incref(key);
            Ob.Incref(value);
            try
            {
                Set(d, key, value);
            }
            finally
            {
                Ob.Decref(key);
                Ob.Decref(value);
            }
        }
    }

    public override void Dealloc(nint o)
    {
        nint k = Keys(o);
        DictKeys.Release(k);
        FreeObject(o);
    }

    /// <summary>Dicts start untracked and are tracked when a container is inserted (MAINTAIN_TRACKING).</summary>
    public override bool TrackOnAlloc => false;

    /// <summary>dict_traverse: values (and, for general tables, keys) in entry order.</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        nint k = Keys(o);
        if (k == 0)
        {
            return;
        }
        long n = DictKeys.NEntries(k);
        if (DictKeys.IsUnicode(k))
        {
            for (long i = 0; i < n; i++)
            {
                Gc.Visit(visit, *DictKeys.ValueSlot(k, i), arg);
            }
        }
        else
        {
            for (long i = 0; i < n; i++)
            {
                nint v = *DictKeys.ValueSlot(k, i);
                if (v != 0)
                {
                    visit(v, arg);
                    Gc.Visit(visit, *DictKeys.KeySlot(k, i), arg);
                }
            }
        }
    }

    public override void TpClear(nint o) => Clear(o);

    public override long SizeOf(nint o)
    {
        nint k = Keys(o);
        long size = 48;
        if (k != DictKeys.Empty && *(long*)k == 1)
        {
            size += DictKeys.SizeOf(k);
        }
        return size;
    }

    public override long Length(nint o) => Used(o);

    public override bool? Bool(nint o) => Used(o) != 0;

    public override long Hash(nint o) => throw Errors.TypeError("unhashable type: 'dict'");

    public override string Repr(nint o)
    {
        if (Used(o) == 0)
        {
            return "{}";
        }
        using var guard = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "{...}";
        }
        var sb = new StringBuilder("{");
        long pos = 0;
        bool first = true;
        while (Next(o, ref pos, out nint key, out nint value))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            Ob.Incref(key);
            Ob.Incref(value);
            try
            {
                sb.Append(Abstract.ReprString(key)).Append(": ").Append(Abstract.ReprString(value));
            }
            finally
            {
                Ob.Decref(key);
                Ob.Decref(value);
            }
        }
        return sb.Append('}').ToString();
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!IsDictOrSubclass(b) || op is not (CompareOp.Eq or CompareOp.Ne))
        {
            return 0;
        }
        bool eq = Used(a) == Used(b);
        if (eq)
        {
            long pos = 0;
            while (Next(a, ref pos, out nint key, out nint value))
            {
                nint other = Get(b, key);
                if (other == 0 || !Abstract.RichCompareBool(value, other, CompareOp.Eq))
                {
                    eq = false;
                    break;
                }
            }
        }
        return BoolObject.NewRef(op == CompareOp.Eq ? eq : !eq);
    }

    public override bool? Contains(nint o, nint item) => Lookup(o, item, Abstract.Hash(item)) >= 0;

    public override nint GetItem(nint o, nint key)
    {
        nint v = Get(o, key);
        if (v == 0)
        {
            throw Errors.KeyErrorFor(key);
        }
        return Ob.NewRef(v);
    }

    public override void SetItem(nint o, nint key, nint value) => Set(o, key, value);

    public override void DelItem(nint o, nint key)
    {
        if (!Remove(o, key))
        {
            throw Errors.KeyErrorFor(key);
        }
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        BinaryOp plain = op >= BinaryOp.InplaceAdd ? (BinaryOp)(op - BinaryOp.InplaceAdd) : op;
        if (plain != BinaryOp.Or || !IsDictOrSubclass(a) || !IsDictOrSubclass(b))
        {
            return 0;
        }
        if (op == BinaryOp.InplaceOr)
        {
            Merge(a, b);
            return Ob.NewRef(a);
        }
        nint r = Copy(a);
        Merge(r, b);
        return r;
    }

    public override nint Iter(nint o) => DictIterType.KeyIter.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        long nkw = kwnames == 0 ? 0 : TupleType.Count(kwnames);
        long npos = args.Length - nkw;
        if (npos > 1)
        {
            throw Errors.TypeError("dict expected at most 1 argument, got " + npos);
        }
        nint d = New();
        try
        {
            if (npos == 1)
            {
                Update(d, args[0]);
            }
            for (long i = 0; i < nkw; i++)
            {
                Set(d, TupleType.Item(kwnames, i), args[(int)(npos + i)]);
            }
        }
        catch
        {
            Ob.Decref(d);
            throw;
        }
        return d;
    }

    /// <summary>DICT_UPDATE's PyDict_Update(d, other): a dict, or any object with keys() and __getitem__.</summary>
    public static void UpdateFromMapping(nint d, nint other)
    {
        if (IsDict(other))
        {
            Merge(d, other);
            return;
        }
        nint keysMethod;
        try
        {
            keysMethod = Abstract.GetAttr(other, StrObject.Intern("keys"));
        }
        catch (PyException e) when (e.PyType == ExceptionType.AttributeError)
        {
            e.Release();
            throw Errors.TypeError("'" + Ob.TypeOf(other).Name + "' object is not a mapping");
        }
        nint keys;
        try
        {
            keys = Abstract.Call(keysMethod, ReadOnlySpan<nint>.Empty, 0);
        }
        finally
        {
            Ob.Decref(keysMethod);
        }
        nint it;
        try
        {
            it = Abstract.GetIter(keys);
        }
        finally
        {
            Ob.Decref(keys);
        }
        try
        {
            while (true)
            {
                nint key = Ob.TypeOf(it).IterNext(it);
                if (key == 0)
                {
                    break;
                }
                try
                {
                    nint value = Abstract.GetItem(other, key);
                    try
                    {
                        Set(d, key, value);
                    }
                    finally
                    {
                        Ob.Decref(value);
                    }
                }
                finally
                {
                    Ob.Decref(key);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    /// <summary>dict.update(arg): a dict, or an iterable of pairs.</summary>
    public static void Update(nint d, nint arg)
    {
        if (IsDict(arg))
        {
            Merge(d, arg);
            return;
        }
        if (Ob.TypeOf(arg).FindMember("keys") is not null)
        {
            nint keys = Abstract.CallMethod(arg, "keys");
            nint list = Abstract.SequenceToList(keys);
            Ob.Decref(keys);
            try
            {
                for (long i = 0; i < ListType.Count(list); i++)
                {
                    nint key = ListType.Item(list, i);
                    nint value = Abstract.GetItem(arg, key);
                    Set(d, key, value);
                    Ob.Decref(value);
                }
            }
            finally
            {
                Ob.Decref(list);
            }
            return;
        }
        nint it = Abstract.GetIter(arg);
        try
        {
            long index = 0;
            while (true)
            {
                nint item = Ob.TypeOf(it).IterNext(it);
                if (item == 0)
                {
                    break;
                }
                try
                {
                    nint pair = Abstract.SequenceToList(item);
                    try
                    {
                        if (ListType.Count(pair) != 2)
                        {
                            throw Errors.ValueError("dictionary update sequence element #" + index + " has length " + ListType.Count(pair) + "; 2 is required");
                        }
                        Set(d, ListType.Item(pair, 0), ListType.Item(pair, 1));
                    }
                    finally
                    {
                        Ob.Decref(pair);
                    }
                }
                catch (PyException e) when (e.PyType == ExceptionType.TypeError && !e.PyMessage.StartsWith("unhashable", StringComparison.Ordinal))
                {
                    throw Errors.TypeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
                }
                finally
                {
                    Ob.Decref(item);
                }
                index++;
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    private static nint GetMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("get", args, 1, 2);
        nint v = Get(self, args[0]);
        if (v != 0)
        {
            return Ob.NewRef(v);
        }
        return args.Length == 2 ? Ob.NewRef(args[1]) : Singletons.None;
    }

    private static nint PopMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("pop", args, 1, 2);
        nint v = Pop(self, args[0]);
        if (v != 0)
        {
            return v;
        }
        if (args.Length == 2)
        {
            return Ob.NewRef(args[1]);
        }
        throw Errors.KeyErrorFor(args[0]);
    }

    private static nint PopItemMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("dict.popitem", args, 0);
        if (Used(self) == 0)
        {
            throw new PyException(ExceptionType.KeyError, "'popitem(): dictionary is empty'");
        }
        nint k = Keys(self);
        long i = DictKeys.NEntries(k) - 1;
        while (*DictKeys.KeySlot(k, i) == 0)
        {
            i--;
        }
        nint key = Ob.NewRef(*DictKeys.KeySlot(k, i));
        nint value = Pop(self, key);
        DictKeys.SetNEntries(Keys(self), i);
        return TupleType.Pack(key, value);
    }

    private static nint UpdateMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        long nkw = kw == 0 ? 0 : TupleType.Count(kw);
        long npos = args.Length - nkw;
        if (npos > 1)
        {
            throw Errors.TypeError("update expected at most 1 argument, got " + npos);
        }
        if (npos == 1)
        {
            Update(self, args[0]);
        }
        for (long i = 0; i < nkw; i++)
        {
            Set(self, TupleType.Item(kw, i), args[(int)(npos + i)]);
        }
        return Singletons.None;
    }

    private static nint SetDefaultMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("setdefault", args, 1, 2);
        nint v = Get(self, args[0]);
        if (v != 0)
        {
            return Ob.NewRef(v);
        }
        nint dflt = args.Length == 2 ? args[1] : Singletons.None;
        Set(self, args[0], dflt);
        return Ob.NewRef(dflt);
    }
}
