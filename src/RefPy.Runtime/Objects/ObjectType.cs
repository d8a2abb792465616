// Mirrors CPython Objects/typeobject.c (object_new, object_repr): the base of all types.
namespace RefPy.Runtime.Objects;

/// <summary><c>object</c>: 16 bytes, header only.</summary>
internal sealed class ObjectType : PyType
{
    public static readonly ObjectType Instance = new();

    private ObjectType() : base("object", 16, 0, false, null)
    {
        this.AddMethod("__init__", (self, args, kw) => Singletons.None);
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length > 0)
        {
            throw Errors.TypeError("object() takes no arguments");
        }
        return AllocObject(16);
    }

    public override nint RichCompare(nint a, nint b, CompareOp op) => op switch
    {
        CompareOp.Eq => a == b ? BoolObject.NewRef(true) : 0,
        CompareOp.Ne => a == b ? BoolObject.NewRef(false) : 0,
        _ => 0,
    };
}
