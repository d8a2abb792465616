// Mirrors CPython Objects/funcobject.c / Include/cpython/funcobject.h: Python functions.
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>function</c>, laid out like PyFunctionObject (144 bytes + GC head = getsizeof 160): globals +16,
/// builtins +24, name +32, qualname +40, code +48, defaults +56, kwdefaults +64, closure +72, doc +80,
/// dict +88, weakreflist +96, module +104, annotations +112, typeparams +120.
/// </summary>
internal sealed unsafe class FunctionType : PyType
{
    public new const int NameOffset = 32;
    public const int GlobalsOffset = 16, BuiltinsOffset = 24, QualNameOffset = 40, CodeOffset = 48,
        DefaultsOffset = 56, KwDefaultsOffset = 64, ClosureOffset = 72, DocOffset = 80, DictOffset = 88,
        ModuleOffset = 104;
    public static readonly FunctionType Instance = new();

    private FunctionType() : base("function", 144, 0, true, ObjectType.Instance)
    {
        this.AddProperty("__name__", o => Ob.NewRef(*(nint*)(o + NameOffset)));
        this.AddProperty("__qualname__", o => Ob.NewRef(*(nint*)(o + QualNameOffset)));
        this.AddProperty("__code__", o => Ob.NewRef(*(nint*)(o + CodeOffset)));
        this.AddProperty("__defaults__", o => Ob.NewRef(*(nint*)(o + DefaultsOffset) == 0 ? Singletons.None : *(nint*)(o + DefaultsOffset)));
        this.AddProperty("__globals__", o => Ob.NewRef(*(nint*)(o + GlobalsOffset)));
        this.AddProperty("__module__", o => Ob.NewRef(*(nint*)(o + ModuleOffset)));
        this.AddProperty("__doc__", o => Ob.NewRef(*(nint*)(o + DocOffset)));
        this.AddProperty("__closure__", o => Ob.NewRef(*(nint*)(o + ClosureOffset) == 0 ? Singletons.None : *(nint*)(o + ClosureOffset)));
        this.AddProperty("__kwdefaults__", o => Ob.NewRef(*(nint*)(o + KwDefaultsOffset) == 0 ? Singletons.None : *(nint*)(o + KwDefaultsOffset)));
        this.AddProperty("__builtins__", o => Ob.NewRef(*(nint*)(o + BuiltinsOffset)));
        this.AddProperty("__dict__", o => Ob.NewRef(LazyDict(o, DictOffset)));
        this.AddProperty("__annotations__", o => Ob.NewRef(LazyDict(o, AnnotationsOffset)));
    }

    /// <summary>func_annotations (no annotations are compiled yet: an empty dict made on first access, as CPython does).</summary>
    public const int AnnotationsOffset = 112;

    private static nint LazyDict(nint o, int offset)
    {
        nint* slot = (nint*)(o + offset);
        if (*slot == 0)
        {
            *slot = DictType.New();
        }
        return *slot;
    }

    public override nint GetAttr(nint o, nint name) => InstanceDictAttr.Get(this, o, name, DictOffset);

    /// <summary>func_set_name, func_set_defaults, ... and the function's __dict__ for other names (value 0 deletes).</summary>
    public override void SetAttr(nint o, nint name, nint value)
    {
        string n = StrObject.ToManaged(name);
        switch (n)
        {
            case "__name__":
            case "__qualname__":
                if (value == 0 || !Ob.TypeOf(value).IsSubtypeOf(StrType.Instance))
                {
                    throw Errors.TypeError(n + " must be set to a string object");
                }
                Ob.SetRef((nint*)(o + (n == "__name__" ? NameOffset : QualNameOffset)), Ob.NewRef(value));
                return;
            case "__doc__":
            case "__module__":
                Ob.SetRef((nint*)(o + (n == "__doc__" ? DocOffset : ModuleOffset)), Ob.NewRef(value == 0 ? Singletons.None : value));
                return;
            case "__defaults__":
                if (value != 0 && value != Singletons.None && !TupleType.IsTuple(value))
                {
                    throw Errors.TypeError("__defaults__ must be set to a tuple object");
                }
                SetOptional(o, DefaultsOffset, value);
                return;
            case "__kwdefaults__":
                if (value != 0 && value != Singletons.None && !DictType.IsDictOrSubclass(value))
                {
                    throw Errors.TypeError("__kwdefaults__ must be set to a dict object");
                }
                SetOptional(o, KwDefaultsOffset, value);
                return;
            case "__annotations__":
                if (value != 0 && value != Singletons.None && !DictType.IsDictOrSubclass(value))
                {
                    throw Errors.TypeError("__annotations__ must be set to a dict object");
                }
                SetOptional(o, AnnotationsOffset, value);
                return;
            case "__dict__":
                if (value == 0)
                {
                    throw Errors.TypeError("cannot delete __dict__");
                }
                if (!DictType.IsDictOrSubclass(value))
                {
                    throw Errors.TypeError("__dict__ must be set to a dictionary, not a '" + Ob.TypeOf(value).Name + "'");
                }
                Ob.SetRef((nint*)(o + DictOffset), Ob.NewRef(value));
                return;
            case "__globals__":
            case "__closure__":
            case "__builtins__":
            case "__code__":
                throw Errors.AttributeError("readonly attribute");
        }
        nint dict = *(nint*)(o + DictOffset);
        if (value == 0)
        {
            if (dict == 0 || !DictType.Remove(dict, name))
            {
                throw Errors.AttributeError("'function' object has no attribute '" + n + "'");
            }
            return;
        }
        DictType.Set(LazyDict(o, DictOffset), name, value);
    }

    /// <summary>A slot that reads back as None when empty: None or deletion clears it.</summary>
    private static void SetOptional(nint o, int offset, nint value) =>
        Ob.SetRef((nint*)(o + offset), value == 0 || value == Singletons.None ? 0 : Ob.NewRef(value));

    /// <summary>MAKE_FUNCTION: a new function over code (borrowed) with the given globals (borrowed).</summary>
    public static nint New(nint code, nint globals, nint builtins, nint qualname)
    {
        nint f = Instance.AllocObject(144);
        new Span<byte>((void*)(f + 16), 128).Clear();
        CodeInfo info = CodeType.Info(code);
        *(nint*)(f + GlobalsOffset) = Ob.NewRef(globals);
        *(nint*)(f + BuiltinsOffset) = Ob.NewRef(builtins);
        *(nint*)(f + NameOffset) = StrObject.Intern(info.Name);
        *(nint*)(f + QualNameOffset) = Ob.NewRef(qualname);
        *(nint*)(f + CodeOffset) = Ob.NewRef(code);
        nint doc = info.DocString != 0 ? info.DocString : Singletons.None;
        *(nint*)(f + DocOffset) = Ob.NewRef(doc);
        nint module = DictType.GetItemString(globals, "__name__");
        *(nint*)(f + ModuleOffset) = module == 0 ? 0 : Ob.NewRef(module);
        return f;
    }

    public static nint Code(nint f) => *(nint*)(f + CodeOffset);
    public static nint Globals(nint f) => *(nint*)(f + GlobalsOffset);
    public static nint Builtins(nint f) => *(nint*)(f + BuiltinsOffset);
    public static nint Defaults(nint f) => *(nint*)(f + DefaultsOffset);
    public static nint KwDefaults(nint f) => *(nint*)(f + KwDefaultsOffset);
    public static nint Closure(nint f) => *(nint*)(f + ClosureOffset);

    public override void Dealloc(nint o)
    {
        WeakRefType.ClearAll(o);
        foreach (int off in (ReadOnlySpan<int>)[GlobalsOffset, BuiltinsOffset, ModuleOffset, DefaultsOffset, KwDefaultsOffset, CodeOffset, ClosureOffset, NameOffset, QualNameOffset, DocOffset, DictOffset, 112, 120])
        {
            Ob.XDecref(*(nint*)(o + off));
        }
        FreeObject(o);
    }

    /// <summary>func_traverse (3.12 order).</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        foreach (int off in (ReadOnlySpan<int>)[CodeOffset, GlobalsOffset, BuiltinsOffset, ModuleOffset, DefaultsOffset, KwDefaultsOffset, DocOffset, NameOffset, DictOffset, ClosureOffset, 112, 120, QualNameOffset])
        {
            Gc.Visit(visit, *(nint*)(o + off), arg);
        }
    }

    /// <summary>func_clear: drops everything but the code; name and qualname become ''.</summary>
    public override void TpClear(nint o)
    {
        foreach (int off in (ReadOnlySpan<int>)[GlobalsOffset, BuiltinsOffset, ModuleOffset, DefaultsOffset, KwDefaultsOffset, DocOffset, DictOffset, ClosureOffset, 112, 120])
        {
            Gc.ClearSlot((nint*)(o + off));
        }
        Ob.SetRef((nint*)(o + NameOffset), Ob.NewRef(StrObject.Empty));
        Ob.SetRef((nint*)(o + QualNameOffset), Ob.NewRef(StrObject.Empty));
    }

    public override string Repr(nint o) => "<function " + StrObject.ToManaged(*(nint*)(o + QualNameOffset)) + " at 0x" + ((long)o).ToString("x") + ">";

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames) => Interpreter.CallFunction(callable, args, kwnames);
}
