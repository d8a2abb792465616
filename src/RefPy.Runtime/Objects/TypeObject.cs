// Mirrors CPython Objects/typeobject.c: the type of types, and the heap type objects of built-in types.
namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>type</c>. Every built-in type has a type object in the heap (416 bytes like PyTypeObject + GC head):
/// ob_type +8 points at <c>type</c>, tp_name +24 is a pointer to a NUL-terminated name in the heap,
/// tp_basicsize +32, tp_itemsize +40; the managed descriptor's index sits at +408.
/// </summary>
internal sealed unsafe class TypeType : PyType
{
    public static readonly TypeType Instance = new();

    private TypeType() : base("type", PyType.TypeObjectSize, 40, true, ObjectType.Instance)
    {
        this.AddProperty("__name__", o => StrObject.Intern(FromAddress(o).Name));
        this.AddProperty("__qualname__", o => StrObject.Intern(FromAddress(o).Name));
        this.AddProperty("__module__", o => StrObject.Intern(FromAddress(o).ModuleName ?? "builtins"));
        this.AddMethod("mro", (self, args, kw) =>
        {
            Args.Exact("type.mro", args, 0);
            nint mro = Abstract.GetAttr(self, StrObject.Intern("__mro__"));
            try
            {
                return Abstract.SequenceToList(mro);
            }
            finally
            {
                Ob.Decref(mro);
            }
        });
    }

    /// <summary>Allocates the (immortal) heap type object for a descriptor.</summary>
    public static nint CreateTypeObject(PyType t)
    {
        nint o = Mem.AllocObject(TypeObjectSize, true);
        new Span<byte>((void*)o, TypeObjectSize).Clear();
        Ob.MakeImmortal(o);
        byte[] name = System.Text.Encoding.UTF8.GetBytes(t.QualifiedName);
        nint cname = Mem.Alloc(name.Length + 1);
        name.AsSpan().CopyTo(new Span<byte>((void*)cname, name.Length));
        ((byte*)cname)[name.Length] = 0;
        *(nint*)(o + NameOffset) = cname;
        *(long*)(o + BasicSizeOffset) = t.BasicSize;
        *(long*)(o + ItemSizeOffset) = t.ItemSize;
        *(int*)(o + ManagedIndexOffset) = t.Index;
        t.Address = o;
        return o;
    }

    public static void FreeTypeObject(PyType t)
    {
        nint o = t.Address;
        if (o == 0)
        {
            return;
        }
        Mem.Free(*(nint*)(o + NameOffset));
        Mem.FreeObject(o, true);
        t.Address = 0;
    }

    /// <summary>Fill in the pointers that need every type object to exist (ob_type, tp_base).</summary>
    public static void Link(PyType t)
    {
        *(nint*)(t.Address + Ob.TypeOffset) = Instance.Address;
        *(nint*)(t.Address + BaseOffset) = t.Base?.Address ?? 0;
    }

    public override string Repr(nint o) => FromAddress(o) is ClassType ct ? ct.ClassRepr : "<class '" + FromAddress(o).QualifiedName + "'>";

    public override long SizeOf(nint o) => FromAddress(o) is ClassType ? 920 : TypeObjectSize;

    /// <summary>Only classes created by Python code are ever freed (built-in type objects are immortal).</summary>
    public override void Dealloc(nint o)
    {
        WeakRefType.ClearAll(o);
        PyType t = FromAddress(o);
        (t as ClassType)?.Modified();
        foreach (int off in (ReadOnlySpan<int>)[ClassType.TypeDictOffset, ClassType.TypeBasesOffset, ClassType.TypeMroOffset, BaseOffset])
        {
            nint v = *(nint*)(o + off);
            *(nint*)(o + off) = 0;
            Ob.XDecref(v);
        }
        Mem.Free(*(nint*)(o + NameOffset));
        t.Address = 0;
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        if (FromAddress(o) is not ClassType)
        {
            return;
        }
        foreach (int off in (ReadOnlySpan<int>)[ClassType.TypeDictOffset, ClassType.TypeBasesOffset, ClassType.TypeMroOffset, BaseOffset])
        {
            nint v = *(nint*)(o + off);
            if (v != 0)
            {
                visit(v, arg);
            }
        }
    }

    public override void TpClear(nint o)
    {
        if (FromAddress(o) is not ClassType ct)
        {
            return;
        }
        ct.Modified();
        foreach (int off in (ReadOnlySpan<int>)[ClassType.TypeDictOffset, ClassType.TypeMroOffset])
        {
            nint v = *(nint*)(o + off);
            *(nint*)(o + off) = 0;
            Ob.XDecref(v);
        }
    }

    public override void SetAttr(nint o, nint name, nint value)
    {
        if (FromAddress(o) is ClassType ct)
        {
            ct.SetClassAttr(name, value);
            return;
        }
        throw Errors.TypeError("cannot set '" + StrObject.ToManaged(name) + "' attribute of immutable type '" + FromAddress(o).Name + "'");
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        PyType t = FromAddress(callable);
        if (t == Instance)
        {
            if (args.Length == 1 && kwnames == 0)
            {
                return Ob.NewRef(Ob.Type(args[0]));
            }
            throw Errors.TypeError("type() takes 1 or 3 arguments");
        }
        if (t == StrType.Instance)
        {
            // str has no vectorcall in 3.12: type_call holds the arguments in a tuple while str() runs.
            (nint held, nint heldKw) = ClassType.HoldCallArguments(args, kwnames);
            try
            {
                return t.Construct(args, kwnames);
            }
            finally
            {
                Ob.Decref(held);
                Ob.XDecref(heldKw);
            }
        }
        return t.Construct(args, kwnames);
    }

    public override nint GetAttr(nint o, nint name)
    {
        PyType t = FromAddress(o);
        if (t is ClassType ct)
        {
            return ct.GetClassAttr(o, StrObject.ToManaged(name));
        }
        switch (StrObject.ToManaged(name))
        {
            case "__bases__":
                return t.Base is null ? TupleType.New(0) : TupleType.Pack(Ob.NewRef(t.Base.Address));
            case "__base__":
                return Ob.NewRef(t.Base is null ? Singletons.None : t.Base.Address);
            case "__mro__":
            {
                var chain = new List<PyType>();
                for (PyType? x = t; x != null; x = x.Base)
                {
                    chain.Add(x);
                }
                nint mro = TupleType.New(chain.Count);
                for (int i = 0; i < chain.Count; i++)
                {
                    TupleType.SetItemInit(mro, i, Ob.NewRef(chain[i].Address));
                }
                return mro;
            }
        }
        TypeMember? m = t.FindMember(name);
        if (m is not null && m.Method is not null && m.Descriptor != 0)
        {
            return Ob.NewRef(m.Descriptor);
        }
        if (m is not null && m.Getter is not null && t == Instance)
        {
            return m.Getter(o);
        }
        TypeMember? own = Members.TryGetValue(StrObject.ToManaged(name), out TypeMember? mm) ? mm : null;
        if (own?.Getter is not null)
        {
            return own.Getter(o);
        }
        if (t is TypeAttributeProvider provider)
        {
            nint v = provider.GetTypeAttribute(StrObject.ToManaged(name));
            if (v != 0)
            {
                return v;
            }
        }
        return 0;
    }
}

/// <summary>A type with attributes on the type object itself (e.g. ctypes.c_long.from_address).</summary>
internal interface TypeAttributeProvider
{
    nint GetTypeAttribute(string name);
}
