// Mirrors CPython Modules/_operator.c: itemgetter, attrgetter, methodcaller.
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>operator.itemgetter</c> (48 + GC; nitems +16, item +24 (the key, or the tuple of keys), vectorcall +32),
/// <c>operator.attrgetter</c> (40 + GC; nattrs +16, attr +24: a tuple of names, each dotted name a tuple of parts)
/// and <c>operator.methodcaller</c> (40 + GC; name +16, args +24, kwds +32).
/// </summary>
internal sealed unsafe class OperatorGetterType : PyType, ICallableInstances
{
    public enum Kind { Item, Attr, Method }

    public static readonly OperatorGetterType ItemGetter = new("itemgetter", 48, Kind.Item);
    public static readonly OperatorGetterType AttrGetter = new("attrgetter", 40, Kind.Attr);
    public static readonly OperatorGetterType MethodCaller = new("methodcaller", 40, Kind.Method);
    private readonly Kind kind;

    private OperatorGetterType(string name, int size, Kind kind) : base(name, size, 0, true, ObjectType.Instance) => this.kind = kind;

    public override string? ModuleName => "operator";

    private static ref nint P(nint o, int off) => ref *(nint*)(o + off);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (kind == Kind.Method)
        {
            nint kwargs = Py.KwDict(args, kwnames, out ReadOnlySpan<nint> pos);
            if (pos.Length < 1)
            {
                Ob.XDecref(kwargs);
                throw Errors.TypeError("methodcaller needs at least one argument, the method name");
            }
            if (!StrObject.IsStr(pos[0]))
            {
                Ob.XDecref(kwargs);
                throw Errors.TypeError("method name must be a string");
            }
            nint m = AllocObject(BasicSize);
            P(m, 16) = StrObject.InternInPlace(pos[0]);
            P(m, 24) = TupleType.FromSpan(pos[1..]);
            P(m, 32) = kwargs == 0 ? DictType.New() : kwargs;
            return m;
        }
        Args.NoKeywords(Name, kwnames);
        if (args.Length < 1)
        {
            throw Errors.TypeError(Name + " expected 1 argument, got 0");
        }
        nint o;
        if (kind == Kind.Item)
        {
            o = AllocObject(BasicSize);
            *(long*)(o + 16) = args.Length;
            P(o, 24) = args.Length == 1 ? Ob.NewRef(args[0]) : TupleType.FromSpan(args);
            return o;
        }
        nint attrs = TupleType.New(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (!StrObject.IsStr(args[i]))
            {
                for (int j = i; j < args.Length; j++)
                {
                    TupleType.SetItemInit(attrs, j, Ob.NewRef(Singletons.None));
                }
                Ob.Decref(attrs);
                throw Errors.TypeError("attribute name must be a string");
            }
            string s = StrObject.ToManaged(args[i]);
            if (s.Contains('.'))
            {
                string[] parts = s.Split('.');
                nint t = TupleType.New(parts.Length);
                for (int k = 0; k < parts.Length; k++)
                {
                    TupleType.SetItemInit(t, k, StrObject.Intern(parts[k]));
                }
                TupleType.SetItemInit(attrs, i, t);
            }
            else
            {
                TupleType.SetItemInit(attrs, i, StrObject.InternInPlace(args[i]));
            }
        }
        o = AllocObject(BasicSize);
        *(long*)(o + 16) = args.Length;
        P(o, 24) = attrs;
        return o;
    }

    private static nint GetDotted(nint obj, nint attr)
    {
        if (StrObject.IsStr(attr))
        {
            return Abstract.GetAttr(obj, attr);
        }
        nint cur = Ob.NewRef(obj);
        for (long i = 0; i < TupleType.Count(attr); i++)
        {
            nint next;
            try
            {
                next = Abstract.GetAttr(cur, TupleType.Item(attr, i));
            }
            finally
            {
                Ob.Decref(cur);
            }
            cur = next;
        }
        return cur;
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        if (kind == Kind.Method)
        {
            Args.NoKeywords("methodcaller", kwnames);
            if (args.Length != 1)
            {
                throw Errors.TypeError("methodcaller expected 1 argument, got " + args.Length);
            }
            nint m = Abstract.GetAttr(args[0], P(callable, 16));
            try
            {
                nint a = P(callable, 24);
                return Py.CallDict(m, new ReadOnlySpan<nint>(TupleType.Items(a), (int)TupleType.Count(a)), P(callable, 32));
            }
            finally
            {
                Ob.Decref(m);
            }
        }
        Args.NoKeywords(Name, kwnames);
        if (args.Length != 1)
        {
            throw Errors.TypeError(Name + " expected 1 argument, got " + args.Length);
        }
        nint obj = args[0];
        long n = *(long*)(callable + 16);
        nint spec = P(callable, 24);
        if (kind == Kind.Item)
        {
            if (n == 1)
            {
                return Abstract.GetItem(obj, spec);
            }
            nint r = TupleType.New(n);
            for (long i = 0; i < n; i++)
            {
                nint v;
                try
                {
                    v = Abstract.GetItem(obj, TupleType.Item(spec, i));
                }
                catch
                {
                    for (long j = i; j < n; j++)
                    {
                        TupleType.SetItemInit(r, j, Ob.NewRef(Singletons.None));
                    }
                    Ob.Decref(r);
                    throw;
                }
                TupleType.SetItemInit(r, i, v);
            }
            return r;
        }
        if (n == 1)
        {
            return GetDotted(obj, TupleType.Item(spec, 0));
        }
        nint res = TupleType.New(n);
        for (long i = 0; i < n; i++)
        {
            nint v;
            try
            {
                v = GetDotted(obj, TupleType.Item(spec, i));
            }
            catch
            {
                for (long j = i; j < n; j++)
                {
                    TupleType.SetItemInit(res, j, Ob.NewRef(Singletons.None));
                }
                Ob.Decref(res);
                throw;
            }
            TupleType.SetItemInit(res, i, v);
        }
        return res;
    }

    public override string Repr(nint o)
    {
        using ReprGuard g = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "operator." + Name + "(...)";
        }
        var parts = new List<string>();
        if (kind == Kind.Item)
        {
            nint spec = P(o, 24);
            if (*(long*)(o + 16) == 1)
            {
                parts.Add(Abstract.ReprString(spec));
            }
            else
            {
                for (long i = 0; i < TupleType.Count(spec); i++)
                {
                    parts.Add(Abstract.ReprString(TupleType.Item(spec, i)));
                }
            }
        }
        else if (kind == Kind.Attr)
        {
            nint spec = P(o, 24);
            for (long i = 0; i < TupleType.Count(spec); i++)
            {
                nint a = TupleType.Item(spec, i);
                if (StrObject.IsStr(a))
                {
                    parts.Add(Abstract.ReprString(a));
                }
                else
                {
                    var names = new List<string>();
                    for (long k = 0; k < TupleType.Count(a); k++)
                    {
                        names.Add(StrObject.ToManaged(TupleType.Item(a, k)));
                    }
                    parts.Add(StrObject.Repr(string.Join(".", names)));
                }
            }
        }
        else
        {
            parts.Add(Abstract.ReprString(P(o, 16)));
            nint a = P(o, 24);
            for (long i = 0; i < TupleType.Count(a); i++)
            {
                parts.Add(Abstract.ReprString(TupleType.Item(a, i)));
            }
            long pos = 0;
            while (DictType.Next(P(o, 32), ref pos, out nint k, out nint v))
            {
                parts.Add(StrObject.ToManaged(k) + "=" + Abstract.ReprString(v));
            }
        }
        return "operator." + Name + "(" + string.Join(", ", parts) + ")";
    }

    private ReadOnlySpan<int> RefOffsets => kind == Kind.Method ? [16, 24, 32] : [24];

    public override void Dealloc(nint o)
    {
        foreach (int off in RefOffsets)
        {
            Ob.XDecref(P(o, off));
        }
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        foreach (int off in RefOffsets)
        {
            Gc.Visit(visit, P(o, off), arg);
        }
    }

    public override void TpClear(nint o)
    {
        foreach (int off in RefOffsets)
        {
            Gc.ClearSlot((nint*)(o + off));
        }
    }
}
