// Mirrors CPython Modules/itertoolsmodule.c: the itertools iterator types (object sizes as CPython 3.12's).
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// Common shape of the itertools iterators: GC objects whose pointer fields at <see cref="refs"/> are strong
/// references (released, traversed and cleared generically); other fields hold plain integers.
/// </summary>
internal abstract unsafe class ItertoolsIter : PyType
{
    private readonly int[] refs;

    protected ItertoolsIter(string name, int basicSize, params int[] refs) : base(name, basicSize, 0, true, ObjectType.Instance)
    {
        this.refs = refs;
    }

    public override string? ModuleName => "itertools";

    public override nint Iter(nint o) => Ob.NewRef(o);

    protected nint Alloc() => AllocObject(BasicSize);

    protected static ref nint P(nint o, int off) => ref *(nint*)(o + off);
    protected static ref long L(nint o, int off) => ref *(long*)(o + off);

    protected virtual void FreeExtra(nint o)
    {
    }

    public override void Dealloc(nint o)
    {
        foreach (int off in refs)
        {
            nint v = P(o, off);
            P(o, off) = 0;
            Ob.XDecref(v);
        }
        FreeExtra(o);
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        foreach (int off in refs)
        {
            Gc.Visit(visit, P(o, off), arg);
        }
    }

    public override void TpClear(nint o)
    {
        foreach (int off in refs)
        {
            Gc.ClearSlot((nint*)(o + off));
        }
    }

    protected static nint NextOf(nint it) => Ob.TypeOf(it).IterNext(it);

    protected static long SizeArg(string fn, nint v, string what)
    {
        if (!IntType.IsInt(v))
        {
            throw Errors.TypeError("'" + Ob.TypeOf(v).Name + "' object cannot be interpreted as an integer");
        }
        long n = IntType.TryGetLong(v, out long x) ? x : long.MaxValue;
        if (n < 0)
        {
            throw Errors.ValueError(what);
        }
        return n;
    }

    /// <summary>
    /// The constructor shared by the (function, iterable) iterators: func at +16, iter(iterable) at +24;
    /// any further fields start zeroed.
    /// </summary>
    protected nint NewFuncAndIter(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords(Name, kwnames);
        Args.Range(Name, args, 2, 2);
        nint it = Abstract.GetIter(args[1]);
        nint o = Alloc();
        P(o, 16) = Ob.NewRef(args[0]);
        P(o, 24) = it;
        return o;
    }

    protected static bool CallPredicate(nint func, nint item)
    {
        if (func == Singletons.None || func == BoolType.Instance.Address)
        {
            return Abstract.IsTrue(item);
        }
        nint r = Abstract.Call(func, [item], 0);
        bool t = Abstract.IsTrue(r);
        Ob.Decref(r);
        return t;
    }
}

/// <summary>count(start=0, step=1): cnt +24, step +32 (40 + GC).</summary>
internal sealed unsafe class CountType : ItertoolsIter
{
    public static readonly CountType Instance = new();
    private CountType() : base("count", 40, 24, 32) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("count", args, kwnames, ["start", "step"], 0);
        nint start = a[0] == 0 ? IntType.FromLong(0) : Ob.NewRef(a[0]);
        nint step = a[1] == 0 ? IntType.FromLong(1) : Ob.NewRef(a[1]);
        foreach (nint v in (ReadOnlySpan<nint>)[start, step])
        {
            if (!IntType.IsInt(v) && !FloatType.IsFloat(v) && Ob.TypeOf(v) is not ClassType)
            {
                Ob.Decref(start);
                Ob.Decref(step);
                throw Errors.TypeError("a number is required");
            }
        }
        nint o = Alloc();
        P(o, 24) = start;
        P(o, 32) = step;
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint cur = P(o, 24);
        nint next = Abstract.BinaryOp(BinaryOp.Add, cur, P(o, 32));
        P(o, 24) = next;
        return cur;
    }

    public override string Repr(nint o)
    {
        string c = Abstract.ReprString(P(o, 24));
        nint step = P(o, 32);
        if (IntType.IsInt(step) && IntType.TryGetLong(step, out long s) && s == 1)
        {
            return "count(" + c + ")";
        }
        return "count(" + c + ", " + Abstract.ReprString(step) + ")";
    }
}

/// <summary>cycle(iterable): it +16, saved +24 (list), index +32, firstpass +40 (48 + GC).</summary>
internal sealed unsafe class CycleType : ItertoolsIter
{
    public static readonly CycleType Instance = new();
    private CycleType() : base("cycle", 48, 16, 24) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("cycle", kwnames);
        Args.Range("cycle", args, 1, 1);
        nint it = Abstract.GetIter(args[0]);
        nint o = Alloc();
        P(o, 16) = it;
        P(o, 24) = ListType.New(0);
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint it = P(o, 16);
        if (it != 0)
        {
            nint item = NextOf(it);
            if (item != 0)
            {
                if (L(o, 40) == 0)
                {
                    ListType.Append(P(o, 24), item);
                }
                return item;
            }
            P(o, 16) = 0;
            Ob.Decref(it);
        }
        nint saved = P(o, 24);
        long n = ListType.Count(saved);
        if (n == 0)
        {
            return 0;
        }
        long i = L(o, 32);
        nint r = Ob.NewRef(ListType.Item(saved, i));
        i++;
        L(o, 32) = i >= n ? 0 : i;
        return r;
    }
}

/// <summary>repeat(object[, times]): element +16, cnt +24 (-1: forever) (32 + GC).</summary>
internal sealed unsafe class RepeatType : ItertoolsIter
{
    public static readonly RepeatType Instance = new();
    private RepeatType() : base("repeat", 32, 16) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("repeat", args, kwnames, ["object", "times"], 1);
        long cnt = -1;
        if (a[1] != 0)
        {
            if (!IntType.IsInt(a[1]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(a[1]).Name + "' object cannot be interpreted as an integer");
            }
            cnt = Math.Max(0, IntType.AsLong(a[1]));
        }
        nint o = Alloc();
        P(o, 16) = Ob.NewRef(a[0]);
        L(o, 24) = cnt;
        return o;
    }

    public override nint IterNext(nint o)
    {
        long c = L(o, 24);
        if (c == 0)
        {
            return 0;
        }
        if (c > 0)
        {
            L(o, 24) = c - 1;
        }
        return Ob.NewRef(P(o, 16));
    }

    public override string Repr(nint o)
    {
        string e = Abstract.ReprString(P(o, 16));
        long c = L(o, 24);
        return c < 0 ? "repeat(" + e + ")" : "repeat(" + e + ", " + c + ")";
    }
}

/// <summary>chain(*iterables): source +16 (iterator over the iterables), active +24 (32 + GC).</summary>
internal sealed unsafe class ChainType : ItertoolsIter, TypeAttributeProvider
{
    public static readonly ChainType Instance = new();
    private static NativeFunction? fromIterable;
    private ChainType() : base("chain", 32, 16, 24) { }

    public nint FromIterable(nint iterable)
    {
        nint src = Abstract.GetIter(iterable);
        nint o = Alloc();
        P(o, 16) = src;
        return o;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("chain", kwnames);
        nint t = TupleType.FromSpan(args);
        try
        {
            return FromIterable(t);
        }
        finally
        {
            Ob.Decref(t);
        }
    }

    public nint GetTypeAttribute(string name)
    {
        if (name != "from_iterable")
        {
            return 0;
        }
        fromIterable ??= new NativeFunction("from_iterable", (self, args, kw) =>
        {
            Args.Exact("chain.from_iterable", args, 1);
            return Instance.FromIterable(args[0]);
        }, "type");
        return BuiltinFunctionObject.New(fromIterable, Address);
    }

    public override nint IterNext(nint o)
    {
        while (true)
        {
            nint active = P(o, 24);
            if (active == 0)
            {
                nint src = P(o, 16);
                if (src == 0)
                {
                    return 0;
                }
                nint iterable = NextOf(src);
                if (iterable == 0)
                {
                    P(o, 16) = 0;
                    Ob.Decref(src);
                    return 0;
                }
                try
                {
                    active = Abstract.GetIter(iterable);
                }
                finally
                {
                    Ob.Decref(iterable);
                }
                P(o, 24) = active;
            }
            nint item = NextOf(active);
            if (item != 0)
            {
                return item;
            }
            P(o, 24) = 0;
            Ob.Decref(active);
        }
    }
}

/// <summary>islice(iterable, [start,] stop[, step]): it +16, next +24, stop +32 (-1: none), step +40, cnt +48 (56 + GC).</summary>
internal sealed unsafe class IsliceType : ItertoolsIter
{
    public static readonly IsliceType Instance = new();
    private IsliceType() : base("islice", 56, 16) { }

    private static long Arg(nint v, bool allowNone, long dflt)
    {
        if (v == Singletons.None && allowNone)
        {
            return dflt;
        }
        if (!IntType.IsInt(v))
        {
            return -2;
        }
        long x = IntType.TryGetLong(v, out long y) ? y : long.MaxValue;
        return x < 0 ? -2 : x;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("islice", kwnames);
        Args.Range("islice", args, 2, 4);
        long start = 0, stop, step = 1;
        if (args.Length == 2)
        {
            stop = Arg(args[1], true, -1);
            if (stop == -2)
            {
                throw Errors.ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
        }
        else
        {
            start = Arg(args[1], true, 0);
            stop = Arg(args[2], true, -1);
            if (start == -2 || stop == -2)
            {
                throw Errors.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (args.Length == 4)
            {
                step = Arg(args[3], true, 1);
                if (step == -2 || step == 0)
                {
                    throw Errors.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        nint it = Abstract.GetIter(args[0]);
        nint o = Alloc();
        P(o, 16) = it;
        L(o, 24) = start;
        L(o, 32) = stop;
        L(o, 40) = step;
        L(o, 48) = 0;
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint it = P(o, 16);
        if (it == 0)
        {
            return 0;
        }
        long stop = L(o, 32);
        while (L(o, 48) < L(o, 24))
        {
            nint skip = NextOf(it);
            if (skip == 0)
            {
                goto empty;
            }
            Ob.Decref(skip);
            L(o, 48)++;
        }
        if (stop != -1 && L(o, 48) >= stop)
        {
            goto empty;
        }
        nint item = NextOf(it);
        if (item == 0)
        {
            goto empty;
        }
        L(o, 48)++;
        long oldnext = L(o, 24);
        L(o, 24) = oldnext + L(o, 40);
        if (L(o, 24) < oldnext || (stop != -1 && L(o, 24) > stop))
        {
            L(o, 24) = stop;
        }
        return item;
    empty:
        P(o, 16) = 0;
        Ob.Decref(it);
        return 0;
    }
}

/// <summary>starmap(func, iterable): func +16, it +24 (32 + GC).</summary>
internal sealed unsafe class StarmapType : ItertoolsIter
{
    public static readonly StarmapType Instance = new();
    private StarmapType() : base("starmap", 32, 16, 24) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames) => NewFuncAndIter(args, kwnames);

    public override nint IterNext(nint o)
    {
        nint item = NextOf(P(o, 24));
        if (item == 0)
        {
            return 0;
        }
        try
        {
            nint t = TupleType.IsTuple(item) ? Ob.NewRef(item) : 0;
            if (t == 0)
            {
                nint l = Abstract.SequenceToList(item, "iterator should return strings, not " + Ob.TypeOf(item).Name);
                t = ListType.ToTuple(l);
                Ob.Decref(l);
            }
            try
            {
                return Abstract.Call(P(o, 16), new ReadOnlySpan<nint>(TupleType.Items(t), (int)TupleType.Count(t)), 0);
            }
            finally
            {
                Ob.Decref(t);
            }
        }
        finally
        {
            Ob.Decref(item);
        }
    }
}

/// <summary>takewhile / dropwhile(predicate, iterable): func +16, it +24, stop/start flag +32 (40 + GC).</summary>
internal sealed unsafe class WhileType : ItertoolsIter
{
    public static readonly WhileType Take = new("takewhile", true);
    public static readonly WhileType Drop = new("dropwhile", false);
    private readonly bool take;
    private WhileType(string name, bool take) : base(name, 40, 16, 24) => this.take = take;

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames) => NewFuncAndIter(args, kwnames);

    public override nint IterNext(nint o)
    {
        if (take && L(o, 32) != 0)
        {
            return 0;
        }
        while (true)
        {
            nint item = NextOf(P(o, 24));
            if (item == 0)
            {
                return 0;
            }
            if (!take && L(o, 32) != 0)
            {
                return item;
            }
            bool ok;
            try
            {
                ok = CallPredicate(P(o, 16), item);
            }
            catch
            {
                Ob.Decref(item);
                throw;
            }
            if (take)
            {
                if (ok)
                {
                    return item;
                }
                L(o, 32) = 1;
                Ob.Decref(item);
                return 0;
            }
            if (!ok)
            {
                L(o, 32) = 1;
                return item;
            }
            Ob.Decref(item);
        }
    }
}

/// <summary>filterfalse(predicate, iterable): func +16, it +24 (32 + GC).</summary>
internal sealed unsafe class FilterFalseType : ItertoolsIter
{
    public static readonly FilterFalseType Instance = new();
    private FilterFalseType() : base("filterfalse", 32, 16, 24) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames) => NewFuncAndIter(args, kwnames);

    public override nint IterNext(nint o)
    {
        while (true)
        {
            nint item = NextOf(P(o, 24));
            if (item == 0)
            {
                return 0;
            }
            bool ok;
            try
            {
                ok = CallPredicate(P(o, 16), item);
            }
            catch
            {
                Ob.Decref(item);
                throw;
            }
            if (!ok)
            {
                return item;
            }
            Ob.Decref(item);
        }
    }
}

/// <summary>compress(data, selectors): data +16, selectors +24 (32 + GC).</summary>
internal sealed unsafe class CompressType : ItertoolsIter
{
    public static readonly CompressType Instance = new();
    private CompressType() : base("compress", 32, 16, 24) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("compress", args, kwnames, ["data", "selectors"], 2);
        nint d = Abstract.GetIter(a[0]);
        nint s;
        try
        {
            s = Abstract.GetIter(a[1]);
        }
        catch
        {
            Ob.Decref(d);
            throw;
        }
        nint o = Alloc();
        P(o, 16) = d;
        P(o, 24) = s;
        return o;
    }

    public override nint IterNext(nint o)
    {
        while (true)
        {
            nint item = NextOf(P(o, 16));
            if (item == 0)
            {
                return 0;
            }
            nint sel = NextOf(P(o, 24));
            if (sel == 0)
            {
                Ob.Decref(item);
                return 0;
            }
            bool ok = Abstract.IsTrue(sel);
            Ob.Decref(sel);
            if (ok)
            {
                return item;
            }
            Ob.Decref(item);
        }
    }
}

/// <summary>accumulate(iterable[, func, *, initial]): total +16, it +24, binop +32, initial +40 (56 + GC).</summary>
internal sealed unsafe class AccumulateType : ItertoolsIter
{
    public static readonly AccumulateType Instance = new();
    private AccumulateType() : base("accumulate", 56, 16, 24, 32, 40) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("accumulate", args, kwnames, ["iterable", "func", "initial"], 1);
        nint it = Abstract.GetIter(a[0]);
        nint o = Alloc();
        P(o, 24) = it;
        P(o, 32) = a[1] == 0 || a[1] == Singletons.None ? 0 : Ob.NewRef(a[1]);
        P(o, 40) = a[2] == 0 || a[2] == Singletons.None ? 0 : Ob.NewRef(a[2]);
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint initial = P(o, 40);
        if (initial != 0)
        {
            P(o, 16) = Ob.NewRef(initial);
            P(o, 40) = 0;
            return initial;
        }
        nint val = NextOf(P(o, 24));
        if (val == 0)
        {
            return 0;
        }
        nint total = P(o, 16);
        if (total == 0)
        {
            P(o, 16) = Ob.NewRef(val);
            return val;
        }
        nint nt;
        try
        {
            nt = P(o, 32) == 0 ? Abstract.BinaryOp(BinaryOp.Add, total, val) : Abstract.Call(P(o, 32), [total, val], 0);
        }
        finally
        {
            Ob.Decref(val);
        }
        P(o, 16) = nt;
        Ob.Decref(total);
        return Ob.NewRef(nt);
    }
}

/// <summary>pairwise(iterable): it +16, old +24 (32 + GC).</summary>
internal sealed unsafe class PairwiseType : ItertoolsIter
{
    public static readonly PairwiseType Instance = new();
    private PairwiseType() : base("pairwise", 32, 16, 24) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("pairwise", kwnames);
        Args.Range("pairwise", args, 1, 1);
        nint o = Alloc();
        P(o, 16) = Abstract.GetIter(args[0]);
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint it = P(o, 16);
        if (it == 0)
        {
            return 0;
        }
        nint old = P(o, 24);
        if (old == 0)
        {
            old = NextOf(it);
            if (old == 0)
            {
                goto done;
            }
            P(o, 24) = old;
        }
        nint nw = NextOf(it);
        if (nw == 0)
        {
            goto done;
        }
        nint r = TupleType.Pack(old, Ob.NewRef(nw));
        P(o, 24) = nw;
        return r;
    done:
        Gc.ClearSlot((nint*)(o + 16));
        Gc.ClearSlot((nint*)(o + 24));
        return 0;
    }
}

/// <summary>batched(iterable, n): it +16, batch_size +24 (32 + GC).</summary>
internal sealed unsafe class BatchedType : ItertoolsIter
{
    public static readonly BatchedType Instance = new();
    private BatchedType() : base("batched", 32, 16) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("batched", args, kwnames, ["iterable", "n"], 2);
        if (!IntType.IsInt(a[1]))
        {
            throw Errors.TypeError("'" + Ob.TypeOf(a[1]).Name + "' object cannot be interpreted as an integer");
        }
        long n = IntType.AsLong(a[1]);
        if (n < 1)
        {
            throw Errors.ValueError("n must be at least one");
        }
        nint it = Abstract.GetIter(a[0]);
        nint o = Alloc();
        P(o, 16) = it;
        L(o, 24) = n;
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint it = P(o, 16);
        if (it == 0)
        {
            return 0;
        }
        long n = L(o, 24);
        var items = new List<nint>();
        try
        {
            while (items.Count < n)
            {
                nint x = NextOf(it);
                if (x == 0)
                {
                    Gc.ClearSlot((nint*)(o + 16));
                    break;
                }
                items.Add(x);
            }
        }
        catch
        {
            foreach (nint x in items)
            {
                Ob.Decref(x);
            }
            throw;
        }
        if (items.Count == 0)
        {
            return 0;
        }
        return TupleType.Pack([.. items]);
    }
}

/// <summary>zip_longest(*iterables, fillvalue=None): tuplesize +16, numactive +24, ittuple +32, fillvalue +48 (56 + GC).</summary>
internal sealed unsafe class ZipLongestType : ItertoolsIter
{
    public static readonly ZipLongestType Instance = new();
    private ZipLongestType() : base("zip_longest", 56, 32, 48) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = Py.KwCount(kwnames);
        nint fill = Singletons.None;
        for (int i = 0; i < nkw; i++)
        {
            string k = StrObject.ToManaged(TupleType.Item(kwnames, i));
            if (k != "fillvalue")
            {
                throw Errors.TypeError("zip_longest() got an unexpected keyword argument '" + k + "'");
            }
            fill = args[args.Length - nkw + i];
        }
        int n = args.Length - nkw;
        nint iters = TupleType.New(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                TupleType.SetItemInit(iters, i, Abstract.GetIter(args[i]));
            }
        }
        catch
        {
            Ob.Decref(iters);
            throw;
        }
        nint o = Alloc();
        L(o, 16) = n;
        L(o, 24) = n;
        P(o, 32) = iters;
        P(o, 48) = Ob.NewRef(fill);
        return o;
    }

    public override nint IterNext(nint o)
    {
        long n = L(o, 16);
        if (n == 0 || L(o, 24) == 0)
        {
            return 0;
        }
        nint iters = P(o, 32);
        nint result = TupleType.New(n);
        for (long i = 0; i < n; i++)
        {
            nint it = TupleType.Item(iters, i);
            nint item;
            if (it == Singletons.None)
            {
                item = Ob.NewRef(P(o, 48));
            }
            else
            {
                try
                {
                    item = NextOf(it);
                }
                catch
                {
                    for (long j = i; j < n; j++)
                    {
                        TupleType.SetItemInit(result, j, Ob.NewRef(Singletons.None));
                    }
                    Ob.Decref(result);
                    throw;
                }
                if (item == 0)
                {
                    L(o, 24) -= 1;
                    TupleType.SetItemInit(iters, i, Ob.NewRef(Singletons.None));
                    Ob.Decref(it);
                    if (L(o, 24) == 0)
                    {
                        for (long j = i; j < n; j++)
                        {
                            TupleType.SetItemInit(result, j, Ob.NewRef(Singletons.None));
                        }
                        Ob.Decref(result);
                        return 0;
                    }
                    item = Ob.NewRef(P(o, 48));
                }
            }
            TupleType.SetItemInit(result, i, item);
        }
        return result;
    }
}

/// <summary>
/// The combinatoric iterators over a pool tuple: product, permutations, combinations,
/// combinations_with_replacement. pool +16 (tuple, or the tuple of pools for product), indices +24 and
/// cycles +32 (arrays in the private heap), r +40, stopped +48, first +56.
/// </summary>
internal sealed unsafe class CombinatoricType : ItertoolsIter
{
    public enum Kind { Product, Permutations, Combinations, CombinationsWithReplacement }

    public static readonly CombinatoricType Product = new("product", 64, Kind.Product);
    public static readonly CombinatoricType Permutations = new("permutations", 96, Kind.Permutations);
    public static readonly CombinatoricType Combinations = new("combinations", 64, Kind.Combinations);
    public static readonly CombinatoricType CombinationsWithReplacement = new("combinations_with_replacement", 64, Kind.CombinationsWithReplacement);
    private readonly Kind kind;

    private CombinatoricType(string name, int size, Kind kind) : base(name, size, 16) => this.kind = kind;

    private static long* Indices(nint o) => (long*)P(o, 24);
    private static long* Cycles(nint o) => (long*)P(o, 32);

    protected override void FreeExtra(nint o)
    {
        if (P(o, 24) != 0)
        {
            Mem.Free(P(o, 24));
        }
        if (P(o, 32) != 0)
        {
            Mem.Free(P(o, 32));
        }
    }

    private static nint ToTuple(nint iterable)
    {
        if (Ob.Type(iterable) == TupleType.Instance.Address)
        {
            return Ob.NewRef(iterable);
        }
        nint l = Abstract.SequenceToList(iterable);
        nint t = ListType.ToTuple(l);
        Ob.Decref(l);
        return t;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint pool;
        long r;
        if (kind == Kind.Product)
        {
            int nkw = Py.KwCount(kwnames);
            long repeat = 1;
            for (int i = 0; i < nkw; i++)
            {
                string k = StrObject.ToManaged(TupleType.Item(kwnames, i));
                if (k != "repeat")
                {
                    throw Errors.TypeError("product() got an unexpected keyword argument '" + k + "'");
                }
                repeat = IntType.AsLong(args[args.Length - nkw + i]);
                if (repeat < 0)
                {
                    throw Errors.ValueError("repeat argument cannot be negative");
                }
            }
            int npools = args.Length - nkw;
            var pools = new nint[npools];
            try
            {
                for (int i = 0; i < npools; i++)
                {
                    pools[i] = ToTuple(args[i]);
                }
                r = npools * repeat;
                pool = TupleType.New(r);
                for (long i = 0; i < r; i++)
                {
                    TupleType.SetItemInit(pool, i, Ob.NewRef(pools[i % npools]));
                }
            }
            finally
            {
                foreach (nint p in pools)
                {
                    Ob.XDecref(p);
                }
            }
        }
        else
        {
            string[] names = kind == Kind.Permutations ? ["iterable", "r"] : ["iterable", "r"];
            nint[] a = Args.Parse(Name, args, kwnames, names, kind == Kind.Permutations ? 1 : 2);
            pool = ToTuple(a[0]);
            long n = TupleType.Count(pool);
            if (a[1] == 0 || a[1] == Singletons.None)
            {
                if (kind != Kind.Permutations)
                {
                    Ob.Decref(pool);
                    throw Errors.TypeError(Name + "() missing required argument 'r' (pos 2)");
                }
                r = n;
            }
            else
            {
                if (!IntType.IsInt(a[1]))
                {
                    Ob.Decref(pool);
                    throw Errors.TypeError("Expected int as r");
                }
                r = IntType.AsLong(a[1]);
                if (r < 0)
                {
                    Ob.Decref(pool);
                    throw Errors.ValueError("r must be non-negative");
                }
            }
        }
        nint o = Alloc();
        P(o, 16) = pool;
        L(o, 40) = r;
        L(o, 56) = 1;
        long np = TupleType.Count(pool);
        long isize = kind == Kind.Permutations ? np : r;
        P(o, 24) = Mem.Alloc(Math.Max(1, isize) * 8);
        long* idx = Indices(o);
        for (long i = 0; i < isize; i++)
        {
            idx[i] = kind == Kind.Permutations || kind == Kind.Combinations ? i : 0;
        }
        if (kind == Kind.Permutations)
        {
            P(o, 32) = Mem.Alloc(Math.Max(1, r) * 8);
            for (long i = 0; i < r; i++)
            {
                Cycles(o)[i] = np - i;
            }
            L(o, 48) = r > np ? 1 : 0;
        }
        else if (kind == Kind.Combinations)
        {
            L(o, 48) = r > np ? 1 : 0;
        }
        else if (kind == Kind.CombinationsWithReplacement)
        {
            L(o, 48) = np == 0 && r > 0 ? 1 : 0;
        }
        else
        {
            for (long i = 0; i < r; i++)
            {
                if (TupleType.Count(TupleType.Item(pool, i)) == 0)
                {
                    L(o, 48) = 1;
                }
            }
        }
        return o;
    }

    private nint Emit(nint o)
    {
        nint pool = P(o, 16);
        long r = L(o, 40);
        long* idx = Indices(o);
        nint t = TupleType.New(r);
        for (long i = 0; i < r; i++)
        {
            nint item = kind == Kind.Product ? TupleType.Item(TupleType.Item(pool, i), idx[i]) : TupleType.Item(pool, idx[i]);
            TupleType.SetItemInit(t, i, Ob.NewRef(item));
        }
        return t;
    }

    public override nint IterNext(nint o)
    {
        if (L(o, 48) != 0)
        {
            return 0;
        }
        if (L(o, 56) != 0)
        {
            L(o, 56) = 0;
            return Emit(o);
        }
        nint pool = P(o, 16);
        long r = L(o, 40);
        long* idx = Indices(o);
        switch (kind)
        {
            case Kind.Product:
            {
                long i = r - 1;
                for (; i >= 0; i--)
                {
                    idx[i]++;
                    if (idx[i] < TupleType.Count(TupleType.Item(pool, i)))
                    {
                        break;
                    }
                    idx[i] = 0;
                }
                if (i < 0)
                {
                    L(o, 48) = 1;
                    return 0;
                }
                return Emit(o);
            }
            case Kind.Combinations:
            {
                long n = TupleType.Count(pool);
                long i = r - 1;
                while (i >= 0 && idx[i] == i + n - r)
                {
                    i--;
                }
                if (i < 0)
                {
                    L(o, 48) = 1;
                    return 0;
                }
                idx[i]++;
                for (long j = i + 1; j < r; j++)
                {
                    idx[j] = idx[j - 1] + 1;
                }
                return Emit(o);
            }
            case Kind.CombinationsWithReplacement:
            {
                long n = TupleType.Count(pool);
                long i = r - 1;
                while (i >= 0 && idx[i] == n - 1)
                {
                    i--;
                }
                if (i < 0)
                {
                    L(o, 48) = 1;
                    return 0;
                }
                long v = idx[i] + 1;
                for (long j = i; j < r; j++)
                {
                    idx[j] = v;
                }
                return Emit(o);
            }
            default:
            {
                long n = TupleType.Count(pool);
                long* cycles = Cycles(o);
                if (n == 0)
                {
                    L(o, 48) = 1;
                    return 0;
                }
                for (long i = r - 1; i >= 0; i--)
                {
                    cycles[i]--;
                    if (cycles[i] == 0)
                    {
                        long first = idx[i];
                        for (long j = i; j < n - 1; j++)
                        {
                            idx[j] = idx[j + 1];
                        }
                        idx[n - 1] = first;
                        cycles[i] = n - i;
                    }
                    else
                    {
                        long j = cycles[i];
                        (idx[i], idx[n - j]) = (idx[n - j], idx[i]);
                        return Emit(o);
                    }
                }
                L(o, 48) = 1;
                return 0;
            }
        }
    }
}

/// <summary>
/// groupby(iterable, key=None): it +16, keyfunc +24, tgtkey +32, currkey +40, currvalue +48, currgrouper +56
/// (borrowed: the live _grouper) (72 + GC).
/// </summary>
internal sealed unsafe class GroupByType : ItertoolsIter
{
    public static readonly GroupByType Instance = new();
    private GroupByType() : base("groupby", 72, 16, 24, 32, 40, 48) { }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("groupby", args, kwnames, ["iterable", "key"], 1);
        nint it = Abstract.GetIter(a[0]);
        nint o = Alloc();
        P(o, 16) = it;
        P(o, 24) = a[1] == 0 || a[1] == Singletons.None ? 0 : Ob.NewRef(a[1]);
        return o;
    }

    /// <summary>groupby_step: advances to the next value and its key; false when exhausted.</summary>
    public static bool Step(nint gbo)
    {
        nint v = NextOf(P(gbo, 16));
        if (v == 0)
        {
            return false;
        }
        nint key;
        try
        {
            key = P(gbo, 24) == 0 ? Ob.NewRef(v) : Abstract.Call(P(gbo, 24), [v], 0);
        }
        catch
        {
            Ob.Decref(v);
            throw;
        }
        Ob.SetRef((nint*)(gbo + 48), v);
        Ob.SetRef((nint*)(gbo + 40), key);
        return true;
    }

    public override nint IterNext(nint o)
    {
        P(o, 56) = 0;
        while (true)
        {
            if (P(o, 40) == 0)
            {
                if (!Step(o))
                {
                    return 0;
                }
            }
            else if (P(o, 32) == 0)
            {
                break;
            }
            else
            {
                if (!Abstract.RichCompareBool(P(o, 32), P(o, 40), CompareOp.Eq))
                {
                    break;
                }
                if (!Step(o))
                {
                    return 0;
                }
            }
        }
        Ob.SetRef((nint*)(o + 32), Ob.NewRef(P(o, 40)));
        nint g = GrouperType.Instance.New(o, P(o, 32));
        P(o, 56) = g;
        nint r = TupleType.Pack(Ob.NewRef(P(o, 40)), g);
        return r;
    }
}

/// <summary>itertools._grouper: parent +16, tgtkey +24 (32 + GC).</summary>
internal sealed unsafe class GrouperType : ItertoolsIter
{
    public static readonly GrouperType Instance = new();
    private GrouperType() : base("_grouper", 32, 16, 24) { }

    public nint New(nint parent, nint tgtkey)
    {
        nint o = Alloc();
        P(o, 16) = Ob.NewRef(parent);
        P(o, 24) = Ob.NewRef(tgtkey);
        return o;
    }

    public override nint IterNext(nint o)
    {
        nint gbo = P(o, 16);
        if (P(gbo, 56) != o)
        {
            return 0;
        }
        if (P(gbo, 48) == 0)
        {
            if (!GroupByType.Step(gbo))
            {
                return 0;
            }
        }
        if (!Abstract.RichCompareBool(P(o, 24), P(gbo, 40), CompareOp.Eq))
        {
            return 0;
        }
        nint r = P(gbo, 48);
        P(gbo, 48) = 0;
        return r;
    }
}

/// <summary>
/// The buffer shared by tee iterators (itertools._tee_dataobject): it +16, values +24 (a list of what
/// was read so far) (32 + GC).
/// </summary>
internal sealed unsafe class TeeDataType : ItertoolsIter
{
    public static readonly TeeDataType Instance = new();
    private TeeDataType() : base("_tee_dataobject", 32, 16, 24) { }

    public nint New(nint it)
    {
        nint o = Alloc();
        P(o, 16) = Ob.NewRef(it);
        P(o, 24) = ListType.New(0);
        return o;
    }

    public override nint IterNext(nint o) => 0;

    /// <summary>The i-th value of the underlying iterator (new reference), reading it if needed; 0 at the end.</summary>
    public static nint Get(nint o, long i)
    {
        nint values = P(o, 24);
        if (i < ListType.Count(values))
        {
            return Ob.NewRef(ListType.Item(values, i));
        }
        nint it = P(o, 16);
        if (it == 0)
        {
            return 0;
        }
        nint v = NextOf(it);
        if (v == 0)
        {
            Gc.ClearSlot((nint*)(o + 16));
            return 0;
        }
        ListType.Append(values, v);
        return v;
    }
}

/// <summary>itertools._tee: dataobj +16, index +24, weakreflist +32 (48 + GC).</summary>
internal sealed unsafe class TeeType : ItertoolsIter
{
    public static readonly TeeType Instance = new();

    private TeeType() : base("_tee", 48, 16)
    {
        this.AddMethod("__copy__", (self, args, kw) => Copy(self));
    }

    public nint New(nint data, long index)
    {
        nint o = Alloc();
        P(o, 16) = Ob.NewRef(data);
        L(o, 24) = index;
        return o;
    }

    public nint Copy(nint t) => New(P(t, 16), L(t, 24));

    public override nint IterNext(nint o)
    {
        nint v = TeeDataType.Get(P(o, 16), L(o, 24));
        if (v != 0)
        {
            L(o, 24)++;
        }
        return v;
    }
}
