// Mirrors CPython Objects/abstract.c and Objects/object.c: the generic object protocols.
using System.Runtime.CompilerServices;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>Type-independent operations: repr, truth, comparison, arithmetic dispatch, iteration, items, attributes, calls.</summary>
internal static unsafe class Abstract
{
    public static string ReprString(nint o) => Ob.TypeOf(o).Repr(o);

    public static nint Repr(nint o) => FreshText(o, ReprString(o));

    public static string StrString(nint o) => Ob.TypeOf(o).Str(o);

    public static nint Str(nint o) => StrObject.IsStr(o) ? Ob.NewRef(o) : FreshText(o, StrString(o));

    /// <summary>repr/str results are new objects, except bool's, which are CPython's interned 'True'/'False'.</summary>
    private static nint FreshText(nint o, string text) =>
        Ob.Type(o) == BoolType.Instance.Address ? StrObject.Intern(text) : StrObject.New(text, fresh: true);

    public static long Hash(nint o)
    {
        if (StrObject.IsStr(o))
        {
            return StrObject.Hash(o);
        }
        return Ob.TypeOf(o).Hash(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(nint o)
    {
        if (o == BoolObject.True)
        {
            return true;
        }
        if (o == BoolObject.False || o == Singletons.None)
        {
            return false;
        }
        PyType t = Ob.TypeOf(o);
        bool? b = t.Bool(o);
        if (b.HasValue)
        {
            return b.Value;
        }
        long len = t.Length(o);
        return len != 0;
    }

    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    private static CompareOp Swapped(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    /// <summary>PyObject_RichCompare: a new reference.</summary>
    public static nint RichCompare(nint a, nint b, CompareOp op)
    {
        PyType ta = Ob.TypeOf(a), tb = Ob.TypeOf(b);
        nint r;
        bool checkedReflected = false;
        if (ta != tb && tb.IsSubtypeOf(ta))
        {
            checkedReflected = true;
            r = tb.RichCompare(b, a, Swapped(op));
            if (r != 0)
            {
                return r;
            }
        }
        r = ta.RichCompare(a, b, op);
        if (r != 0)
        {
            return r;
        }
        if (!checkedReflected)
        {
            r = tb.RichCompare(b, a, Swapped(op));
            if (r != 0)
            {
                return r;
            }
        }
        if (op == CompareOp.Eq)
        {
            return BoolObject.NewRef(a == b);
        }
        if (op == CompareOp.Ne)
        {
            return BoolObject.NewRef(a != b);
        }
        throw Errors.TypeError("'" + CompareSymbols[(int)op] + "' not supported between instances of '" + ta.Name + "' and '" + tb.Name + "'");
    }

    public static bool RichCompareBool(nint a, nint b, CompareOp op)
    {
        if (a == b)
        {
            if (op == CompareOp.Eq)
            {
                return true;
            }
            if (op == CompareOp.Ne)
            {
                return false;
            }
        }
        nint r = RichCompare(a, b, op);
        bool v = IsTrue(r);
        Ob.Decref(r);
        return v;
    }

    /// <summary>Identity or equality, as `in`, list.index and list.remove use it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsForContainment(nint item, nint value) => item == value || RichCompareBool(item, value, CompareOp.Eq);

    private static readonly string[] BinarySymbols =
        ["+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
         "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="];

    public static string OperatorSymbol(BinaryOp op) => BinarySymbols[(int)op];

    /// <summary>binary_op1 with the reflected fallback, raising TypeError when neither side supports it.</summary>
    public static nint BinaryOp(BinaryOp op, nint a, nint b)
    {
        PyType ta = Ob.TypeOf(a), tb = Ob.TypeOf(b);
        nint r;
        if (ta != tb && tb.IsSubtypeOf(ta) && !(tb is BoolType && ta is IntType))
        {
            r = tb.Binary(op, a, b);
            if (r != 0)
            {
                return r;
            }
        }
        r = ta.Binary(op, a, b);
        if (r != 0)
        {
            return r;
        }
        if (ta != tb)
        {
            r = tb.Binary(op, a, b);
            if (r != 0)
            {
                return r;
            }
        }
        if (op >= Objects.BinaryOp.InplaceAdd)
        {
            // In-place fell through: try the plain operator.
            Objects.BinaryOp plain = (Objects.BinaryOp)(op - Objects.BinaryOp.InplaceAdd);
            r = ta.Binary(plain, a, b);
            if (r == 0 && ta != tb)
            {
                r = tb.Binary(plain, a, b);
            }
            if (r != 0)
            {
                return r;
            }
        }
        if ((op == Objects.BinaryOp.Multiply || op == Objects.BinaryOp.InplaceMultiply) &&
            (IsSequence(ta) || IsSequence(tb)))
        {
            nint other = IsSequence(ta) ? b : a;
            throw Errors.TypeError("can't multiply sequence by non-int of type '" + Ob.TypeOf(other).Name + "'");
        }
        throw Errors.UnsupportedOperands(OperatorSymbol(op), a, b);
    }

    private static bool IsSequence(PyType t) => t is ListType or TupleType or StrType or BytesType or ByteArrayType;

    /// <summary>Whether b is an instance of a Python class defining the reflected operator method name.</summary>
    public static bool HasReflected(nint b, string name) => Ob.TypeOf(b) is ClassType ct && ct.Lookup(name) != 0;

    /// <summary>PyNumber_Index for a Python class with __index__: the int it returns (new reference), or 0 when o has none.</summary>
    public static nint IndexOf(nint o)
    {
        if (Ob.TypeOf(o) is not ClassType ct || ct.Lookup("__index__") == 0)
        {
            return 0;
        }
        nint r = CallMethod(o, "__index__");
        if (!IntType.IsInt(r))
        {
            string tn = Ob.TypeOf(r).Name;
            Ob.Decref(r);
            throw Errors.TypeError("__index__ returned non-int (type " + tn + ")");
        }
        return r;
    }

    /// <summary>
    /// seq[key] for a sequence t subscripted by ints: when key's class has __index__, the item at the int it
    /// returns (new reference); 0 when key has no __index__ (the caller raises its own TypeError).
    /// </summary>
    public static nint GetItemByIndex(PyType t, nint seq, nint key)
    {
        nint index = IndexOf(key);
        if (index == 0)
        {
            return 0;
        }
        try
        {
            return t.GetItem(seq, index);
        }
        finally
        {
            Ob.Decref(index);
        }
    }

    public static nint GetIter(nint o)
    {
        PyType t = Ob.TypeOf(o);
        nint it = t.Iter(o);
        // Built-in types' tp_iter always gives an iterator; a class's __iter__ may return anything.
        if (t is ClassType && !IsIterator(it))
        {
            string name = Ob.TypeOf(it).Name;
            Ob.Decref(it);
            throw Errors.TypeError("iter() returned non-iterator of type '" + name + "'");
        }
        return it;
    }

    /// <summary>PyIter_Check: the object's type has __next__ (tp_iternext).</summary>
    public static bool IsIterator(nint o)
    {
        PyType t = Ob.TypeOf(o);
        return t is ClassType ct ? ct.Lookup("__next__") != 0 : t is GeneratorType || t.IsIterator;
    }

    /// <summary>A new list holding the items of any iterable.</summary>
    public static nint SequenceToList(nint o)
    {
        nint l = ListType.New(0);
        try
        {
            ListType.Extend(l, o);
        }
        catch
        {
            Ob.Decref(l);
            throw;
        }
        return l;
    }

    /// <summary>PySequence_Fast: a new list of the items; a non-iterable raises TypeError(message).</summary>
    public static nint SequenceToList(nint o, string notIterableMessage)
    {
        if (ListType.IsList(o) || Ob.Type(o) == TupleType.Instance.Address)
        {
            return SequenceToList(o);
        }
        nint it;
        try
        {
            it = GetIter(o);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError)
        {
            e.Release();
            throw Errors.TypeError(notIterableMessage);
        }
        try
        {
            return SequenceToList(it);
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    public static long LengthHint(nint o, long dflt)
    {
        long n = Ob.TypeOf(o).Length(o);
        return n >= 0 ? n : dflt;
    }

    public static long Length(nint o)
    {
        long n = Ob.TypeOf(o).Length(o);
        if (n < 0)
        {
            throw Errors.TypeError("object of type '" + Ob.TypeOf(o).Name + "' has no len()");
        }
        return n;
    }

    public static bool Contains(nint container, nint item)
    {
        PyType t = Ob.TypeOf(container);
        bool? r = t.Contains(container, item);
        if (r.HasValue)
        {
            return r.Value;
        }
        nint it;
        try
        {
            it = GetIter(container);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError)
        {
            e.Release();
            throw Errors.TypeError("argument of type '" + t.Name + "' is not iterable");
        }
        try
        {
            PyType itType = Ob.TypeOf(it);
            while (true)
            {
                nint x = itType.IterNext(it);
                if (x == 0)
                {
                    return false;
                }
                bool eq = EqualsForContainment(x, item);
                Ob.Decref(x);
                if (eq)
                {
                    return true;
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    public static nint GetItem(nint o, nint key) => Ob.TypeOf(o).GetItem(o, key);

    public static nint GetAttr(nint o, nint name)
    {
        PyType t = Ob.TypeOf(o);
        nint v;
        try
        {
            v = t.GetAttr(o, name);
        }
        catch (PyException e) when (Suggestions.AddAttributeContext(e, o, name))
        {
            throw; // not reached: the filter records the name and the object's attributes for "Did you mean"
        }
        if (v != 0)
        {
            return v;
        }
        string n = StrObject.ToManaged(name);
        if (n == "__class__")
        {
            return Ob.NewRef(Ob.Type(o));
        }
        if (t is TypeType)
        {
            // tp_name: a heap type's (a class's, a ctypes type's) is its bare name.
            PyType type = PyType.FromAddress(o);
            string typeName = type is ClassType || type.ModuleName == "ctypes" ? type.Name : type.QualifiedName;
            throw Suggestions.AttributeError("type object '" + typeName + "' has no attribute '" + n + "'", o, name);
        }
        throw Suggestions.AttributeError("'" + t.Name + "' object has no attribute '" + n + "'", o, name);
    }

    public static nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames) => Ob.TypeOf(callable).Call(callable, args, kwnames);

    public static nint CallMethod(nint o, string name)
    {
        nint n = StrObject.Intern(name);
        nint m = GetAttr(o, n);
        try
        {
            return Call(m, ReadOnlySpan<nint>.Empty, 0);
        }
        finally
        {
            Ob.Decref(m);
        }
    }

    public static bool IsInstance(nint o, nint cls)
    {
        if (TupleType.IsTuple(cls))
        {
            for (long i = 0; i < TupleType.Count(cls); i++)
            {
                if (IsInstance(o, TupleType.Item(cls, i)))
                {
                    return true;
                }
            }
            return false;
        }
        if (Ob.Type(cls) != TypeType.Instance.Address)
        {
            throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return Ob.TypeOf(o).IsSubtypeOf(PyType.FromAddress(cls));
    }
}

/// <summary>Lexicographic comparison of item arrays (list and tuple richcompare).</summary>
internal static unsafe class Sequence
{
    public static nint Compare(nint* a, long na, nint* b, long nb, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && na != nb)
        {
            return BoolObject.NewRef(op == CompareOp.Ne);
        }
        long i;
        for (i = 0; i < na && i < nb; i++)
        {
            if (!Abstract.RichCompareBool(a[i], b[i], CompareOp.Eq))
            {
                break;
            }
        }
        if (i >= na || i >= nb)
        {
            return BoolObject.NewRef(Objects.Compare.Holds(na.CompareTo(nb), op));
        }
        if (op == CompareOp.Eq)
        {
            return BoolObject.False;
        }
        if (op == CompareOp.Ne)
        {
            return BoolObject.True;
        }
        return Abstract.RichCompare(a[i], b[i], op);
    }

    public static long IndexArg(nint key)
    {
        if (!IntType.TryGetLong(key, out long v))
        {
            throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        }
        return v;
    }
}

/// <summary>Py_ReprEnter/Py_ReprLeave: detects containers that contain themselves while printing.</summary>
internal readonly struct ReprGuard : IDisposable
{
    private static readonly HashSet<nint> active = new();
    private readonly nint o;

    private ReprGuard(nint o) => this.o = o;

    public static ReprGuard Enter(nint o, out bool recursive)
    {
        recursive = !active.Add(o);
        return new ReprGuard(recursive ? 0 : o);
    }

    public void Dispose()
    {
        if (o != 0)
        {
            active.Remove(o);
        }
    }
}

/// <summary>Argument checking helpers for built-in functions, with CPython's messages.</summary>
internal static class Args
{
    /// <summary>
    /// The argument count of a METH_NOARGS / METH_O function (n 0 or 1): the message names it as CPython's
    /// _PyObject_FunctionStr does, so callers pass "list.append", "sys.getrefcount", but "len" for builtins.
    /// For n &gt; 1 the Argument Clinic form with the bare name.
    /// </summary>
    public static void Exact(string name, ReadOnlySpan<nint> args, int n)
    {
        if (args.Length != n)
        {
            if (n == 0)
            {
                throw Errors.TypeError(name + "() takes no arguments (" + args.Length + " given)");
            }
            if (n == 1)
            {
                throw Errors.TypeError(name + "() takes exactly one argument (" + args.Length + " given)");
            }
            throw Errors.TypeError(name + " expected " + n + " arguments, got " + args.Length);
        }
    }

    /// <summary>
    /// _PyArg_CheckPositional (Argument Clinic functions): "name expected [at least|at most] N argument(s), got M",
    /// with the bare name.
    /// </summary>
    public static void Range(string name, ReadOnlySpan<nint> args, int min, int max)
    {
        if (args.Length < min)
        {
            throw Errors.TypeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.Length);
        }
        if (args.Length > max)
        {
            throw Errors.TypeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.Length);
        }
    }

    /// <summary>getargs.c (PyArg_ParseTuple formats): "name() takes at least|at most N argument(s) (M given)".</summary>
    public static void Between(string name, ReadOnlySpan<nint> args, int min, int max)
    {
        if (args.Length < min)
        {
            throw Errors.TypeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + args.Length + " given)");
        }
        if (args.Length > max)
        {
            throw Errors.TypeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + args.Length + " given)");
        }
    }

    public static nint Str(nint o, string fn)
    {
        if (!StrObject.IsStr(o))
        {
            throw Errors.TypeError("must be str, not " + Ob.TypeOf(o).Name);
        }
        return o;
    }

    /// <summary>Binds positional and keyword arguments to parameter names; missing optional ones are 0 (borrowed refs).</summary>
    public static nint[] Parse(string fn, ReadOnlySpan<nint> args, nint kwnames, string[] names, int required)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        if (npos > names.Length)
        {
            throw Errors.TypeError(fn + "() takes at most " + names.Length + " argument" + (names.Length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        var result = new nint[names.Length];
        for (int i = 0; i < npos; i++)
        {
            result[i] = args[i];
        }
        for (int k = 0; k < nkw; k++)
        {
            string kw = StrObject.ToManaged(TupleType.Item(kwnames, k));
            int idx = Array.IndexOf(names, kw);
            if (idx < 0)
            {
                throw Errors.TypeError(fn + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (result[idx] != 0)
            {
                throw Errors.TypeError("argument for " + fn + "() given by name ('" + kw + "') and position (" + (idx + 1) + ")");
            }
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] == 0)
            {
                throw Errors.TypeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return result;
    }

    public static void NoKeywords(string fn, nint kwnames)
    {
        if (kwnames != 0 && TupleType.Count(kwnames) > 0)
        {
            throw Errors.TypeError(fn + "() takes no keyword arguments");
        }
    }
}
