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
        // object's own defaults (what super().__repr__() etc. reach): identity hash, <module.Name object at 0x...>,
        // and __str__ = repr(self) through the type (so a class's __repr__ is used, as object_str does).
        this.AddMethod("__hash__", (self, args, kw) => { Args.Exact("object.__hash__", args, 0); return IntType.FromLong(IdentityHash(self)); });
        this.AddMethod("__repr__", (self, args, kw) => { Args.Exact("object.__repr__", args, 0); return StrObject.New(DefaultRepr(self)); });
        this.AddMethod("__str__", (self, args, kw) => { Args.Exact("object.__str__", args, 0); return Abstract.Repr(self); });
        this.AddMethod("__format__", (self, args, kw) =>
        {
            Args.Exact("object.__format__", args, 1);
            if (!StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError("__format__() argument must be str, not " + Ob.TypeOf(args[0]).Name);
            }
            if (StrObject.Length(args[0]) > 0)
            {
                throw Errors.TypeError("unsupported format string passed to " + Ob.TypeOf(self).Name + ".__format__");
            }
            return Abstract.Str(self);
        });
        this.AddMethod("__dir__", (self, args, kw) =>
        {
            Args.Exact("object.__dir__", args, 0);
            var names = new List<string>();
            RefPy.Runtime.Vm.DirNames.Collect(self, names);
            nint list = ListType.New(0);
            foreach (string n in names.Distinct())
            {
                ListType.AppendSteal(list, StrObject.New(n));
            }
            return list;
        });
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

    /// <summary>object.__repr__: &lt;module.QualName object at 0x...&gt;.</summary>
    public static string DefaultRepr(nint o)
    {
        PyType t = Ob.TypeOf(o);
        string name = t is ClassType ct ? (ct.ModuleName is null or "builtins" ? ct.QualName : ct.ModuleName + "." + ct.QualName) : t.QualifiedName;
        return "<" + name + " object at 0x" + ((long)o).ToString("x") + ">";
    }

    /// <summary>object.__hash__ (_Py_HashPointer).</summary>
    public static long IdentityHash(nint o)
    {
        ulong y = (ulong)o;
        long h = (long)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }

    public override nint RichCompare(nint a, nint b, CompareOp op) => op switch
    {
        CompareOp.Eq => a == b ? BoolObject.NewRef(true) : 0,
        CompareOp.Ne => a == b ? BoolObject.NewRef(false) : 0,
        _ => 0,
    };
}
