// Mirrors CPython Objects/typeobject.c slot wrappers (slot_nb_absolute, slot_nb_int, ...): a class's special methods.
namespace RefPy.Runtime.Objects;

/// <summary>Calls the special methods a Python class defines for the numeric protocol (abs, round, int, float, index).</summary>
internal static class UserSlots
{
    /// <summary>Whether o's type is a Python class that defines name (in its MRO).</summary>
    public static bool Has(nint o, string name) => Ob.TypeOf(o) is ClassType ct && ct.Lookup(name) != 0;

    /// <summary>Calls type(o).name(o, *args): a new reference, or 0 when o's class does not define it.</summary>
    public static nint TryCall(nint o, string name, ReadOnlySpan<nint> args)
    {
        if (Ob.TypeOf(o) is not ClassType ct)
        {
            return 0;
        }
        nint m = ct.Lookup(name);
        if (m == 0)
        {
            return 0;
        }
        if (Ob.Type(m) == FunctionType.Instance.Address)
        {
            return MethodType.CallWithSelf(m, o, args, 0);
        }
        nint bound = Abstract.GetAttr(o, StrObject.Intern(name));
        try
        {
            return Abstract.Call(bound, args, 0);
        }
        finally
        {
            Ob.Decref(bound);
        }
    }

    /// <summary>__int__ or __index__ (in that order, as int() tries them): an exact int, or 0 when neither is defined.</summary>
    public static nint IntOf(nint o)
    {
        nint r = TryCall(o, "__int__", []);
        if (r != 0)
        {
            return CheckInt(r, "__int__");
        }
        return IndexOf(o);
    }

    /// <summary>__index__: the int it returns, or 0 when not defined.</summary>
    public static nint IndexOf(nint o)
    {
        nint r = TryCall(o, "__index__", []);
        return r == 0 ? 0 : CheckInt(r, "__index__");
    }

    private static nint CheckInt(nint r, string method)
    {
        if (IntType.IsInt(r))
        {
            if (Ob.Type(r) == IntType.Instance.Address)
            {
                return r;
            }
            // A bool result: CPython deprecates it and converts to an exact int.
            nint exact = IntType.FromLong(IntType.AsLong(r));
            Ob.Decref(r);
            return exact;
        }
        string name = Ob.TypeOf(r).Name;
        Ob.Decref(r);
        throw Errors.TypeError(method + " returned non-int (type " + name + ")");
    }

    /// <summary>__float__ (or __index__ converted): a float, or 0 when neither is defined.</summary>
    public static nint FloatOf(nint o)
    {
        nint r = TryCall(o, "__float__", []);
        if (r != 0)
        {
            if (FloatType.IsFloat(r))
            {
                return r;
            }
            string name = Ob.TypeOf(r).Name;
            Ob.Decref(r);
            throw Errors.TypeError(Ob.TypeOf(o).Name + ".__float__ returned non-float (type " + name + ")");
        }
        nint i = IndexOf(o);
        if (i == 0)
        {
            return 0;
        }
        try
        {
            return FloatType.FromDouble(IntType.ToDouble(i));
        }
        finally
        {
            Ob.Decref(i);
        }
    }
}
