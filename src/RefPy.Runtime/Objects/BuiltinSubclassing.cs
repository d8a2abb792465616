// Mirrors CPython Objects/typeobject.c (best_base, solid_base, tp_new of subtypes) for classes derived from
// list, dict, set, tuple, int and float.
namespace RefPy.Runtime.Objects;

/// <summary>
/// What a Python class needs from the built-in type it derives from: whether it can be a base, how an empty
/// instance is initialised in place, how large an instance holding a given value is, and the __init__/__new__
/// methods that <c>super().__init__(...)</c> and <c>super().__new__(cls, ...)</c> reach.
/// </summary>
internal static unsafe class BuiltinSubclassing
{
    private static bool installed;

    public static bool CanSubclass(PyType t) =>
        t == ListType.Instance || t == DictType.Instance || t == SetType.Set || IsImmutable(t);

    /// <summary>Types CPython refuses as bases (no Py_TPFLAGS_BASETYPE).</summary>
    public static bool IsFinal(PyType t) =>
        t == BoolType.Instance || t == NoneType.Instance || t == FunctionType.Instance || t == RangeType.Instance ||
        t == SliceType.Instance || t == GeneratorType.Instance || t == CodeType.Instance || t == CellType.Instance ||
        t == MethodType.Instance || t == BuiltinFunctionObject.Instance || t == NotImplementedType.Instance || t == EllipsisType.Instance;

    /// <summary>Instances hold their value (CPython's tp_new builds them from arguments).</summary>
    public static bool IsImmutable(PyType t) => t == TupleType.Instance || t == IntType.Instance || t == FloatType.Instance;

    /// <summary>Variable-size layouts: their subclasses get a __dict__ but no __weakref__.</summary>
    public static bool IsVarSize(PyType t) => t == TupleType.Instance || t == IntType.Instance;

    /// <summary>Bytes of the built-in part of an object holding value (header included).</summary>
    public static long ObjectSize(PyType t, nint value)
    {
        if (t == TupleType.Instance)
        {
            return TupleType.ItemsOffset + 8 * TupleType.Count(value);
        }
        if (t == IntType.Instance)
        {
            return IntType.DigitsOffset + 4 * Math.Max(1, IntType.DigitCount(value));
        }
        return t.BasicSize;
    }

    /// <summary>Initialises the built-in part of a zeroed instance as an empty value (list_new/dict_new/set_new).</summary>
    public static void InitEmpty(PyType t, nint o)
    {
        if (t == DictType.Instance)
        {
            DictType.InitEmpty(o);
        }
        else if (t == SetType.Set)
        {
            SetType.InitEmpty(o);
        }
    }

    /// <summary>list.__init__ / dict.__init__ / set.__init__ on an instance (args borrowed).</summary>
    public static void Init(PyType t, nint o, ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        if (t == DictType.Instance)
        {
            if (npos > 1)
            {
                throw Errors.TypeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1)
            {
                DictType.Update(o, args[0]);
            }
            for (int i = 0; i < nkw; i++)
            {
                DictType.Set(o, TupleType.Item(kwnames, i), args[npos + i]);
            }
            return;
        }
        string name = t == ListType.Instance ? "list" : "set";
        if (nkw > 0)
        {
            throw Errors.TypeError(name + "() takes no keyword arguments");
        }
        if (npos > 1)
        {
            throw Errors.TypeError(name + " expected at most 1 argument, got " + npos);
        }
        if (t == ListType.Instance)
        {
            ListType.Clear(o);
            if (npos == 1)
            {
                ListType.Extend(o, args[0]);
            }
        }
        else
        {
            SetType.ClearTable(o);
            if (npos == 1)
            {
                SetType.Update(o, args[0]);
            }
        }
    }

    /// <summary>Adds __init__ (mutable types) and __new__ (all six) so super() reaches the built-in behaviour.</summary>
    public static void Install()
    {
        if (installed)
        {
            return;
        }
        installed = true;
        // Every built-in iterator answers it.__next__() and it.__iter__() (slot wrappers in CPython).
        foreach (PyType t in Bootstrap.AllTypes())
        {
            if (!t.IsIterator && t != GeneratorType.Instance)
            {
                continue;
            }
            PyType type = t;
            if (!t.Members.ContainsKey("__next__"))
            {
                t.AddMethod("__next__", (self, args, kw) =>
                {
                    Args.Exact(type.Name + ".__next__", args, 0);
                    nint v = type.IterNext(self);
                    return v != 0 ? v : throw Errors.StopIteration();
                });
            }
            if (!t.Members.ContainsKey("__iter__"))
            {
                t.AddMethod("__iter__", (self, args, kw) => { Args.Exact(type.Name + ".__iter__", args, 0); return Ob.NewRef(self); });
            }
        }
        foreach (PyType t in (PyType[])[ListType.Instance, DictType.Instance, SetType.Set])
        {
            PyType type = t;
            type.AddMethod("__init__", (self, args, kw) =>
            {
                Init(type, self, args, kw);
                return Singletons.None;
            });
        }
        foreach (PyType t in (PyType[])[ListType.Instance, DictType.Instance, SetType.Set, TupleType.Instance, IntType.Instance, FloatType.Instance])
        {
            PyType type = t;
            // __new__ is static: super().__new__(cls, ...) binds cls and passes it again.
            type.AddMethod("__new__", (self, args, kw) => New(type, self, args.Length > 0 && args[0] == self ? args[1..] : args, kw));
            AddSlotWrappers(type);
        }
    }

    /// <summary>The slot wrappers a subclass reaches through super() (list.__getitem__, dict.__setitem__, ...).</summary>
    private static void AddSlotWrappers(PyType t)
    {
        string n = t.Name;
        bool sequenceOrMapping = t != IntType.Instance && t != FloatType.Instance;
        if (sequenceOrMapping)
        {
            t.AddMethod("__len__", (self, args, kw) => { Args.Exact(n + ".__len__", args, 0); return IntType.FromLong(t.Length(self)); });
            t.AddMethod("__contains__", (self, args, kw) => { Args.Exact(n + ".__contains__", args, 1); return BoolObject.NewRef(t.Contains(self, args[0]) ?? Abstract.Contains(self, args[0])); });
            t.AddMethod("__iter__", (self, args, kw) => { Args.Exact(n + ".__iter__", args, 0); return t.Iter(self); });
        }
        if (t != SetType.Set && sequenceOrMapping)
        {
            t.AddMethod("__getitem__", (self, args, kw) => { Args.Exact(n + ".__getitem__", args, 1); return t.GetItem(self, args[0]); });
        }
        if (t == ListType.Instance || t == DictType.Instance)
        {
            t.AddMethod("__setitem__", (self, args, kw) => { Args.Exact(n + ".__setitem__", args, 2); t.SetItem(self, args[0], args[1]); return Singletons.None; });
            t.AddMethod("__delitem__", (self, args, kw) => { Args.Exact(n + ".__delitem__", args, 1); t.DelItem(self, args[0]); return Singletons.None; });
        }
        t.AddMethod("__repr__", (self, args, kw) => { Args.Exact(n + ".__repr__", args, 0); return StrObject.New(t.Repr(self)); });
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.AddMethod(cmp[i], (self, args, kw) =>
            {
                Args.Exact(n + "." + cmp[(int)op], args, 1);
                nint r = t.RichCompare(self, args[0], op);
                return r != 0 ? r : Ob.NewRef(Singletons.NotImplemented);
            });
        }
        (string Name, BinaryOp Op)[] binary = [("__add__", BinaryOp.Add), ("__mul__", BinaryOp.Multiply), ("__sub__", BinaryOp.Subtract),
            ("__truediv__", BinaryOp.TrueDivide), ("__floordiv__", BinaryOp.FloorDivide), ("__mod__", BinaryOp.Remainder), ("__or__", BinaryOp.Or),
            ("__and__", BinaryOp.And), ("__iadd__", BinaryOp.InplaceAdd)];
        foreach ((string name, BinaryOp op) in binary)
        {
            t.AddMethod(name, (self, args, kw) =>
            {
                Args.Exact(n + "." + name, args, 1);
                nint r = t.Binary(op, self, args[0]);
                return r != 0 ? r : Ob.NewRef(Singletons.NotImplemented);
            });
        }
    }

    /// <summary>T.__new__(cls, *args): cls is the type object the method was called with.</summary>
    private static nint New(PyType t, nint cls, ReadOnlySpan<nint> args, nint kwnames)
    {
        if (Ob.Type(cls) != TypeType.Instance.Address)
        {
            throw Errors.TypeError(t.Name + ".__new__(X): X is not a type object (" + Ob.TypeOf(cls).Name + ")");
        }
        PyType target = PyType.FromAddress(cls);
        if (!target.IsSubtypeOf(t))
        {
            throw Errors.TypeError(t.Name + ".__new__(" + target.Name + "): " + target.Name + " is not a subtype of " + t.Name);
        }
        if (target is not ClassType ct)
        {
            return IsImmutable(t) ? t.Construct(args, kwnames) : t.Construct([], 0);
        }
        return IsImmutable(t) ? ct.FromBuiltinValue(t.Construct(args, kwnames)) : ct.NewInstance();
    }
}
