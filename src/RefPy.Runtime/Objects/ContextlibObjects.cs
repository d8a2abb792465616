// Mirrors CPython Lib/contextlib.py: contextmanager (_GeneratorContextManager), suppress, closing, nullcontext.
using RefPy.Runtime.Modules;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>
/// The context-manager classes of contextlib. In CPython they are Python classes, so their instances report
/// getsizeof 48 (16 bytes plus the 32-byte pre-header of a class instance); RefPy keeps their attributes in
/// the object (at +16 ...) and reports the same size. Layout per kind: _GeneratorContextManager gen +16,
/// func +24, args +32, kwds +40; suppress: exceptions +16; closing: thing +16; nullcontext: enter_result +16.
/// </summary>
internal sealed unsafe class ContextlibType : PyType
{
    public enum Kind { Generator, Suppress, Closing, NullContext }

    public static readonly ContextlibType GeneratorCM = new("_GeneratorContextManager", Kind.Generator);
    public static readonly ContextlibType Suppress = new("suppress", Kind.Suppress);
    public static readonly ContextlibType Closing = new("closing", Kind.Closing);
    public static readonly ContextlibType NullContext = new("nullcontext", Kind.NullContext);
    private readonly Kind kind;

    private ContextlibType(string name, Kind kind) : base(name, 48, 0, true, ObjectType.Instance)
    {
        this.kind = kind;
        this.AddMethod("__enter__", (self, args, kw) => Enter(self));
        this.AddMethod("__exit__", (self, args, kw) =>
        {
            Args.Range("__exit__", args, 3, 3);
            return Exit(self, args[0], args[1], args[2]);
        });
        if (kind == Kind.Generator)
        {
            this.AddProperty("gen", o => Ob.NewRef(P(o, 16) == 0 ? Singletons.None : P(o, 16)));
        }
        if (kind == Kind.Closing)
        {
            this.AddProperty("thing", o => Ob.NewRef(P(o, 16)));
        }
        if (kind == Kind.NullContext)
        {
            this.AddProperty("enter_result", o => Ob.NewRef(P(o, 16)));
        }
    }

    public override string? ModuleName => "contextlib";

    public override int PreHeaderSize => 32;

    public override long SizeOf(nint o) => 16;

    private static ref nint P(nint o, int off) => ref *(nint*)(o + off);

    /// <summary>An instance holding the given references (borrowed) at +16, +24, ...</summary>
    public nint New(params nint[] fields)
    {
        nint o = AllocObject(48);
        for (int i = 0; i < fields.Length; i++)
        {
            P(o, 16 + 8 * i) = fields[i] == 0 ? 0 : Ob.NewRef(fields[i]);
        }
        return o;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        switch (kind)
        {
            case Kind.Suppress:
            {
                Args.NoKeywords("suppress", kwnames);
                nint t = TupleType.FromSpan(args);
                try
                {
                    return New(t);
                }
                finally
                {
                    Ob.Decref(t);
                }
            }
            case Kind.Closing:
            {
                nint[] a = Args.Parse("closing", args, kwnames, ["thing"], 1);
                return New(a[0]);
            }
            case Kind.NullContext:
            {
                nint[] a = Args.Parse("nullcontext", args, kwnames, ["enter_result"], 0);
                return New(a[0] == 0 ? Singletons.None : a[0]);
            }
            default:
                throw Errors.TypeError("cannot create 'contextlib._GeneratorContextManager' instances");
        }
    }

    private nint Enter(nint self)
    {
        switch (kind)
        {
            case Kind.Generator:
            {
                // del self.args, self.kwds, self.func
                Gc.ClearSlot((nint*)(self + 32));
                Gc.ClearSlot((nint*)(self + 40));
                Gc.ClearSlot((nint*)(self + 24));
                nint gen = P(self, 16);
                nint r = Ob.TypeOf(gen).IterNext(gen);
                if (r == 0)
                {
                    throw Errors.RuntimeError("generator didn't yield");
                }
                return r;
            }
            case Kind.Suppress:
                return Singletons.None;
            default:
                return Ob.NewRef(P(self, 16));
        }
    }

    private nint Exit(nint self, nint typ, nint value, nint tb)
    {
        switch (kind)
        {
            case Kind.Suppress:
            {
                if (typ == Singletons.None)
                {
                    return BoolObject.False;
                }
                nint excs = P(self, 16);
                PyType t = FromAddress(typ);
                for (long i = 0; i < TupleType.Count(excs); i++)
                {
                    nint e = TupleType.Item(excs, i);
                    if (Ob.Type(e) == TypeType.Instance.Address && t.IsSubtypeOf(FromAddress(e)))
                    {
                        return BoolObject.True;
                    }
                }
                return BoolObject.False;
            }
            case Kind.Closing:
            {
                Ob.Decref(Abstract.CallMethod(P(self, 16), "close"));
                return Singletons.None;
            }
            case Kind.NullContext:
                return Singletons.None;
        }
        nint gen = P(self, 16);
        if (typ == Singletons.None)
        {
            nint r = Ob.TypeOf(gen).IterNext(gen);
            if (r == 0)
            {
                return BoolObject.False;
            }
            Ob.Decref(r);
            throw Errors.RuntimeError("generator didn't stop");
        }
        nint v = value == Singletons.None ? Abstract.Call(typ, [], 0) : Ob.NewRef(value);
        try
        {
            nint y;
            nint ret;
            try
            {
                PyException thrown = Interpreter.ExceptionToThrow(Ob.NewRef(v));
                if (Ob.Type(gen) == GeneratorType.Instance.Address)
                {
                    y = Interpreter.ResumeGenerator(gen, Singletons.None, thrown, out ret);
                }
                else
                {
                    nint throwMethod = Py.GetAttr(gen, "throw");
                    try
                    {
                        y = Abstract.Call(throwMethod, [v], 0);
                    }
                    finally
                    {
                        Ob.Decref(throwMethod);
                    }
                    ret = 0;
                }
            }
            catch (PyException e) when (e.Value == v || (e.Value != 0 && e.Cause?.Value == v && e.PyType == ExceptionType.RuntimeError && ExceptionIsStopIteration(v)))
            {
                // The generator let the exception propagate: __exit__ returns False and `with` re-raises it.
                return BoolObject.False;
            }
            catch (PyException e) when (e.PyType == ExceptionType.StopIteration)
            {
                e.Release();
                return BoolObject.True;
            }
            if (y == 0)
            {
                // The generator caught the exception and returned: suppress it.
                Ob.XDecref(ret);
                return BoolObject.True;
            }
            Ob.Decref(y);
            throw Errors.RuntimeError("generator didn't stop after throw()");
        }
        finally
        {
            Ob.Decref(v);
        }
    }

    private static bool ExceptionIsStopIteration(nint v) => Ob.TypeOf(v).IsSubtypeOf(ExceptionType.StopIteration);

    public override string Repr(nint o) => "<contextlib." + Name + " object at 0x" + ((long)o).ToString("x") + ">";

    private int FieldCount => kind == Kind.Generator ? 4 : 1;

    public override void Dealloc(nint o)
    {
        for (int i = 0; i < FieldCount; i++)
        {
            Ob.XDecref(P(o, 16 + 8 * i));
        }
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        for (int i = 0; i < FieldCount; i++)
        {
            Gc.Visit(visit, P(o, 16 + 8 * i), arg);
        }
    }

    public override void TpClear(nint o)
    {
        for (int i = 0; i < FieldCount; i++)
        {
            Gc.ClearSlot((nint*)(o + 16 + 8 * i));
        }
    }
}

/// <summary>
/// What contextmanager(func) returns: a callable that makes a _GeneratorContextManager over func(*args, **kwds).
/// In CPython it is a Python function ("helper", wrapped to look like func): repr "&lt;function NAME at ...&gt;".
/// func +16, __dict__ +24 (144 + GC, like a function).
/// </summary>
internal sealed unsafe class ContextManagerHelperType : PyType, ICallableInstances
{
    /// <summary>Like the Python function it stands for, it binds to the instance it is read from (a method).</summary>
    public override nint DescrGet(nint descr, nint instance, nint owner) =>
        instance == 0 || instance == Singletons.None ? Ob.NewRef(descr) : MethodType.New(descr, instance);

    public static readonly ContextManagerHelperType Instance = new();

    private ContextManagerHelperType() : base("function", 144, 0, true, ObjectType.Instance)
    {
    }

    public override string? ModuleName => "contextlib";

    public nint New(nint func)
    {
        nint o = AllocObject(144);
        *(nint*)(o + 16) = Ob.NewRef(func);
        return o;
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint func = *(nint*)(callable + 16);
        nint gen = Abstract.Call(func, args, kwnames);
        nint kwds = Py.KwDict(args, kwnames, out ReadOnlySpan<nint> pos);
        nint argTuple = TupleType.FromSpan(pos);
        nint kw = kwds == 0 ? DictType.New() : kwds;
        try
        {
            return ContextlibType.GeneratorCM.New(gen, func, argTuple, kw);
        }
        finally
        {
            Ob.Decref(gen);
            Ob.Decref(argTuple);
            Ob.Decref(kw);
        }
    }

    public override string Repr(nint o)
    {
        nint d = *(nint*)(o + 24);
        nint qn = d == 0 ? 0 : DictType.GetItemString(d, "__qualname__");
        string name = qn != 0 && StrObject.IsStr(qn) ? StrObject.ToManaged(qn) : "contextmanager.<locals>.helper";
        return "<function " + name + " at 0x" + ((long)o).ToString("x") + ">";
    }

    public override nint GetAttr(nint o, nint name) => InstanceDictAttr.Get(this, o, name, 24);

    public override void SetAttr(nint o, nint name, nint value) => InstanceDictAttr.Set(this, o, name, value, 24);

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
