// Mirrors CPython Objects/methodobject.c (builtin_function_or_method) and Objects/descrobject.c (method_descriptor).
namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>builtin_function_or_method</c> (PyCFunctionObject, 56 bytes + GC head = 72): m_ml +16 (here the index of
/// the <see cref="NativeFunction"/>), m_self +24 (strong), m_module +32, m_weakreflist +40, vectorcall +48.
/// </summary>
internal sealed unsafe class BuiltinFunctionObject : PyType
{
    public static readonly BuiltinFunctionObject Instance = new();

    private BuiltinFunctionObject() : base("builtin_function_or_method", 56, 0, true, ObjectType.Instance)
    {
        this.AddProperty("__name__", o => StrObject.Intern(Function(o).Name));
        this.AddProperty("__self__", o => Ob.NewRef(Self(o) == 0 ? Singletons.None : Self(o)));
        this.AddProperty("__qualname__", o =>
        {
            NativeFunction fn = Function(o);
            nint self = Self(o);
            bool method = fn.OwnerType is not null && self != 0 && Ob.Type(self) != ModuleType.Instance.Address;
            return StrObject.New(method ? Ob.TypeOf(self).Name + "." + fn.Name : fn.Name);
        });
        this.AddProperty("__module__", o =>
        {
            nint module = *(nint*)(o + 32);
            nint name = module != 0 && Ob.Type(module) == ModuleType.Instance.Address
                ? DictType.GetItemString(ModuleType.Dict(module), "__name__") : 0;
            return Ob.NewRef(name != 0 ? name : Singletons.None);
        });
    }

    public static NativeFunction Function(nint o) => NativeFunction.FromIndex(*(long*)(o + 16));
    public static nint Self(nint o) => *(nint*)(o + 24);

    /// <summary>A function object for fn bound to self (borrowed; 0 for none), e.g. [].append or len.</summary>
    public static nint New(NativeFunction fn, nint self, nint module = 0)
    {
        nint o = Instance.AllocObject(56);
        *(long*)(o + 16) = fn.Index;
        *(nint*)(o + 24) = self == 0 ? 0 : Ob.NewRef(self);
        *(nint*)(o + 32) = module == 0 ? 0 : Ob.NewRef(module);
        *(nint*)(o + 40) = 0;
        *(nint*)(o + 48) = 0;
        return o;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 24));
        Ob.XDecref(*(nint*)(o + 32));
        FreeObject(o);
    }

    /// <summary>meth_traverse: m_self and m_module.</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        Gc.Visit(visit, *(nint*)(o + 24), arg);
        Gc.Visit(visit, *(nint*)(o + 32), arg);
    }

    public override string Repr(nint o)
    {
        NativeFunction fn = Function(o);
        nint self = Self(o);
        if (fn.OwnerType is null || self == 0 || Ob.Type(self) == ModuleType.Instance.Address)
        {
            return "<built-in function " + fn.Name + ">";
        }
        return "<built-in method " + fn.Name + " of " + Ob.TypeOf(self).Name + " object at 0x" + ((long)self).ToString("x") + ">";
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        NativeFunction fn = Function(callable);
        return fn.Fn(Self(callable), args, kwnames);
    }
}

/// <summary><c>method_descriptor</c>: d_type +16, d_name +24, d_qualname +32, the native function index +40.</summary>
internal sealed unsafe class MethodDescriptorType : PyType
{
    public static readonly MethodDescriptorType Instance = new();

    private MethodDescriptorType() : base("method_descriptor", 48, 0, true, ObjectType.Instance)
    {
    }

    public static nint New(PyType owner, NativeFunction fn)
    {
        nint o = Instance.AllocObject(48);
        *(nint*)(o + 16) = owner.Address;
        *(nint*)(o + 24) = StrObject.Intern(fn.Name);
        *(nint*)(o + 32) = 0;
        *(long*)(o + 40) = fn.Index;
        return o;
    }

    public static NativeFunction Function(nint o) => NativeFunction.FromIndex(*(long*)(o + 40));

    /// <summary>method_get: the descriptor read from an instance is a built-in method bound to it (type-checked).</summary>
    public static nint BindTo(nint descr, nint instance)
    {
        PyType owner = PyType.FromAddress(*(nint*)(descr + 16));
        if (!Ob.TypeOf(instance).IsSubtypeOf(owner))
        {
            throw Errors.TypeError("descriptor '" + Function(descr).Name + "' for '" + owner.Name + "' objects doesn't apply to a '" + Ob.TypeOf(instance).Name + "' object");
        }
        return BuiltinFunctionObject.New(Function(descr), instance);
    }

    /// <summary>descr_traverse: d_type.</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, *(nint*)(o + 16), arg);

    public override string Repr(nint o) => "<method '" + Function(o).Name + "' of '" + PyType.FromAddress(*(nint*)(o + 16)).Name + "' objects>";

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        NativeFunction fn = Function(callable);
        PyType owner = PyType.FromAddress(*(nint*)(callable + 16));
        if (args.Length == 0)
        {
            throw Errors.TypeError("unbound method " + owner.Name + "." + fn.Name + "() needs an argument");
        }
        if (!Ob.TypeOf(args[0]).IsSubtypeOf(owner) && fn.Name != "__new__")
        {
            throw Errors.TypeError("descriptor '" + fn.Name + "' for '" + owner.Name + "' objects doesn't apply to a '" + Ob.TypeOf(args[0]).Name + "' object");
        }
        return fn.Fn(args[0], args[1..], kwnames);
    }
}
