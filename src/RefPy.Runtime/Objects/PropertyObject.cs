// Mirrors CPython Objects/descrobject.c: property.
namespace RefPy.Runtime.Objects;

/// <summary><c>property</c>: fget +16, fset +24, fdel +32, doc +40.</summary>
internal sealed unsafe class PropertyType : PyType
{
    public static readonly PropertyType Instance = new();

    private PropertyType() : base("property", 64, 0, true, ObjectType.Instance)
    {
        this.AddMethod("setter", (self, args, kw) => WithAccessor(self, args, 24));
        this.AddMethod("getter", (self, args, kw) => WithAccessor(self, args, 16));
        this.AddMethod("deleter", (self, args, kw) => WithAccessor(self, args, 32));
        this.AddProperty("fget", o => Ob.NewRef(Slot(o, 16)));
        this.AddProperty("fset", o => Ob.NewRef(Slot(o, 24)));
        this.AddProperty("fdel", o => Ob.NewRef(Slot(o, 32)));
        this.AddProperty("__doc__", Doc);
    }

    /// <summary>property.__doc__: the doc argument, else the getter's docstring (property_init copies it).</summary>
    private static nint Doc(nint o)
    {
        if (*(nint*)(o + 40) != 0)
        {
            return Ob.NewRef(*(nint*)(o + 40));
        }
        nint fget = *(nint*)(o + 16);
        if (fget == 0)
        {
            return Ob.NewRef(Singletons.None);
        }
        nint doc = Abstract.GetAttr(fget, StrObject.Intern("__doc__"));
        return doc;
    }

    private static nint Slot(nint o, int off) => *(nint*)(o + off) == 0 ? Singletons.None : *(nint*)(o + off);

    private static nint WithAccessor(nint self, ReadOnlySpan<nint> args, int off)
    {
        Args.Exact("property.setter", args, 1);
        nint p = Instance.AllocObject(64);
        for (int i = 16; i < 64; i += 8)
        {
            *(nint*)(p + i) = i == off ? Ob.NewRef(args[0]) : *(nint*)(self + i) == 0 ? 0 : Ob.NewRef(*(nint*)(self + i));
        }
        return p;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("property", args, kwnames, ["fget", "fset", "fdel", "doc"], 0);
        nint p = AllocObject(64);
        for (int i = 0; i < 4; i++)
        {
            nint v = i < a.Length ? a[i] : 0;
            *(nint*)(p + 16 + 8 * i) = v == 0 || v == Singletons.None ? 0 : Ob.NewRef(v);
        }
        *(nint*)(p + 48) = 0;
        *(nint*)(p + 56) = 0;
        return p;
    }

    public static nint Get(nint prop, nint instance)
    {
        nint fget = *(nint*)(prop + 16);
        if (fget == 0)
        {
            throw Errors.AttributeError("property object has no getter");
        }
        return Abstract.Call(fget, [instance], 0);
    }

    public static void Set(nint prop, nint instance, nint value, string name)
    {
        nint f = *(nint*)(prop + (value == 0 ? 32 : 24));
        if (f == 0)
        {
            throw Errors.AttributeError("property '" + name + "' of '" + Ob.TypeOf(instance).Name + "' object has no " + (value == 0 ? "deleter" : "setter"));
        }
        nint r = value == 0 ? Abstract.Call(f, [instance], 0) : Abstract.Call(f, [instance, value], 0);
        Ob.Decref(r);
    }

    public override void Dealloc(nint o)
    {
        for (int i = 16; i < 64; i += 8)
        {
            Ob.XDecref(*(nint*)(o + i));
        }
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        for (int i = 16; i < 48; i += 8)
        {
            nint v = *(nint*)(o + i);
            if (v != 0)
            {
                visit(v, arg);
            }
        }
    }
}
