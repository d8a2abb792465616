// Mirrors CPython Objects/object.c (None, NotImplemented) and Objects/sliceobject.c (Ellipsis).
namespace RefPy.Runtime.Objects;

/// <summary>The type of None. None is an immortal 16-byte object.</summary>
internal sealed class NoneType : PyType
{
    public static readonly NoneType Instance = new();
    private NoneType() : base("NoneType", 16, 0, false, ObjectType.Instance) { }
    public override string Repr(nint o) => "None";
    public override bool? Bool(nint o) => false;
    public override long Hash(nint o) => 0xFCA86420;
    public override nint RichCompare(nint a, nint b, CompareOp op) => ObjectType.Instance.RichCompare(a, b, op);
}

internal sealed class NotImplementedType : PyType
{
    public static readonly NotImplementedType Instance = new();
    private NotImplementedType() : base("NotImplementedType", 16, 0, false, ObjectType.Instance) { }
    public override string Repr(nint o) => "NotImplemented";
}

internal sealed class EllipsisType : PyType
{
    public static readonly EllipsisType Instance = new();
    private EllipsisType() : base("ellipsis", 16, 0, false, ObjectType.Instance) { }
    public override string Repr(nint o) => "Ellipsis";
}

/// <summary>The immortal singleton objects of a runtime.</summary>
internal static class Singletons
{
    public static nint None;
    public static nint NotImplemented;
    public static nint Ellipsis;

    public static nint NewNone() => None; // immortal: no incref needed, but callers may treat it as a new reference
}
