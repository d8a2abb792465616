// Mirrors CPython Objects/descrobject.c (PyGetSetDescrObject): a class's __dict__ and __weakref__ entries.
namespace RefPy.Runtime.Objects;

/// <summary><c>getset_descriptor</c>: the class's <c>__dict__</c> and <c>__weakref__</c> entries (d_type +16, d_name +24).</summary>
internal sealed unsafe class GetSetDescriptorType : ClassDescriptorType
{
    public static readonly GetSetDescriptorType Instance = new();

    private GetSetDescriptorType() : base("getset_descriptor", "attribute")
    {
    }

    public static nint New(nint cls, string name) => Instance.NewDescriptor(cls, name);
}
