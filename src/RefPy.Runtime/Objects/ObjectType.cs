// Mirrors CPython Objects/typeobject.c (object_new, object_repr): the base of all types.
namespace RefPy.Runtime.Objects;

/// <summary><c>object</c>: 16 bytes, header only.</summary>
internal sealed class ObjectType : PyType
{
    public static readonly ObjectType Instance = new();

    private ObjectType() : base("object", 16, 0, false, null)
    {
        this.AddMethod("__init__", (self, args, kw) => Singletons.None);
        this.AddMethod("__setattr__", (self, args, kw) =>
        {
            Args.Exact("object.__setattr__", args, 2);
            if (Ob.TypeOf(self) is ClassType ct)
            {
                ct.GenericSetAttr(self, args[0], args[1]);
            }
            else
            {
                Ob.TypeOf(self).SetAttr(self, args[0], args[1]);
            }
            return Singletons.None;
        });
        this.AddMethod("__delattr__", (self, args, kw) =>
        {
            Args.Exact("object.__delattr__", args, 1);
            if (Ob.TypeOf(self) is ClassType ct)
            {
                ct.GenericSetAttr(self, args[0], 0);
            }
            else
            {
                Ob.TypeOf(self).SetAttr(self, args[0], 0);
            }
            return Singletons.None;
        });
        this.AddMethod("__getattribute__", (self, args, kw) =>
        {
            Args.Exact("object.__getattribute__", args, 1);
            nint v = Ob.TypeOf(self) is ClassType ct ? ct.GenericGetAttr(self, args[0]) : Ob.TypeOf(self).GetAttr(self, args[0]);
            if (v == 0)
            {
                throw Errors.AttributeError("'" + Ob.TypeOf(self).Name + "' object has no attribute '" + StrObject.ToManaged(args[0]) + "'");
            }
            return v;
        });
        this.AddMethod("__init_subclass__", (self, args, kw) => Singletons.None);
        // object's slot wrappers: comparisons answer NotImplemented except identity equality.
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            string name = cmp[i];
            this.AddMethod(name, (self, args, kw) =>
            {
                Args.Exact("object." + name, args, 1);
                nint r = RichCompare(self, args[0], op);
                return r != 0 ? r : Ob.NewRef(Singletons.NotImplemented);
            });
        }
        this.AddMethod("__hash__", (self, args, kw) => { Args.Exact("object.__hash__", args, 0); return IntType.FromLong(Ob.TypeOf(self).Hash(self)); });
        this.AddMethod("__repr__", (self, args, kw) => { Args.Exact("object.__repr__", args, 0); return StrObject.New(Ob.TypeOf(self).Repr(self)); });
        this.AddMethod("__str__", (self, args, kw) => { Args.Exact("object.__str__", args, 0); return Abstract.Str(self); });
        this.AddMethod("__sizeof__", (self, args, kw) => { Args.Exact("object.__sizeof__", args, 0); return IntType.FromLong(Ob.TypeOf(self).SizeOf(self)); });
        this.AddMethod("__new__", (self, args, kw) =>
        {
            // object.__new__(cls): self is the class the descriptor was called with.
            if (Ob.Type(self) != TypeType.Instance.Address)
            {
                throw Errors.TypeError("object.__new__(X): X is not a type object (" + Ob.TypeOf(self).Name + ")");
            }
            return FromAddress(self) is ClassType ct ? ct.NewInstance() : FromAddress(self).Construct([], 0);
        });
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
