// Mirrors CPython Modules/_functoolsmodule.c: functools.partial.
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>functools.partial</c> (partialobject: 64 bytes + GC head = getsizeof 80): fn +16, args +24 (tuple),
/// kw +32 (dict), dict +40 (__dict__, created on first attribute store), weakreflist +48, vectorcall +56.
/// </summary>
internal sealed unsafe class PartialType : PyType, ICallableInstances
{
    public const int FnOff = 16, ArgsOff = 24, KwOff = 32, DictOff = 40;
    public static readonly PartialType Instance = new();

    private PartialType() : base("partial", 64, 0, true, ObjectType.Instance)
    {
        this.AddProperty("func", o => Ob.NewRef(*(nint*)(o + FnOff)));
        this.AddProperty("args", o => Ob.NewRef(*(nint*)(o + ArgsOff)));
        this.AddProperty("keywords", o => Ob.NewRef(*(nint*)(o + KwOff)));
    }

    public override string? ModuleName => "functools";

    /// <summary>partial(func, *args, **keywords) from C#: args borrowed, kwargs a dict (borrowed) or 0.</summary>
    public nint New(nint func, ReadOnlySpan<nint> args, nint kwargs)
    {
        nint pargs = 0, pkw = 0;
        if (Ob.Type(func) == Address && *(nint*)(func + DictOff) == 0)
        {
            pargs = *(nint*)(func + ArgsOff);
            pkw = *(nint*)(func + KwOff);
            func = *(nint*)(func + FnOff);
        }
        nint a;
        if (pargs == 0)
        {
            a = args.Length == 0 ? Ob.NewRef(TupleType.Empty) : TupleType.FromSpan(args);
        }
        else
        {
            long n = TupleType.Count(pargs);
            a = TupleType.New(n + args.Length);
            for (long i = 0; i < n; i++)
            {
                TupleType.SetItemInit(a, i, Ob.NewRef(TupleType.Item(pargs, i)));
            }
            for (int i = 0; i < args.Length; i++)
            {
                TupleType.SetItemInit(a, n + i, Ob.NewRef(args[i]));
            }
        }
        nint kw;
        if (pkw == 0 || DictType.Used(pkw) == 0)
        {
            kw = kwargs == 0 ? DictType.New() : Ob.RefCnt(kwargs) == 1 ? Ob.NewRef(kwargs) : DictType.Copy(kwargs);
        }
        else
        {
            kw = DictType.Copy(pkw);
            if (kwargs != 0)
            {
                DictType.Merge(kw, kwargs);
            }
        }
        nint o = AllocObject(64);
        *(nint*)(o + FnOff) = Ob.NewRef(func);
        *(nint*)(o + ArgsOff) = a;
        *(nint*)(o + KwOff) = kw;
        return o;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint kwargs = Py.KwDict(args, kwnames, out ReadOnlySpan<nint> pos);
        try
        {
            if (pos.Length < 1)
            {
                throw Errors.TypeError("type 'partial' takes at least one argument");
            }
            if (!Callables.Check(pos[0]))
            {
                throw Errors.TypeError("the first argument must be callable");
            }
            return New(pos[0], pos[1..], kwargs);
        }
        finally
        {
            Ob.XDecref(kwargs);
        }
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint fn = *(nint*)(callable + FnOff);
        nint pargs = *(nint*)(callable + ArgsOff);
        nint pkw = *(nint*)(callable + KwOff);
        long np = TupleType.Count(pargs);
        int nkw = Py.KwCount(kwnames);
        int npos = args.Length - nkw;
        if (DictType.Used(pkw) == 0)
        {
            // partial_vectorcall: the stored arguments, then the call's, with the call's keyword names.
            var all = new nint[np + args.Length];
            for (long i = 0; i < np; i++)
            {
                all[i] = TupleType.Item(pargs, i);
            }
            args.CopyTo(all.AsSpan((int)np));
            return Abstract.Call(fn, all, kwnames);
        }
        nint kw = DictType.Copy(pkw);
        try
        {
            for (int i = 0; i < nkw; i++)
            {
                DictType.Set(kw, TupleType.Item(kwnames, i), args[npos + i]);
            }
            var pos = new nint[np + npos];
            for (long i = 0; i < np; i++)
            {
                pos[i] = TupleType.Item(pargs, i);
            }
            args[..npos].CopyTo(pos.AsSpan((int)np));
            return Py.CallDict(fn, pos, kw);
        }
        finally
        {
            Ob.Decref(kw);
        }
    }

    public override void Dealloc(nint o)
    {
        foreach (int off in (ReadOnlySpan<int>)[FnOff, ArgsOff, KwOff, DictOff])
        {
            Ob.XDecref(*(nint*)(o + off));
        }
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        foreach (int off in (ReadOnlySpan<int>)[FnOff, ArgsOff, KwOff, DictOff])
        {
            Gc.Visit(visit, *(nint*)(o + off), arg);
        }
    }

    public override void TpClear(nint o)
    {
        foreach (int off in (ReadOnlySpan<int>)[FnOff, ArgsOff, KwOff, DictOff])
        {
            Gc.ClearSlot((nint*)(o + off));
        }
    }

    public override string Repr(nint o)
    {
        using ReprGuard g = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "...";
        }
        var sb = new System.Text.StringBuilder("functools.partial(");
        sb.Append(Abstract.ReprString(*(nint*)(o + FnOff)));
        nint a = *(nint*)(o + ArgsOff);
        for (long i = 0; i < TupleType.Count(a); i++)
        {
            sb.Append(", ").Append(Abstract.ReprString(TupleType.Item(a, i)));
        }
        nint kw = *(nint*)(o + KwOff);
        long pos = 0;
        while (DictType.Next(kw, ref pos, out nint k, out nint v))
        {
            sb.Append(", ").Append(Abstract.StrString(k)).Append('=').Append(Abstract.ReprString(v));
        }
        return sb.Append(')').ToString();
    }

    public override nint GetAttr(nint o, nint name) => InstanceDictAttr.Get(this, o, name, DictOff);

    public override void SetAttr(nint o, nint name, nint value)
    {
        string n = StrObject.ToManaged(name);
        if (n is "func" or "args" or "keywords")
        {
            throw Errors.AttributeError("readonly attribute");
        }
        InstanceDictAttr.Set(this, o, name, value, DictOff);
    }
}
