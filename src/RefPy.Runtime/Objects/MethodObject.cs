// Mirrors CPython Objects/classobject.c: bound methods (PyMethodObject).
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary><c>method</c>: a function bound to an instance. im_func +16, im_self +24, weakreflist +32, vectorcall +40.</summary>
internal sealed unsafe class MethodType : PyType
{
    public const int FuncOffset = 16, SelfOffset = 24;
    public static readonly MethodType Instance = new();

    private MethodType() : base("method", 48, 0, true, ObjectType.Instance)
    {
        this.AddProperty("__func__", o => Ob.NewRef(Func(o)));
        this.AddProperty("__self__", o => Ob.NewRef(Self(o)));
    }

    /// <summary>A new bound method over func and self (both borrowed).</summary>
    public static nint New(nint func, nint self)
    {
        nint m = Instance.AllocObject(48);
        *(nint*)(m + FuncOffset) = Ob.NewRef(func);
        *(nint*)(m + SelfOffset) = Ob.NewRef(self);
        *(nint*)(m + 32) = 0;
        *(nint*)(m + 40) = 0;
        return m;
    }

    public static nint Func(nint m) => *(nint*)(m + FuncOffset);
    public static nint Self(nint m) => *(nint*)(m + SelfOffset);

    public override void Dealloc(nint o)
    {
        WeakRefType.ClearAll(o);
        Ob.Decref(*(nint*)(o + FuncOffset));
        Ob.Decref(*(nint*)(o + SelfOffset));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        visit(*(nint*)(o + FuncOffset), arg);
        visit(*(nint*)(o + SelfOffset), arg);
    }

    public override string Repr(nint o)
    {
        nint f = Func(o);
        string name = Ob.Type(f) == FunctionType.Instance.Address
            ? StrObject.ToManaged(*(nint*)(f + FunctionType.QualNameOffset))
            : "?";
        return "<bound method " + name + " of " + Abstract.ReprString(Self(o)) + ">";
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || Ob.Type(b) != Instance.Address)
        {
            return 0;
        }
        bool eq = Func(a) == Func(b) && Self(a) == Self(b);
        return BoolObject.NewRef(eq == (op == CompareOp.Eq));
    }

    public override long Hash(nint o) => Abstract.Hash(Self(o)) ^ Abstract.Hash(Func(o));

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames) =>
        CallWithSelf(Func(callable), Self(callable), args, kwnames);

    /// <summary>Calls func(self, *args): args are borrowed.</summary>
    public static nint CallWithSelf(nint func, nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        int n = args.Length + 1;
        Span<nint> all = n <= 16 ? stackalloc nint[n] : new nint[n];
        all[0] = self;
        args.CopyTo(all[1..]);
        if (Ob.Type(func) == FunctionType.Instance.Address)
        {
            return Interpreter.CallFunction(func, all, kwnames);
        }
        return Abstract.Call(func, all, kwnames);
    }

    public override nint GetAttr(nint o, nint name)
    {
        nint v = TypeAttributes.GetViaMembers(this, o, name);
        return v != 0 ? v : Ob.TypeOf(Func(o)).GetAttr(Func(o), name);
    }
}
