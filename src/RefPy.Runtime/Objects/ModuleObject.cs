// Mirrors CPython Objects/moduleobject.c: module objects.
namespace RefPy.Runtime.Objects;

/// <summary><c>module</c>: md_dict +16, md_def +24, md_state +32, md_weaklist +40, md_name +48 (56 + GC head = 72).</summary>
internal sealed unsafe class ModuleType : PyType
{
    public const int DictOffset = 16;
    public new const int NameOffset = 48;
    public static readonly ModuleType Instance = new();

    private ModuleType() : base("module", 56, 0, true, ObjectType.Instance)
    {
    }

    public static nint New(string name)
    {
        nint m = Instance.AllocObject(56);
        new Span<byte>((void*)(m + 16), 40).Clear();
        nint d = DictType.New();
        *(nint*)(m + DictOffset) = d;
        nint n = StrObject.Intern(name);
        *(nint*)(m + NameOffset) = n;
        DictType.Set(d, StrObject.Intern("__name__"), n);
        DictType.Set(d, StrObject.Intern("__doc__"), Singletons.None);
        return m;
    }

    public static nint Dict(nint m) => *(nint*)(m + DictOffset);

    public static string NameOf(nint m) => StrObject.ToManaged(*(nint*)(m + NameOffset));

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + DictOffset));
        Ob.XDecref(*(nint*)(o + NameOffset));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, *(nint*)(o + DictOffset), arg);

    public override void TpClear(nint o) => Gc.ClearSlot((nint*)(o + DictOffset));

    public override string Repr(nint o)
    {
        string name = NameOf(o);
        return name is "sys" or "builtins" or "gc" ? "<module '" + name + "' (built-in)>" : "<module '" + name + "'>";
    }

    public override nint GetAttr(nint o, nint name)
    {
        nint v = DictType.GetItemStr(Dict(o), name);
        if (v != 0)
        {
            return Ob.NewRef(v);
        }
        if (StrObject.ToManaged(name) == "__dict__")
        {
            return Ob.NewRef(Dict(o));
        }
        throw Errors.AttributeError("module '" + NameOf(o) + "' has no attribute '" + StrObject.ToManaged(name) + "'");
    }

    public override void SetAttr(nint o, nint name, nint value) => DictType.Set(Dict(o), name, value);
}
