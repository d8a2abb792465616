// Mirrors CPython Objects/descrobject.c (mappingproxy).
namespace RefPy.Runtime.Objects;

/// <summary><c>mappingproxy</c>: a read-only view of a class's namespace (mapping +16; 24 bytes + GC head).</summary>
internal sealed unsafe class MappingProxyType : PyType
{
    public static readonly MappingProxyType Instance = new();

    private MappingProxyType() : base("mappingproxy", 24, 0, true, ObjectType.Instance)
    {
        this.AddMethod("keys", (self, args, kw) => Forward(self, "keys", args));
        this.AddMethod("values", (self, args, kw) => Forward(self, "values", args));
        this.AddMethod("items", (self, args, kw) => Forward(self, "items", args));
        this.AddMethod("get", (self, args, kw) => Forward(self, "get", args));
        this.AddMethod("copy", (self, args, kw) => Forward(self, "copy", args));
    }

    public static nint New(nint mapping)
    {
        nint p = Instance.AllocObject(24);
        *(nint*)(p + 16) = Ob.NewRef(mapping);
        return p;
    }

    private static nint Mapping(nint o) => *(nint*)(o + 16);

    private static nint Forward(nint self, string method, ReadOnlySpan<nint> args)
    {
        nint m = Abstract.GetAttr(Mapping(self), StrObject.Intern(method));
        try
        {
            return Abstract.Call(m, args, 0);
        }
        finally
        {
            Ob.Decref(m);
        }
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(Mapping(o));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) => Gc.Visit(visit, Mapping(o), arg);

    public override string Repr(nint o) => "mappingproxy(" + Abstract.ReprString(Mapping(o)) + ")";
    public override long Length(nint o) => Abstract.Length(Mapping(o));
    public override nint GetItem(nint o, nint key) => Abstract.GetItem(Mapping(o), key);
    public override bool? Contains(nint o, nint item) => Abstract.Contains(Mapping(o), item);
    public override nint Iter(nint o) => Abstract.GetIter(Mapping(o));
    public override nint RichCompare(nint a, nint b, CompareOp op) => Abstract.RichCompare(Mapping(a), b, op);

    public override void SetItem(nint o, nint key, nint value) =>
        throw Errors.TypeError("'mappingproxy' object does not support item assignment");
}
