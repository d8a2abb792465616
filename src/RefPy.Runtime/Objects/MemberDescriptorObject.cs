// Mirrors CPython Objects/descrobject.c (PyMemberDescrObject): the descriptors __slots__ creates.
namespace RefPy.Runtime.Objects;

/// <summary><c>member_descriptor</c>: a __slots__ entry (d_type +16, d_name +24, offset into the instance +40).</summary>
internal sealed unsafe class MemberDescriptorType : ClassDescriptorType
{
    public static readonly MemberDescriptorType Instance = new();

    private MemberDescriptorType() : base("member_descriptor", "member")
    {
    }

    public static nint New(nint cls, string name, int offset)
    {
        nint d = Instance.NewDescriptor(cls, name);
        *(long*)(d + 40) = offset;
        return d;
    }

    /// <summary>The slot's value as a new reference, or 0 when it is empty.</summary>
    public static nint Get(nint d, nint o)
    {
        nint v = *(nint*)(o + *(long*)(d + 40));
        return v == 0 ? 0 : Ob.NewRef(v);
    }

    /// <summary>Stores (value borrowed) or deletes (value 0) the slot; false when deleting an empty slot.</summary>
    public static bool Set(nint d, nint o, nint value)
    {
        nint* slot = (nint*)(o + *(long*)(d + 40));
        nint old = *slot;
        if (value == 0 && old == 0)
        {
            return false;
        }
        *slot = value == 0 ? 0 : Ob.NewRef(value);
        Ob.XDecref(old);
        return true;
    }
}
