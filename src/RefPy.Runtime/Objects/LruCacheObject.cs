// Mirrors CPython Modules/_functoolsmodule.c: _lru_cache_wrapper (infinite, bounded and uncached variants),
// its _lru_list_elem links, and the CacheInfo named tuple of Lib/functools.py.
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>functools._lru_cache_wrapper</c> (lru_cache_object: 152 bytes + GC head = getsizeof 168). The object
/// starts with the root link of the LRU list: prev +16, next +24 (raw pointers), then typed +64, cache +72
/// (dict), hits +80, func +88, maxsize +96 (-1: unbounded), misses +104, kwd_mark +112, dict +136.
/// Like CPython, an unbounded cache maps keys straight to results; a bounded one maps keys to links that
/// hold the key and the result (so a cached single int/str argument is referenced twice, by the dict and
/// by its link). A call with one int or str argument and no keywords uses the argument itself as the key,
/// otherwise the args tuple (with keyword items after a marker object, and the argument types when typed).
/// </summary>
internal sealed unsafe class LruCacheType : PyType, ICallableInstances
{
    /// <summary>Like the Python function it stands for, it binds to the instance it is read from (a method).</summary>
    public override nint DescrGet(nint descr, nint instance, nint owner) =>
        instance == 0 || instance == Singletons.None ? Ob.NewRef(descr) : MethodType.New(descr, instance);

    private const int PrevOff = 16, NextOff = 24, TypedOff = 64, CacheOff = 72, HitsOff = 80, FuncOff = 88,
        MaxSizeOff = 96, MissesOff = 104, KwdMarkOff = 112, DictOff = 136;
    public static readonly LruCacheType Instance = new();

    private LruCacheType() : base("_lru_cache_wrapper", 152, 0, true, ObjectType.Instance)
    {
        this.AddMethod("cache_info", (self, args, kw) =>
        {
            Args.Exact("cache_info", args, 0);
            long max = *(long*)(self + MaxSizeOff);
            return CacheInfoType.Instance.New(
                IntType.FromLong(*(long*)(self + HitsOff)),
                IntType.FromLong(*(long*)(self + MissesOff)),
                max < 0 ? Singletons.None : IntType.FromLong(max),
                IntType.FromLong(DictType.Used(*(nint*)(self + CacheOff))));
        });
        this.AddMethod("cache_clear", (self, args, kw) =>
        {
            Args.Exact("cache_clear", args, 0);
            nint list = UnlinkList(self);
            *(long*)(self + HitsOff) = 0;
            *(long*)(self + MissesOff) = 0;
            DictType.Clear(*(nint*)(self + CacheOff));
            ClearList(list);
            return Singletons.None;
        });
        this.AddMethod("cache_parameters", (self, args, kw) =>
        {
            Args.Exact("cache_parameters", args, 0);
            nint d = DictType.New();
            long max = *(long*)(self + MaxSizeOff);
            nint m = max < 0 ? Singletons.None : IntType.FromLong(max);
            DictType.Set(d, StrObject.Intern("maxsize"), m);
            Ob.Decref(m);
            DictType.Set(d, StrObject.Intern("typed"), BoolObject.NewRef(*(long*)(self + TypedOff) != 0));
            return d;
        });
    }

    public override string? ModuleName => "functools";

    /// <summary>A wrapper over func (borrowed); maxsize -1 for an unbounded cache.</summary>
    public nint New(nint func, long maxsize, bool typed)
    {
        nint o = AllocObject(152);
        *(nint*)(o + PrevOff) = o;
        *(nint*)(o + NextOff) = o;
        *(long*)(o + TypedOff) = typed ? 1 : 0;
        *(nint*)(o + CacheOff) = DictType.New();
        *(nint*)(o + FuncOff) = Ob.NewRef(func);
        *(long*)(o + MaxSizeOff) = maxsize;
        nint mark = ObjectType.Instance.AllocObject(16);
        *(nint*)(o + KwdMarkOff) = mark;
        return o;
    }

    private static nint Root(nint o) => o;

    private static nint MakeKey(nint self, ReadOnlySpan<nint> pos, nint kwnames, ReadOnlySpan<nint> kwvalues)
    {
        bool typed = *(long*)(self + TypedOff) != 0;
        int nkw = kwvalues.Length;
        if (!typed && nkw == 0)
        {
            if (pos.Length == 1 && (StrObject.IsStr(pos[0]) || Ob.Type(pos[0]) == IntType.Instance.Address))
            {
                return Ob.NewRef(pos[0]);
            }
            return TupleType.FromSpan(pos);
        }
        int size = pos.Length + (nkw > 0 ? nkw * 2 + 1 : 0) + (typed ? pos.Length + nkw : 0);
        nint key = TupleType.New(size);
        int k = 0;
        foreach (nint a in pos)
        {
            TupleType.SetItemInit(key, k++, Ob.NewRef(a));
        }
        if (nkw > 0)
        {
            TupleType.SetItemInit(key, k++, Ob.NewRef(*(nint*)(self + KwdMarkOff)));
            for (int i = 0; i < nkw; i++)
            {
                TupleType.SetItemInit(key, k++, Ob.NewRef(TupleType.Item(kwnames, i)));
                TupleType.SetItemInit(key, k++, Ob.NewRef(kwvalues[i]));
            }
        }
        if (typed)
        {
            foreach (nint a in pos)
            {
                TupleType.SetItemInit(key, k++, Ob.NewRef(Ob.Type(a)));
            }
            for (int i = 0; i < nkw; i++)
            {
                TupleType.SetItemInit(key, k++, Ob.NewRef(Ob.Type(kwvalues[i])));
            }
        }
        return key;
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint self = callable;
        long maxsize = *(long*)(self + MaxSizeOff);
        nint func = *(nint*)(self + FuncOff);
        if (maxsize == 0)
        {
            *(long*)(self + MissesOff) += 1;
            return Abstract.Call(func, args, kwnames);
        }
        int nkw = Py.KwCount(kwnames);
        nint key = MakeKey(self, args[..(args.Length - nkw)], kwnames, args[(args.Length - nkw)..]);
        nint cache = *(nint*)(self + CacheOff);
        try
        {
            nint found = DictType.Get(cache, key);
            if (maxsize < 0)
            {
                if (found != 0)
                {
                    *(long*)(self + HitsOff) += 1;
                    return Ob.NewRef(found);
                }
                *(long*)(self + MissesOff) += 1;
                nint r = Abstract.Call(func, args, kwnames);
                try
                {
                    DictType.Set(cache, key, r);
                }
                catch
                {
                    Ob.Decref(r);
                    throw;
                }
                return r;
            }
            if (found != 0)
            {
                Extract(found);
                AppendLink(self, found);
                *(long*)(self + HitsOff) += 1;
                return Ob.NewRef(LruListElemType.Result(found));
            }
            *(long*)(self + MissesOff) += 1;
            nint result = Abstract.Call(func, args, kwnames);
            if (DictType.Get(cache, key) != 0)
            {
                return result;
            }
            if (DictType.Used(cache) < maxsize || *(nint*)(self + NextOff) == self)
            {
                nint link = LruListElemType.Instance.New(Abstract.Hash(key), Ob.NewRef(key), result);
                try
                {
                    DictType.Set(cache, key, link);
                }
                catch
                {
                    Ob.Decref(link);
                    throw;
                }
                AppendLink(self, link);
                return Ob.NewRef(result);
            }
            // Full: reuse the oldest link for the new key and result.
            nint old = *(nint*)(self + NextOff);
            nint popped = DictType.Pop(cache, LruListElemType.Key(old));
            Extract(old);
            nint oldKey = LruListElemType.Key(old), oldResult = LruListElemType.Result(old);
            LruListElemType.Set(old, Abstract.Hash(key), Ob.NewRef(key), result);
            DictType.Set(cache, key, old);
            AppendLink(self, old);
            Ob.Incref(result);
            Ob.XDecref(popped);
            Ob.Decref(oldKey);
            Ob.Decref(oldResult);
            return result;
        }
        finally
        {
            Ob.Decref(key);
        }
    }

    private static void Extract(nint link)
    {
        nint prev = LruListElemType.Prev(link), next = LruListElemType.Next(link);
        *(nint*)(prev + LruListElemType.NextOff) = next;
        *(nint*)(next + LruListElemType.PrevOff) = prev;
    }

    private static void AppendLink(nint self, nint link)
    {
        nint last = *(nint*)(self + PrevOff);
        *(nint*)(last + LruListElemType.NextOff) = link;
        *(nint*)(self + PrevOff) = link;
        *(nint*)(link + LruListElemType.PrevOff) = last;
        *(nint*)(link + LruListElemType.NextOff) = self;
    }

    /// <summary>lru_cache_unlink_list: detaches the chain of links (each holding the list's reference).</summary>
    private static nint UnlinkList(nint self)
    {
        nint first = *(nint*)(self + NextOff);
        if (first == self)
        {
            return 0;
        }
        nint last = *(nint*)(self + PrevOff);
        *(nint*)(last + LruListElemType.NextOff) = 0;
        *(nint*)(self + NextOff) = self;
        *(nint*)(self + PrevOff) = self;
        return first;
    }

    private static void ClearList(nint link)
    {
        while (link != 0)
        {
            nint next = LruListElemType.Next(link);
            Ob.Decref(link);
            link = next;
        }
    }

    public override void Dealloc(nint o)
    {
        nint list = UnlinkList(o);
        foreach (int off in (ReadOnlySpan<int>)[CacheOff, FuncOff, KwdMarkOff, DictOff])
        {
            Ob.XDecref(*(nint*)(o + off));
        }
        FreeObject(o);
        ClearList(list);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        for (nint link = *(nint*)(o + NextOff); link != o && link != 0; link = LruListElemType.Next(link))
        {
            Gc.Visit(visit, LruListElemType.Key(link), arg);
            Gc.Visit(visit, LruListElemType.Result(link), arg);
        }
        foreach (int off in (ReadOnlySpan<int>)[CacheOff, FuncOff, KwdMarkOff, DictOff])
        {
            Gc.Visit(visit, *(nint*)(o + off), arg);
        }
    }

    public override void TpClear(nint o)
    {
        nint list = UnlinkList(o);
        foreach (int off in (ReadOnlySpan<int>)[CacheOff, FuncOff, KwdMarkOff, DictOff])
        {
            Gc.ClearSlot((nint*)(o + off));
        }
        ClearList(list);
    }

    public override nint GetAttr(nint o, nint name) => InstanceDictAttr.Get(this, o, name, DictOff);

    public override void SetAttr(nint o, nint name, nint value) => InstanceDictAttr.Set(this, o, name, value, DictOff);
}

/// <summary>
/// <c>functools._lru_list_elem</c> (not a GC type, 56 bytes): prev +16, next +24 (raw), hash +32, key +40,
/// result +48 (strong).
/// </summary>
internal sealed unsafe class LruListElemType : PyType
{
    public const int PrevOff = 16, NextOff = 24, HashOff = 32, KeyOff = 40, ResultOff = 48;
    public static readonly LruListElemType Instance = new();

    private LruListElemType() : base("_lru_list_elem", 56, 0, false, ObjectType.Instance)
    {
    }

    public override string? ModuleName => "functools";

    public static nint Prev(nint l) => *(nint*)(l + PrevOff);
    public static nint Next(nint l) => *(nint*)(l + NextOff);
    public static nint Key(nint l) => *(nint*)(l + KeyOff);
    public static nint Result(nint l) => *(nint*)(l + ResultOff);

    /// <summary>A link owning key and result (both stolen).</summary>
    public nint New(long hash, nint key, nint result)
    {
        nint l = AllocObject(56);
        *(nint*)(l + PrevOff) = 0;
        *(nint*)(l + NextOff) = 0;
        Set(l, hash, key, result);
        return l;
    }

    public static void Set(nint l, long hash, nint key, nint result)
    {
        *(long*)(l + HashOff) = hash;
        *(nint*)(l + KeyOff) = key;
        *(nint*)(l + ResultOff) = result;
    }

    public override void Dealloc(nint o)
    {
        nint key = Key(o), result = Result(o);
        FreeObject(o);
        Ob.XDecref(key);
        Ob.XDecref(result);
    }
}

/// <summary><c>functools.CacheInfo</c>: the named tuple (hits, misses, maxsize, currsize) cache_info() returns.</summary>
internal sealed class CacheInfoType : TupleType
{
    private static readonly string[] Fields = ["hits", "misses", "maxsize", "currsize"];
    public static new readonly CacheInfoType Instance = new();

    private CacheInfoType() : base("CacheInfo", TupleType.Instance)
    {
        for (int i = 0; i < Fields.Length; i++)
        {
            int index = i;
            this.AddProperty(Fields[i], o => Ob.NewRef(Item(o, index)));
        }
    }

    public override string ModuleName => "functools";

    /// <summary>A CacheInfo from four new references.</summary>
    public nint New(nint hits, nint misses, nint maxsize, nint currsize)
    {
        nint t = NewOfType(4);
        SetItemInit(t, 0, hits);
        SetItemInit(t, 1, misses);
        SetItemInit(t, 2, maxsize);
        SetItemInit(t, 3, currsize);
        return t;
    }

    public override string Repr(nint o)
    {
        var parts = new List<string>();
        for (int i = 0; i < Fields.Length; i++)
        {
            parts.Add(Fields[i] + "=" + Abstract.ReprString(Item(o, i)));
        }
        return "CacheInfo(" + string.Join(", ", parts) + ")";
    }
}

/// <summary>
/// <c>functools.KeyWrapper</c> (keyobject: 32 bytes + GC head): cmp +16, object +24. cmp_to_key(cmp) is one
/// with no object; calling it wraps an object; comparing two calls cmp(a, b) and compares the result with 0.
/// </summary>
internal sealed unsafe class KeyWrapperType : PyType, ICallableInstances
{
    public static readonly KeyWrapperType Instance = new();

    private KeyWrapperType() : base("KeyWrapper", 32, 0, true, ObjectType.Instance)
    {
        this.AddProperty("obj", o =>
        {
            nint v = *(nint*)(o + 24);
            if (v == 0)
            {
                throw Errors.AttributeError("obj");
            }
            return Ob.NewRef(v);
        });
    }

    public override string? ModuleName => "functools";

    public nint New(nint cmp, nint obj)
    {
        nint o = AllocObject(32);
        *(nint*)(o + 16) = Ob.NewRef(cmp);
        *(nint*)(o + 24) = obj == 0 ? 0 : Ob.NewRef(obj);
        return o;
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("K", args, kwnames, ["obj"], 1);
        return New(*(nint*)(callable + 16), a[0]);
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (Ob.Type(b) != Address)
        {
            throw Errors.TypeError("other argument must be K instance");
        }
        nint x = *(nint*)(a + 24), y = *(nint*)(b + 24);
        if (x == 0 || y == 0)
        {
            throw Errors.AttributeError("object");
        }
        nint res = Abstract.Call(*(nint*)(a + 16), [x, y], 0);
        try
        {
            nint zero = IntType.FromLong(0);
            return Abstract.RichCompare(res, zero, op);
        }
        finally
        {
            Ob.Decref(res);
        }
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        Ob.XDecref(*(nint*)(o + 24));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        Gc.Visit(visit, *(nint*)(o + 16), arg);
        Gc.Visit(visit, *(nint*)(o + 24), arg);
    }

    public override void TpClear(nint o)
    {
        Gc.ClearSlot((nint*)(o + 16));
        Gc.ClearSlot((nint*)(o + 24));
    }
}
