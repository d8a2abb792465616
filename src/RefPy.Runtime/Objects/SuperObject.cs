// Mirrors CPython Objects/typeobject.c (super_getattro, super_init_without_args).
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary><c>super</c>: the class to start after (+16) and the bound object (+24); attribute lookup continues along obj's MRO.</summary>
internal sealed unsafe class SuperType : PyType
{
    public static readonly SuperType Instance = new();

    private SuperType() : base("super", 48, 0, true, ObjectType.Instance)
    {
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        nint type, obj;
        if (args.Length == 2)
        {
            type = args[0];
            obj = args[1];
        }
        else if (args.Length == 0)
        {
            (type, obj) = Interpreter.SuperArguments();
        }
        else
        {
            throw Errors.TypeError("super() takes 0 or 2 arguments");
        }
        if (Ob.Type(type) != TypeType.Instance.Address)
        {
            throw Errors.TypeError("super() argument 1 must be a type, not " + Ob.TypeOf(type).Name);
        }
        nint s = AllocObject(48);
        *(nint*)(s + 16) = Ob.NewRef(type);
        *(nint*)(s + 24) = Ob.NewRef(obj);
        *(nint*)(s + 32) = 0;
        *(nint*)(s + 40) = 0;
        return s;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 16));
        Ob.XDecref(*(nint*)(o + 24));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        visit(*(nint*)(o + 16), arg);
        visit(*(nint*)(o + 24), arg);
    }

    public override string Repr(nint o) =>
        "<super: <class '" + FromAddress(*(nint*)(o + 16)).Name + "'>, <" + Ob.TypeOf(*(nint*)(o + 24)).Name + " object>>";

    public override nint GetAttr(nint o, nint name)
    {
        PyType start = FromAddress(*(nint*)(o + 16));
        nint obj = *(nint*)(o + 24);
        bool objIsType = Ob.Type(obj) == TypeType.Instance.Address;
        PyType objType = objIsType ? FromAddress(obj) : Ob.TypeOf(obj);
        IReadOnlyList<PyType> mro = objType is ClassType ct ? ct.Mro : [objType];
        string n = StrObject.ToManaged(name);
        bool after = false;
        foreach (PyType t in mro)
        {
            if (!after)
            {
                after = t == start;
                continue;
            }
            if (t is ClassType c)
            {
                nint v = c.Dict == 0 ? 0 : DictType.GetItemStr(c.Dict, name);
                if (v == 0)
                {
                    continue;
                }
                if (Ob.Type(v) == FunctionType.Instance.Address && !objIsType)
                {
                    return MethodType.New(v, obj);
                }
                if (Ob.Type(v) == StaticMethodType.Static.Address)
                {
                    return Ob.NewRef(StaticMethodType.Callable(v));
                }
                if (Ob.Type(v) == StaticMethodType.Class.Address)
                {
                    return MethodType.New(StaticMethodType.Callable(v), objIsType ? obj : Ob.Type(obj));
                }
                if (Ob.Type(v) == PropertyType.Instance.Address)
                {
                    return objIsType ? Ob.NewRef(v) : PropertyType.Get(v, obj);
                }
                nint bound = Ob.TypeOf(v).DescrGet(v, objIsType ? 0 : obj, objIsType ? obj : Ob.Type(obj));
                return bound != 0 ? bound : Ob.NewRef(v);
            }
            TypeMember? m = t.FindMember(n);
            if (m is not null)
            {
                return m.Getter is not null ? m.Getter(obj) : BuiltinFunctionObject.New(m.Method!, obj);
            }
        }
        return TypeAttributes.GetViaMembers(this, o, name);
    }
}
