// Mirrors CPython Objects/setobject.c: open-addressing hash sets with linear probing.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>set</c> and <c>frozenset</c>: fill +16, used +24, mask +32, table +40, hash +48, finger +56, an inline
/// 8-entry smalltable at +64 (16-byte entries: key, hash), weakreflist +192: 200 bytes + GC head = 216.
/// Insertion, probing (9 linear probes then perturbation) and resizing follow CPython so iteration order matches.
/// </summary>
internal sealed unsafe class SetType : PyType
{
    public const int FillOffset = 16, UsedOffset = 24, MaskOffset = 32, TableOffset = 40, HashOffset = 48, SmallTableOffset = 64;
    public const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    public static readonly SetType Set = new("set", false);
    public static readonly SetType FrozenSet = new("frozenset", true);

    /// <summary>The dummy key that marks a deleted entry.</summary>
    public static nint Dummy;

    private SetType(string name, bool frozen) : base(name, 200, 0, true, ObjectType.Instance)
    {
        Frozen = frozen;
        if (!frozen)
        {
            this.AddMethod("add", (self, args, kw) => { Args.Exact("set.add", args, 1); Add(self, args[0]); return Singletons.None; });
            this.AddMethod("discard", (self, args, kw) => { Args.Exact("set.discard", args, 1); Discard(self, args[0]); return Singletons.None; });
            this.AddMethod("remove", (self, args, kw) =>
            {
                Args.Exact("set.remove", args, 1);
                if (!Discard(self, args[0]))
                {
                    throw Errors.KeyErrorFor(args[0]);
                }
                return Singletons.None;
            });
            this.AddMethod("update", (self, args, kw) => { foreach (nint a in args) { Update(self, a); } return Singletons.None; });
            this.AddMethod("clear", (self, args, kw) => { Args.Exact("set.clear", args, 0); ClearTable(self); return Singletons.None; });
        }
        this.AddMethod("copy", (self, args, kw) =>
        {
            Args.Exact(Ob.TypeOf(self).Name + ".copy", args, 0);
            if (Ob.TypeOf(self) == FrozenSet)
            {
                return Ob.NewRef(self); // frozenset_copy: an exact frozenset is its own copy
            }
            nint r = NewOf(Set);
            Update(r, self);
            return r;
        });
        SetMethods.Install(this);
    }

    public bool Frozen { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Used(nint s) => *(long*)(s + UsedOffset);
    private static long Fill(nint s) => *(long*)(s + FillOffset);
    private static long Mask(nint s) => *(long*)(s + MaskOffset);
    private static nint Table(nint s) => *(nint*)(s + TableOffset);

    public static bool IsAnySet(nint o) => Ob.Type(o) == Set.Address || Ob.Type(o) == FrozenSet.Address || Ob.TypeOf(o).IsSubtypeOf(Set);

    public static nint NewOf(SetType type)
    {
        nint s = type.AllocObject(200);
        InitEmpty(s);
        return s;
    }

    /// <summary>Makes the set part of s (a set or a set subclass instance) empty, using its small table.</summary>
    public static void InitEmpty(nint s)
    {
        *(long*)(s + FillOffset) = 0;
        *(long*)(s + UsedOffset) = 0;
        *(long*)(s + MaskOffset) = MinSize - 1;
        *(nint*)(s + TableOffset) = s + SmallTableOffset;
        *(long*)(s + HashOffset) = -1;
        *(long*)(s + 56) = 0;
        new Span<byte>((void*)(s + SmallTableOffset), 128).Clear();
        *(nint*)(s + 192) = 0;
    }

    public static void Add(nint s, nint key) => AddEntry(s, key, Abstract.Hash(key));

    private static void AddEntry(nint s, nint key, long hash)
    {
    restart:
        ulong mask = (ulong)Mask(s);
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            nint* entry = (nint*)(Table(s) + (long)i * 16);
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            do
            {
                if (entry[1] == 0 && entry[0] == 0)
                {
                    entry[0] = Ob.NewRef(key);
                    entry[1] = (nint)hash;
                    *(long*)(s + FillOffset) += 1;
                    *(long*)(s + UsedOffset) += 1;
                    if ((ulong)Fill(s) * 5 < mask * 3)
                    {
                        return;
                    }
                    ResizeTable(s, Used(s) > 50000 ? Used(s) * 2 : Used(s) * 4);
                    return;
                }
                if (entry[1] == (nint)hash)
                {
                    nint start = entry[0];
                    if (start == key)
                    {
                        return;
                    }
                    if (StrObject.IsStr(start) && StrObject.IsStr(key) && StrObject.EqualStr(start, key))
                    {
                        return;
                    }
                    nint table = Table(s);
                    Ob.Incref(start);
                    bool eq;
                    try
                    {
                        eq = Abstract.RichCompareBool(start, key, CompareOp.Eq);
                    }
                    finally
                    {
                        Ob.Decref(start);
                    }
                    if (eq)
                    {
                        return;
                    }
                    if (table != Table(s) || entry[0] != start)
                    {
                        goto restart;
                    }
                }
                entry += 2;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private static void InsertClean(nint table, ulong mask, nint key, long hash)
    {
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            nint* entry = (nint*)(table + (long)i * 16);
            if (entry[0] == 0)
            {
                entry[0] = key;
                entry[1] = (nint)hash;
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (int j = 0; j < LinearProbes; j++)
                {
                    entry += 2;
                    if (entry[0] == 0)
                    {
                        entry[0] = key;
                        entry[1] = (nint)hash;
                        return;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private static void ResizeTable(nint s, long minused)
    {
        long newsize = MinSize;
        while (newsize <= minused)
        {
            newsize <<= 1;
        }
        nint oldTable = Table(s);
        long oldMask = Mask(s);
        bool oldIsSmall = oldTable == s + SmallTableOffset;
        nint[]? smallCopy = null;
        if (oldIsSmall)
        {
            smallCopy = new nint[16];
            for (int k = 0; k < 16; k++)
            {
                smallCopy[k] = ((nint*)oldTable)[k];
            }
        }
        nint newTable;
        if (newsize == MinSize)
        {
            newTable = s + SmallTableOffset;
        }
        else
        {
            newTable = Mem.Alloc(newsize * 16);
        }
        new Span<byte>((void*)newTable, (int)(newsize * 16)).Clear();
        *(long*)(s + MaskOffset) = newsize - 1;
        *(nint*)(s + TableOffset) = newTable;
        ulong newMask = (ulong)(newsize - 1);
        for (long k = 0; k <= oldMask; k++)
        {
            nint key = smallCopy != null ? smallCopy[k * 2] : ((nint*)oldTable)[k * 2];
            nint hash = smallCopy != null ? smallCopy[k * 2 + 1] : ((nint*)oldTable)[k * 2 + 1];
            if (key != 0 && key != Dummy)
            {
                InsertClean(newTable, newMask, key, hash);
            }
        }
        *(long*)(s + FillOffset) = Used(s);
        if (!oldIsSmall)
        {
            Mem.Free(oldTable);
        }
    }

    private static nint* FindEntry(nint s, nint key, long hash)
    {
        ulong mask = (ulong)Mask(s);
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            nint* entry = (nint*)(Table(s) + (long)i * 16);
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            do
            {
                if (entry[1] == 0 && entry[0] == 0)
                {
                    return null;
                }
                if (entry[1] == (nint)hash && entry[0] != Dummy)
                {
                    nint start = entry[0];
                    if (start == key || (StrObject.IsStr(start) && StrObject.IsStr(key) && StrObject.EqualStr(start, key)) ||
                        Abstract.RichCompareBool(start, key, CompareOp.Eq))
                    {
                        return entry;
                    }
                }
                entry += 2;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public static bool ContainsKey(nint s, nint key) => FindEntry(s, key, Abstract.Hash(key)) != null;

    public static bool Discard(nint s, nint key)
    {
        nint* e = FindEntry(s, key, Abstract.Hash(key));
        if (e == null)
        {
            return false;
        }
        nint old = e[0];
        e[0] = Dummy;
        e[1] = -1;
        *(long*)(s + UsedOffset) -= 1;
        Ob.Decref(old);
        return true;
    }

    /// <summary>set_update_internal: merge another set (set_merge) or add an iterable's items.</summary>
    public static void Update(nint s, nint other)
    {
        if (IsAnySet(other))
        {
            Merge(s, other);
            return;
        }
        if (DictType.IsDict(other))
        {
            // set_update_internal: one big resize up front for a dict's keys.
            long dictSize = DictType.Used(other);
            if ((Fill(s) + dictSize) * 5 >= Mask(s) * 3)
            {
                ResizeTable(s, (Used(s) + dictSize) * 2);
            }
            long pos = 0;
            while (DictType.Next(other, ref pos, out nint key, out _))
            {
                Add(s, key);
            }
            return;
        }
        nint it = Abstract.GetIter(other);
        try
        {
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint item = t.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                try
                {
                    Add(s, item);
                }
                finally
                {
                    Ob.Decref(item);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    private static void Merge(nint so, nint other)
    {
        if (so == other || Used(other) == 0)
        {
            return;
        }
        if ((Fill(so) + Used(other)) * 5 >= Mask(so) * 3)
        {
            ResizeTable(so, (Used(so) + Used(other)) * 2);
        }
        nint otherTable = Table(other);
        long otherMask = Mask(other);
        if (Fill(so) == 0 && Mask(so) == otherMask && Fill(other) == Used(other))
        {
            for (long i = 0; i <= otherMask; i++)
            {
                nint key = ((nint*)otherTable)[i * 2];
                if (key != 0)
                {
                    ((nint*)Table(so))[i * 2] = Ob.NewRef(key);
                    ((nint*)Table(so))[i * 2 + 1] = ((nint*)otherTable)[i * 2 + 1];
                }
            }
            *(long*)(so + FillOffset) = Fill(other);
            *(long*)(so + UsedOffset) = Used(other);
            return;
        }
        if (Fill(so) == 0)
        {
            *(long*)(so + FillOffset) = Used(other);
            *(long*)(so + UsedOffset) = Used(other);
            for (long i = 0; i <= otherMask; i++)
            {
                nint key = ((nint*)otherTable)[i * 2];
                if (key != 0 && key != Dummy)
                {
                    InsertClean(Table(so), (ulong)Mask(so), Ob.NewRef(key), ((nint*)otherTable)[i * 2 + 1]);
                }
            }
            return;
        }
        for (long i = 0; i <= otherMask; i++)
        {
            nint key = ((nint*)otherTable)[i * 2];
            if (key != 0 && key != Dummy)
            {
                AddEntry(so, key, ((nint*)otherTable)[i * 2 + 1]);
            }
        }
    }

    /// <summary>Iterates the table in slot order.</summary>
    public static bool Next(nint s, ref long pos, out nint key)
    {
        nint table = Table(s);
        long mask = Mask(s);
        while (pos <= mask)
        {
            nint k = ((nint*)table)[pos * 2];
            pos++;
            if (k != 0 && k != Dummy)
            {
                key = k;
                return true;
            }
        }
        key = 0;
        return false;
    }

    public static void ClearTable(nint s)
    {
        nint table = Table(s);
        long mask = Mask(s);
        var keys = new List<nint>();
        for (long i = 0; i <= mask; i++)
        {
            nint k = ((nint*)table)[i * 2];
            if (k != 0 && k != Dummy)
            {
                keys.Add(k);
            }
        }
        if (table != s + SmallTableOffset)
        {
            Mem.Free(table);
        }
        *(long*)(s + FillOffset) = 0;
        *(long*)(s + UsedOffset) = 0;
        *(long*)(s + MaskOffset) = MinSize - 1;
        *(nint*)(s + TableOffset) = s + SmallTableOffset;
        new Span<byte>((void*)(s + SmallTableOffset), 128).Clear();
        foreach (nint k in keys)
        {
            Ob.Decref(k);
        }
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        nint table = Table(o);
        if (table == 0)
        {
            return;
        }
        long mask = Mask(o);
        for (long i = 0; i <= mask; i++)
        {
            nint k = ((nint*)table)[i * 2];
            if (k != 0 && k != Dummy)
            {
                visit(k, arg);
            }
        }
    }

    public override void TpClear(nint o)
    {
        if (Table(o) != 0)
        {
            ClearTable(o);
        }
    }

    public override void Dealloc(nint o)
    {
        nint table = Table(o);
        long mask = Mask(o);
        for (long i = 0; i <= mask; i++)
        {
            nint k = ((nint*)table)[i * 2];
            if (k != 0 && k != Dummy)
            {
                Ob.Decref(k);
            }
        }
        if (table != o + SmallTableOffset)
        {
            Mem.Free(table);
        }
        FreeObject(o);
    }

    public override long SizeOf(nint o) => 200 + (Table(o) != o + SmallTableOffset ? (Mask(o) + 1) * 16 : 0);

    public override long Length(nint o) => Used(o);

    public override bool? Bool(nint o) => Used(o) != 0;

    public override bool? Contains(nint o, nint item) => ContainsKey(o, item);

    public override string Repr(nint o)
    {
        if (Used(o) == 0)
        {
            return Name + "()";
        }
        using var guard = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return Name + "(...)";
        }
        var sb = new StringBuilder();
        if (Frozen)
        {
            sb.Append(Name).Append('(');
        }
        sb.Append('{');
        long pos = 0;
        bool first = true;
        while (Next(o, ref pos, out nint key))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(Abstract.ReprString(key));
        }
        sb.Append('}');
        if (Frozen)
        {
            sb.Append(')');
        }
        return sb.ToString();
    }

    public override long Hash(nint o)
    {
        if (!Frozen)
        {
            throw Errors.TypeError("unhashable type: 'set'");
        }
        long cached = *(long*)(o + HashOffset);
        if (cached != -1)
        {
            return cached;
        }
        ulong hash = 0;
        nint table = Table(o);
        for (long i = 0; i <= Mask(o); i++)
        {
            nint k = ((nint*)table)[i * 2];
            if (k != 0 && k != Dummy)
            {
                ulong h = (ulong)((nint*)table)[i * 2 + 1];
                hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
            }
        }
        hash ^= ((ulong)Used(o) + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long result = hash == ulong.MaxValue ? 590923713L : (long)hash;
        *(long*)(o + HashOffset) = result;
        return result;
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!IsAnySet(b))
        {
            return 0;
        }
        bool aInB = IsSubset(a, b), bInA = IsSubset(b, a);
        bool r = op switch
        {
            CompareOp.Eq => aInB && bInA,
            CompareOp.Ne => !(aInB && bInA),
            CompareOp.Le => aInB,
            CompareOp.Lt => aInB && !bInA,
            CompareOp.Ge => bInA,
            _ => bInA && !aInB,
        };
        return BoolObject.NewRef(r);
    }

    private static bool IsSubset(nint a, nint b)
    {
        if (Used(a) > Used(b))
        {
            return false;
        }
        long pos = 0;
        while (Next(a, ref pos, out nint key))
        {
            if (!ContainsKey(b, key))
            {
                return false;
            }
        }
        return true;
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        bool inplace = op >= BinaryOp.InplaceAdd;
        BinaryOp plain = inplace ? (BinaryOp)(op - BinaryOp.InplaceAdd) : op;
        if (!IsAnySet(a) || !IsAnySet(b) || plain is not (BinaryOp.Or or BinaryOp.And or BinaryOp.Subtract or BinaryOp.Xor))
        {
            return 0;
        }
        SetType resultType = Ob.TypeOf(a).IsSubtypeOf(FrozenSet) ? FrozenSet : Set; // make_new_set_basetype
        if (inplace && !resultType.Frozen && plain is not BinaryOp.And)
        {
            // set_ior / set_isub / set_ixor work in place.
            if (plain == BinaryOp.Or)
            {
                Update(a, b);
            }
            else if (plain == BinaryOp.Subtract)
            {
                SetMethods.DifferenceUpdate(a, b);
            }
            else
            {
                SetMethods.SymmetricDifferenceUpdate(a, b);
            }
            return Ob.NewRef(a);
        }
        if (plain is BinaryOp.And or BinaryOp.Subtract or BinaryOp.Xor)
        {
            nint res = plain == BinaryOp.And ? SetMethods.Intersection(a, b)
                : plain == BinaryOp.Subtract ? SetMethods.Difference(a, b)
                : SetMethods.SymmetricDifference(a, b);
            if (inplace && !resultType.Frozen)
            {
                ClearTable(a);
                Update(a, res);
                Ob.Decref(res);
                return Ob.NewRef(a);
            }
            return res;
        }
        nint r = NewOf(resultType);
        try
        {
            Update(r, a);
            Update(r, b);
        }
        catch
        {
            Ob.Decref(r);
            throw;
        }
        return r;
    }

    public override nint Iter(nint o) => SetIterType.Instance.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length > 1)
        {
            throw Errors.TypeError(Name + " expected at most 1 argument, got " + args.Length);
        }
        if (Frozen && args.Length == 1 && Ob.Type(args[0]) == FrozenSet.Address)
        {
            return Ob.NewRef(args[0]);
        }
        nint s = NewOf(this);
        if (args.Length == 1)
        {
            try
            {
                Update(s, args[0]);
            }
            catch
            {
                Ob.Decref(s);
                throw;
            }
        }
        return s;
    }
}
