// Mirrors CPython Objects/descrobject.c (PyGetSetDescrObject): a class's __dict__ and __weakref__ entries.
namespace RefPy.Runtime.Objects;

/// <summary><c>getset_descriptor</c>: the class's <c>__dict__</c> and <c>__weakref__</c> entries (d_type +16, d_name +24).</summary>
internal sealed unsafe class GetSetDescriptorType : PyType
{
    public static readonly GetSetDescriptorType Instance = new();

    private GetSetDescriptorType() : base("getset_descriptor", 48, 0, true, ObjectType.Instance)
    {
    }

    public static nint New(nint cls, string name)
    {
        nint d = Instance.AllocObject(48);
        *(nint*)(d + 16) = Ob.NewRef(cls);
        *(nint*)(d + 24) = StrObject.Intern(name);
        return d;
    }

    public override void Dealloc(nint o)
    {
        nint cls = *(nint*)(o + 16);
        FreeObject(o);
        Ob.Decref(cls);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) => visit(*(nint*)(o + 16), arg);

    public override string Repr(nint o) =>
        "<attribute '" + StrObject.ToManaged(*(nint*)(o + 24)) + "' of '" + FromAddress(*(nint*)(o + 16)).Name + "' objects>";
}
