// Mirrors CPython Objects/object.c (PyObject_GenericGetAttr / PyObject_GenericSetAttr) for built-in types with a __dict__ slot.
namespace RefPy.Runtime.Objects;

/// <summary>Generic attribute access for built-in types with a __dict__ slot (PyObject_GenericGetAttr/SetAttr).</summary>
internal static unsafe class InstanceDictAttr
{
    public static nint Get(PyType t, nint o, nint name, int dictOff)
    {
        nint v = TypeAttributes.GetViaMembers(t, o, name);
        if (v != 0)
        {
            return v;
        }
        nint d = *(nint*)(o + dictOff);
        if (StrObject.EqualStr(name, StrObject.Intern("__dict__")))
        {
            if (d == 0)
            {
                d = DictType.New();
                *(nint*)(o + dictOff) = d;
            }
            return Ob.NewRef(d);
        }
        if (d != 0)
        {
            v = DictType.GetItemStr(d, name);
            if (v != 0)
            {
                return Ob.NewRef(v);
            }
        }
        return 0;
    }

    public static void Set(PyType t, nint o, nint name, nint value, int dictOff)
    {
        string n = StrObject.ToManaged(name);
        if (t.FindMember(n) is TypeMember m)
        {
            throw Errors.AttributeError(m.Method is not null
                ? "'" + t.QualifiedName + "' object attribute '" + n + "' is read-only"
                : "readonly attribute");
        }
        if (n == "__dict__")
        {
            if (value == 0 || !DictType.IsDict(value))
            {
                throw Errors.TypeError("__dict__ must be set to a dictionary, not a '" + (value == 0 ? "NoneType" : Ob.TypeOf(value).Name) + "'");
            }
            Ob.SetRef((nint*)(o + dictOff), Ob.NewRef(value));
            return;
        }
        nint d = *(nint*)(o + dictOff);
        if (value == 0)
        {
            if (d == 0 || !DictType.Remove(d, name))
            {
                throw Errors.AttributeError("'" + t.QualifiedName + "' object has no attribute '" + n + "'");
            }
            return;
        }
        if (d == 0)
        {
            d = DictType.New();
            *(nint*)(o + dictOff) = d;
        }
        DictType.Set(d, name, value);
    }
}
