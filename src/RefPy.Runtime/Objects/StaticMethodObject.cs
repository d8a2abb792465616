// Mirrors CPython Objects/funcobject.c: staticmethod and classmethod.
namespace RefPy.Runtime.Objects;

/// <summary><c>staticmethod</c> and <c>classmethod</c>: wrap a callable (+16); a class binds them specially.</summary>
internal sealed unsafe class StaticMethodType : PyType
{
    public static readonly StaticMethodType Static = new("staticmethod");
    public static readonly StaticMethodType Class = new("classmethod");

    private StaticMethodType(string name) : base(name, 40, 0, true, ObjectType.Instance)
    {
        this.AddProperty("__func__", o => Ob.NewRef(Callable(o)));
    }

    public static nint Callable(nint o) => *(nint*)(o + 16);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.Exact(Name, args, 1);
        nint o = AllocObject(40);
        *(nint*)(o + 16) = Ob.NewRef(args[0]);
        *(nint*)(o + 24) = 0;
        *(nint*)(o + 32) = 0;
        return o;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) => visit(Callable(o), arg);

    public override void TpClear(nint o)
    {
        nint f = *(nint*)(o + 16);
        *(nint*)(o + 16) = 0;
        Ob.XDecref(f);
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames) =>
        this == Static ? Abstract.Call(Callable(callable), args, kwnames) : base.Call(callable, args, kwnames);
}
