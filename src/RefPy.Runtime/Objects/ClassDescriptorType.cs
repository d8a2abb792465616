// Mirrors CPython Objects/descrobject.c (PyDescr_COMMON): the part every descriptor a class creates shares.
namespace RefPy.Runtime.Objects;

/// <summary>
/// A descriptor in a Python class's namespace (48 bytes + GC head): d_type +16 (a strong reference to the class),
/// d_name +24 (an interned, immortal str). Its repr reads <c>&lt;{kind} 'name' of 'Class' objects&gt;</c>.
/// </summary>
internal abstract unsafe class ClassDescriptorType(string name, string kind) : PyType(name, 48, 0, true, ObjectType.Instance)
{
    protected nint NewDescriptor(nint cls, string attrName)
    {
        nint d = AllocObject(48);
        *(nint*)(d + 16) = Ob.NewRef(cls);
        *(nint*)(d + 24) = StrObject.Intern(attrName);
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
        "<" + kind + " '" + StrObject.ToManaged(*(nint*)(o + 24)) + "' of '" + FromAddress(*(nint*)(o + 16)).Name + "' objects>";
}
