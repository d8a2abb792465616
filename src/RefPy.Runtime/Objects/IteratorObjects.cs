// Mirrors CPython Objects/listobject.c (listiterator), tupleobject.c (tupleiterator), unicodeobject.c
// (str_ascii_iterator), setobject.c (set_iterator) and dictobject.c (dict iterators and views).
namespace RefPy.Runtime.Objects;

/// <summary>
/// Iterators over lists, tuples and strs: it_index +16, it_seq +24 (32 bytes + GC head). Like CPython, an
/// exhausted iterator drops its reference to the sequence.
/// </summary>
internal sealed unsafe class SeqIterType : IndexSeqIterType
{
    private readonly Kind kind;

    private enum Kind { List, Tuple, Str }

    public static readonly SeqIterType ListIter = new("list_iterator", Kind.List);
    public static readonly SeqIterType TupleIter = new("tuple_iterator", Kind.Tuple);
    public static readonly SeqIterType StrIter = new("str_ascii_iterator", Kind.Str);

    private SeqIterType(string name, Kind kind) : base(name)
    {
        this.kind = kind;
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
        switch (kind)
        {
            case Kind.List:
                if (i < ListType.Count(seq))
                {
                    *(long*)(o + 16) = i + 1;
                    return Ob.NewRef(ListType.Item(seq, i));
                }
                break;
            case Kind.Tuple:
                if (i < TupleType.Count(seq))
                {
                    *(long*)(o + 16) = i + 1;
                    return Ob.NewRef(TupleType.Item(seq, i));
                }
                break;
            default:
                if (i < StrObject.Length(seq))
                {
                    *(long*)(o + 16) = i + 1;
                    int c = StrObject.CodePointAt(seq, i);
                    return c < 256 ? StrObject.Latin1Char(c) : StrObject.FromCodePoints([c]);
                }
                break;
        }
        return Exhaust(o);
    }
}

/// <summary>set_iterator: si_set +16, si_used +24, si_pos +32, len +40.</summary>
internal sealed unsafe class SetIterType : PyType
{
    public static readonly SetIterType Instance = new();

    private SetIterType() : base("set_iterator", 48, 0, true, ObjectType.Instance)
    {
    }

    public nint New(nint set)
    {
        nint it = AllocObject(48);
        *(nint*)(it + 16) = Ob.NewRef(set);
        *(long*)(it + 24) = SetType.Used(set);
        *(long*)(it + 32) = 0;
        *(long*)(it + 40) = SetType.Used(set);
        return it;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, *(nint*)(o + 16), arg);

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override nint IterNext(nint o)
    {
        nint set = *(nint*)(o + 16);
        if (set == 0)
        {
            return 0;
        }
        if (*(long*)(o + 24) != SetType.Used(set))
        {
            *(long*)(o + 24) = -1;
            throw Errors.RuntimeError("Set changed size during iteration");
        }
        long pos = *(long*)(o + 32);
        if (SetType.Next(set, ref pos, out nint key))
        {
            *(long*)(o + 32) = pos;
            return Ob.NewRef(key);
        }
        *(nint*)(o + 16) = 0;
        Ob.Decref(set);
        return 0;
    }
}

/// <summary>
/// dict_keyiterator / dict_valueiterator / dict_itemiterator: di_dict +16, di_used +24, di_pos +32,
/// di_result +40, len +48. The items iterator recycles its result tuple while nobody else holds it, so the
/// current pair keeps one extra reference to its key and value (CPython 3.12 dictiter_iternextitem).
/// </summary>
internal sealed unsafe class DictIterType : PyType
{
    private readonly int kind; // 0 keys, 1 values, 2 items

    public static readonly DictIterType KeyIter = new("dict_keyiterator", 0);
    public static readonly DictIterType ValueIter = new("dict_valueiterator", 1);
    public static readonly DictIterType ItemIter = new("dict_itemiterator", 2);

    private DictIterType(string name, int kind) : base(name, 56, 0, true, ObjectType.Instance)
    {
        this.kind = kind;
    }

    public nint New(nint dict)
    {
        nint it = AllocObject(56);
        *(nint*)(it + 16) = Ob.NewRef(dict);
        *(long*)(it + 24) = DictType.Used(dict);
        *(long*)(it + 32) = 0;
        *(nint*)(it + 40) = kind == 2 ? TupleType.Pack(Singletons.None, Singletons.None) : 0;
        *(long*)(it + 48) = DictType.Used(dict);
        return it;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        Ob.XDecref(*(nint*)(o + 40));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        Gc.Visit(visit, *(nint*)(o + 16), arg);
        Gc.Visit(visit, *(nint*)(o + 40), arg);
    }

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override nint IterNext(nint o)
    {
        nint d = *(nint*)(o + 16);
        if (d == 0)
        {
            return 0;
        }
        if (*(long*)(o + 24) != DictType.Used(d))
        {
            *(long*)(o + 24) = -1;
            throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        long pos = *(long*)(o + 32);
        if (!DictType.Next(d, ref pos, out nint key, out nint value))
        {
            *(nint*)(o + 16) = 0;
            Ob.Decref(d);
            return 0;
        }
        *(long*)(o + 32) = pos;
        *(long*)(o + 48) -= 1;
        if (kind == 0)
        {
            return Ob.NewRef(key);
        }
        if (kind == 1)
        {
            return Ob.NewRef(value);
        }
        nint result = *(nint*)(o + 40);
        if (Ob.RefCnt(result) == 1)
        {
            nint oldKey = TupleType.Item(result, 0);
            nint oldValue = TupleType.Item(result, 1);
            TupleType.SetItemInit(result, 0, Ob.NewRef(key));
            TupleType.SetItemInit(result, 1, Ob.NewRef(value));
            Ob.Incref(result);
            Ob.Decref(oldKey);
            Ob.Decref(oldValue);
            return result;
        }
        return TupleType.Pack(Ob.NewRef(key), Ob.NewRef(value));
    }
}

/// <summary>dict_keys / dict_values / dict_items views: dv_dict +16 (24 bytes + GC head).</summary>
internal sealed unsafe class DictViewType : PyType
{
    private readonly int kind;

    public static readonly DictViewType Keys = new("dict_keys", 0);
    public static readonly DictViewType Values = new("dict_values", 1);
    public static readonly DictViewType Items = new("dict_items", 2);

    private DictViewType(string name, int kind) : base(name, 24, 0, true, ObjectType.Instance)
    {
        this.kind = kind;
        if (kind != 1)
        {
            this.AddMethod("isdisjoint", (self, args, kw) =>
            {
                Args.Exact(name + ".isdisjoint", args, 1);
                nint it = Abstract.GetIter(args[0]);
                try
                {
                    PyType t = Ob.TypeOf(it);
                    while (true)
                    {
                        nint item = t.IterNext(it);
                        if (item == 0)
                        {
                            return BoolObject.True;
                        }
                        bool found;
                        try
                        {
                            found = Abstract.Contains(self, item);
                        }
                        finally
                        {
                            Ob.Decref(item);
                        }
                        if (found)
                        {
                            return BoolObject.False;
                        }
                    }
                }
                finally
                {
                    Ob.Decref(it);
                }
            });
        }
    }

    public nint New(nint dict)
    {
        nint v = AllocObject(24);
        *(nint*)(v + 16) = Ob.NewRef(dict);
        return v;
    }

    private static nint Dict(nint v) => *(nint*)(v + 16);

    public override void Dealloc(nint o)
    {
        Ob.XDecref(Dict(o));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, Dict(o), arg);

    public override long Length(nint o) => DictType.Used(Dict(o));

    /// <summary>
    /// dictview_richcompare: keys and items views compare like sets against sets and other keys/items views,
    /// by lengths and membership (all_contained_in), so unhashable values in an items view are fine.
    /// </summary>
    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        PyType tb = Ob.TypeOf(b);
        if (kind == 1 || !(tb is SetType || tb == Keys || tb == Items))
        {
            return 0;
        }
        long la = Abstract.Length(a), lb = Abstract.Length(b);
        bool ok = op switch
        {
            CompareOp.Eq or CompareOp.Ne => la == lb && AllContainedIn(a, b),
            CompareOp.Lt => la < lb && AllContainedIn(a, b),
            CompareOp.Le => la <= lb && AllContainedIn(a, b),
            CompareOp.Gt => la > lb && AllContainedIn(b, a),
            _ => la >= lb && AllContainedIn(b, a),
        };
        return BoolObject.NewRef(op == CompareOp.Ne ? !ok : ok);
    }

    private static bool AllContainedIn(nint self, nint other)
    {
        nint it = Abstract.GetIter(self);
        try
        {
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint item = t.IterNext(it);
                if (item == 0)
                {
                    return true;
                }
                bool found;
                try
                {
                    found = Abstract.Contains(other, item);
                }
                finally
                {
                    Ob.Decref(item);
                }
                if (!found)
                {
                    return false;
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    /// <summary>
    /// dictviews_or/and/sub/xor: keys and items views (on either side) combine with any iterable like sets,
    /// giving a new set.
    /// </summary>
    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        BinaryOp plain = op >= BinaryOp.InplaceAdd ? (BinaryOp)(op - BinaryOp.InplaceAdd) : op;
        if (kind == 1 || plain is not (BinaryOp.Or or BinaryOp.And or BinaryOp.Subtract or BinaryOp.Xor))
        {
            return 0;
        }
        if (plain != BinaryOp.And)
        {
            // dictviews_sub/or/xor: set(left), then updated in place by the right operand (so the order follows).
            nint result = SetType.NewOf(SetType.Set);
            try
            {
                // dictviews_to_set: a keys view converts from its dict (set_update's presized dict path).
                SetType.Update(result, Ob.Type(a) == Keys.Address ? Dict(a) : a);
                switch (plain)
                {
                    case BinaryOp.Or: SetType.Update(result, b); break;
                    case BinaryOp.Subtract: SetMethods.DifferenceUpdate(result, b); break;
                    default: SetMethods.SymmetricDifferenceUpdate(result, b); break;
                }
            }
            catch
            {
                Ob.Decref(result);
                throw;
            }
            return result;
        }
        nint sa = SetType.NewOf(SetType.Set);
        nint sb = SetType.NewOf(SetType.Set);
        try
        {
            SetType.Update(sa, a);
            SetType.Update(sb, b);
            return SetType.Set.Binary(plain, sa, sb);
        }
        finally
        {
            Ob.Decref(sa);
            Ob.Decref(sb);
        }
    }

    public override nint Iter(nint o) => (kind == 0 ? DictIterType.KeyIter : kind == 1 ? DictIterType.ValueIter : DictIterType.ItemIter).New(Dict(o));

    public override bool? Contains(nint o, nint item)
    {
        nint d = Dict(o);
        if (kind == 0)
        {
            return DictType.Lookup(d, item, Abstract.Hash(item)) >= 0;
        }
        if (kind == 2)
        {
            if (!TupleType.IsTuple(item) || TupleType.Count(item) != 2)
            {
                return false;
            }
            nint v = DictType.Get(d, TupleType.Item(item, 0));
            return v != 0 && Abstract.RichCompareBool(v, TupleType.Item(item, 1), CompareOp.Eq);
        }
        return null;
    }

    public override string Repr(nint o)
    {
        nint list = Abstract.SequenceToList(o);
        try
        {
            return Name + "(" + ListType.Instance.Repr(list) + ")";
        }
        finally
        {
            Ob.Decref(list);
        }
    }
}
