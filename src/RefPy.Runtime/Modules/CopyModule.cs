// Mirrors CPython Lib/copy.py (copy, deepcopy, _reconstruct, _keep_alive) and the parts of
// Objects/typeobject.c (object.__reduce_ex__(4), object.__getstate__) and Lib/copyreg.py (_slotnames)
// that copying a Python class instance goes through.
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>copy</c> module: copy, deepcopy, Error.</summary>
internal static unsafe class CopyModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("copy");
        nint ns = DictType.New();
        DictType.Set(ns, Py.Str("__module__"), Py.Str("copy"));
        nint bases = TupleType.Pack(Ob.NewRef(ExceptionType.Exception.Address));
        nint err;
        try
        {
            err = ClassType.Create("Error", bases, ns);
        }
        finally
        {
            Ob.Decref(bases);
            Ob.Decref(ns);
        }
        b.SetBorrowed("Error", err);
        b.Set("error", err);
        nint module = b.Module;
        b.Fn("copy", (self, args, kw) =>
        {
            CheckArgs("copy", args, kw, 1, 1);
            return Copy(args[0]);
        });
        b.Fn("deepcopy", (self, args, kw) =>
        {
            nint[] a = Args.Parse("deepcopy", args, kw, ["x", "memo", "_nil"], 1);
            nint memo = a[1] == 0 || a[1] == Singletons.None ? DictType.New() : Ob.NewRef(a[1]);
            try
            {
                return DeepCopy(a[0], memo, DictType.GetItemString(ModuleType.Dict(module), "Error"));
            }
            finally
            {
                Ob.Decref(memo);
            }
        });
        return b.Module;
    }

    private static void CheckArgs(string fn, ReadOnlySpan<nint> args, nint kw, int min, int max)
    {
        if (Py.KwCount(kw) > 0)
        {
            throw Errors.TypeError(fn + "() got an unexpected keyword argument '" + StrObject.ToManaged(TupleType.Item(kw, 0)) + "'");
        }
        if (args.Length < min)
        {
            throw Errors.TypeError(fn + "() missing 1 required positional argument: 'x'");
        }
        if (args.Length > max)
        {
            throw Errors.TypeError(fn + "() takes " + max + " positional argument" + (max == 1 ? "" : "s") + " but " + args.Length + " were given");
        }
    }

    /// <summary>_copy_dispatch's immutable types (copy returns the object itself).</summary>
    private static bool IsImmutableForCopy(nint x)
    {
        PyType t = Ob.TypeOf(x);
        return IsAtomicForDeepCopy(x) || t == TupleType.Instance || t == SetType.FrozenSet || t == SliceType.Instance;
    }

    /// <summary>_deepcopy_dispatch's atomic types.</summary>
    private static bool IsAtomicForDeepCopy(nint x)
    {
        PyType t = Ob.TypeOf(x);
        return x == Singletons.None || x == Singletons.Ellipsis || x == Singletons.NotImplemented
            || t == IntType.Instance || t == BoolType.Instance || t == FloatType.Instance || t == StrType.Instance || t == BytesType.Instance
            || t == TypeType.Instance || t == RangeType.Instance || t == BuiltinFunctionObject.Instance
            || t == FunctionType.Instance || t == WeakRefType.Ref || t == PropertyType.Instance || t == CodeType.Instance;
    }

    /// <summary>A class's own definition of a special method (a borrowed reference from the MRO), or 0.</summary>
    private static nint ClassHook(nint x, string name) => Ob.TypeOf(x) is ClassType ct ? ct.Lookup(name) : 0;

    /// <summary>getattr(x, name, None) for a hook that only classes (or their instances) define.</summary>
    private static nint InstanceHook(nint x, string name)
    {
        if (Ob.TypeOf(x) is not ClassType ct)
        {
            return 0;
        }
        nint d = ct.InstanceDict(x);
        if (ct.Lookup(name) == 0 && (d == 0 || DictType.GetItemString(d, name) == 0))
        {
            return 0;
        }
        return Py.GetAttrOpt(x, name);
    }

    // ---- copy ----------------------------------------------------------------------------------------

    public static nint Copy(nint x)
    {
        PyType t = Ob.TypeOf(x);
        if (IsImmutableForCopy(x))
        {
            return Ob.NewRef(x);
        }
        if (t == ListType.Instance)
        {
            return ListType.Slice(x, 0, ListType.Count(x));
        }
        if (t == ByteArrayType.Instance)
        {
            return ByteArrayType.FromSpan(ByteArrayType.Span(x)); // __reduce_ex__: bytearray(bytes(x))
        }
        if (t == DictType.Instance)
        {
            return DictType.Copy(x);
        }
        if (t == SetType.Set)
        {
            nint s = SetType.NewOf(SetType.Set);
            try
            {
                SetType.Update(s, x);
            }
            catch
            {
                Ob.Decref(s);
                throw;
            }
            return s;
        }
        if (t == MethodType.Instance)
        {
            return MethodType.New(MethodType.Func(x), MethodType.Self(x));
        }
        // copier = getattr(cls, "__copy__", None)
        nint cls = Ob.Type(x);
        nint copier = t is ClassType ? (ClassHook(x, "__copy__") != 0 ? Py.GetAttrOpt(cls, "__copy__") : 0)
            : t.FindMember("__copy__") != null ? Py.GetAttrOpt(cls, "__copy__") : 0;
        if (copier != 0)
        {
            try
            {
                return Abstract.Call(copier, [x], 0);
            }
            finally
            {
                Ob.Decref(copier);
            }
        }
        return ReduceAndReconstruct(x, 0, 0);
    }

    // ---- deepcopy ------------------------------------------------------------------------------------

    /// <summary>deepcopy(x, memo): memo is a dict keyed by id() (borrowed).</summary>
    public static nint DeepCopy(nint x, nint memo, nint errorClass)
    {
        nint d = IntType.FromLong((long)x);
        try
        {
            nint found = MemoGet(memo, d);
            if (found != 0)
            {
                return found;
            }
            PyType t = Ob.TypeOf(x);
            nint y;
            if (IsAtomicForDeepCopy(x))
            {
                y = Ob.NewRef(x);
            }
            else if (t == ListType.Instance)
            {
                y = ListType.New(0);
                try
                {
                    MemoSet(memo, d, y);
                    for (long i = 0; i < ListType.Count(x); i++)
                    {
                        nint item = ListType.Item(x, i);
                        Ob.Incref(item);
                        nint c;
                        try
                        {
                            c = DeepCopy(item, memo, errorClass);
                        }
                        finally
                        {
                            Ob.Decref(item);
                        }
                        ListType.AppendSteal(y, c);
                    }
                }
                catch
                {
                    Ob.Decref(y);
                    throw;
                }
            }
            else if (t == TupleType.Instance)
            {
                y = DeepCopyTuple(x, memo, d, errorClass);
            }
            else if (t == ByteArrayType.Instance)
            {
                y = ByteArrayType.FromSpan(ByteArrayType.Span(x));
                MemoSet(memo, d, y);
            }
            else if (t == DictType.Instance)
            {
                y = DictType.New();
                try
                {
                    MemoSet(memo, d, y);
                    long pos = 0;
                    while (DictType.Next(x, ref pos, out nint key, out nint value))
                    {
                        Ob.Incref(key);
                        Ob.Incref(value);
                        try
                        {
                            nint k = DeepCopy(key, memo, errorClass);
                            try
                            {
                                nint v = DeepCopy(value, memo, errorClass);
                                DictType.Set(y, k, v);
                                Ob.Decref(v);
                            }
                            finally
                            {
                                Ob.Decref(k);
                            }
                        }
                        finally
                        {
                            Ob.Decref(key);
                            Ob.Decref(value);
                        }
                    }
                }
                catch
                {
                    Ob.Decref(y);
                    throw;
                }
            }
            else if (t == MethodType.Instance)
            {
                nint self = DeepCopy(MethodType.Self(x), memo, errorClass);
                y = MethodType.New(MethodType.Func(x), self);
                Ob.Decref(self);
            }
            else if (t == SetType.Set || t == SetType.FrozenSet)
            {
                // set.__reduce__: (type, (list(x),), None) reconstructed from deep copies of the items.
                nint items = Abstract.SequenceToList(x);
                nint copies;
                try
                {
                    copies = DeepCopy(items, memo, errorClass);
                }
                finally
                {
                    Ob.Decref(items);
                }
                try
                {
                    y = SetType.NewOf((SetType)t);
                    SetType.Update(y, copies);
                }
                finally
                {
                    Ob.Decref(copies);
                }
                MemoSet(memo, d, y);
            }
            else if (t is DequeType dt)
            {
                y = dt.NewEmpty(DequeType.MaxLen(x));
                try
                {
                    MemoSet(memo, d, y);
                    nint items = Abstract.SequenceToList(x);
                    try
                    {
                        for (long i = 0; i < ListType.Count(items); i++)
                        {
                            nint c = DeepCopy(ListType.Item(items, i), memo, errorClass);
                            DequeType.Append(y, c);
                            Ob.Decref(c);
                        }
                    }
                    finally
                    {
                        Ob.Decref(items);
                    }
                }
                catch
                {
                    Ob.Decref(y);
                    throw;
                }
            }
            else
            {
                nint copier = InstanceHook(x, "__deepcopy__");
                if (copier == 0 && t.FindMember("__deepcopy__") != null)
                {
                    copier = Py.GetAttrOpt(x, "__deepcopy__");
                }
                if (copier != 0)
                {
                    try
                    {
                        y = Abstract.Call(copier, [memo], 0);
                    }
                    finally
                    {
                        Ob.Decref(copier);
                    }
                }
                else
                {
                    y = ReduceAndReconstruct(x, memo, errorClass);
                }
            }
            if (y != x)
            {
                MemoSet(memo, d, y);
                KeepAlive(x, memo);
            }
            return y;
        }
        finally
        {
            Ob.Decref(d);
        }
    }

    /// <summary>_deepcopy_tuple: the same tuple when every item is its own deep copy.</summary>
    private static nint DeepCopyTuple(nint x, nint memo, nint d, nint errorClass)
    {
        long n = TupleType.Count(x);
        nint list = ListType.New(0);
        try
        {
            for (long i = 0; i < n; i++)
            {
                ListType.AppendSteal(list, DeepCopy(TupleType.Item(x, i), memo, errorClass));
            }
            nint found = MemoGet(memo, d);
            if (found != 0)
            {
                return found;
            }
            for (long i = 0; i < n; i++)
            {
                if (TupleType.Item(x, i) != ListType.Item(list, i))
                {
                    return ListType.ToTuple(list);
                }
            }
            return Ob.NewRef(x);
        }
        finally
        {
            Ob.Decref(list);
        }
    }

    /// <summary>memo.get(d): a new reference or 0.</summary>
    private static nint MemoGet(nint memo, nint d)
    {
        if (DictType.IsDict(memo))
        {
            nint v = DictType.Get(memo, d);
            return v == 0 ? 0 : Ob.NewRef(v);
        }
        try
        {
            return Abstract.GetItem(memo, d);
        }
        catch (PyException e) when (e.PyType == ExceptionType.KeyError)
        {
            e.Release();
            return 0;
        }
    }

    private static void MemoSet(nint memo, nint d, nint y)
    {
        if (DictType.IsDict(memo))
        {
            DictType.Set(memo, d, y);
        }
        else
        {
            Ob.TypeOf(memo).SetItem(memo, d, y);
        }
    }

    /// <summary>_keep_alive: memo[id(memo)].append(x), creating the list on first use.</summary>
    private static void KeepAlive(nint x, nint memo)
    {
        nint key = IntType.FromLong((long)memo);
        try
        {
            nint l = MemoGet(memo, key);
            if (l != 0)
            {
                try
                {
                    if (ListType.IsList(l))
                    {
                        ListType.Append(l, x);
                    }
                    else
                    {
                        nint append = Py.GetAttr(l, "append");
                        Ob.Decref(Abstract.Call(append, [x], 0));
                        Ob.Decref(append);
                    }
                }
                finally
                {
                    Ob.Decref(l);
                }
                return;
            }
            nint nl = ListType.New(0);
            ListType.Append(nl, x);
            MemoSet(memo, key, nl);
            Ob.Decref(nl);
        }
        finally
        {
            Ob.Decref(key);
        }
    }

    // ---- __reduce_ex__(4) and _reconstruct -----------------------------------------------------------

    /// <summary>The reduce protocol for x and the rebuilding of a copy from it (memo 0: a shallow copy).</summary>
    private static nint ReduceAndReconstruct(nint x, nint memo, nint errorClass)
    {
        PyType t = Ob.TypeOf(x);
        nint reducer = ClassHook(x, "__reduce_ex__") != 0 ? Py.GetAttrOpt(x, "__reduce_ex__") : 0;
        nint rv = 0;
        if (reducer != 0)
        {
            nint four = IntType.FromLong(4);
            try
            {
                rv = Abstract.Call(reducer, [four], 0);
            }
            finally
            {
                Ob.Decref(four);
                Ob.Decref(reducer);
            }
        }
        else if (ClassHook(x, "__reduce__") != 0)
        {
            reducer = Py.GetAttr(x, "__reduce__");
            try
            {
                rv = Abstract.Call(reducer, [], 0);
            }
            finally
            {
                Ob.Decref(reducer);
            }
        }
        if (rv != 0)
        {
            try
            {
                if (StrObject.IsStr(rv))
                {
                    return Ob.NewRef(x);
                }
                if (!TupleType.IsTuple(rv))
                {
                    throw Errors.TypeError("cannot unpack non-iterable " + Ob.TypeOf(rv).Name + " object");
                }
                long n = TupleType.Count(rv);
                if (n < 2)
                {
                    throw Errors.TypeError("_reconstruct() missing 1 required positional argument: 'args'");
                }
                nint Get(long i) => i < n ? TupleType.Item(rv, i) : Singletons.None;
                return Reconstruct(x, memo, errorClass, Get(0), Get(1), Get(2), Get(3), Get(4));
            }
            finally
            {
                Ob.Decref(rv);
            }
        }
        if (t is ClassType ct && !ct.IsException)
        {
            return ReconstructInstance(x, ct, memo, errorClass);
        }
        if (t is ExceptionType || t is ClassType { IsException: true })
        {
            // BaseException.__reduce__: (type(x), x.args[, x.__dict__])
            nint args = ExceptionType.Args(x);
            nint dict = t is ClassType ect ? ect.InstanceDict(x) : 0;
            nint state = dict != 0 && DictType.Used(dict) > 0 ? dict : Singletons.None;
            return Reconstruct(x, memo, errorClass, Ob.Type(x), args == 0 ? TupleType.Empty : args, state, Singletons.None, Singletons.None);
        }
        throw Errors.TypeError("cannot pickle '" + t.Name + "' object");
    }

    /// <summary>_reconstruct(x, memo, func, args, state, listiter, dictiter) for an arbitrary reduce value.</summary>
    private static nint Reconstruct(nint x, nint memo, nint errorClass, nint func, nint args, nint state, nint listiter, nint dictiter)
    {
        bool deep = memo != 0;
        nint a = deep && TupleType.Count(args) > 0 ? DeepCopy(args, memo, errorClass) : Ob.NewRef(args);
        nint y;
        try
        {
            y = Abstract.Call(func, new ReadOnlySpan<nint>(TupleType.Items(a), (int)TupleType.Count(a)), 0);
        }
        finally
        {
            Ob.Decref(a);
        }
        try
        {
            if (deep)
            {
                nint d = IntType.FromLong((long)x);
                MemoSet(memo, d, y);
                Ob.Decref(d);
            }
            if (state != Singletons.None)
            {
                ApplyState(y, state, memo, errorClass);
            }
            if (listiter != Singletons.None)
            {
                IterApply(listiter, item =>
                {
                    nint v = deep ? DeepCopy(item, memo, errorClass) : Ob.NewRef(item);
                    nint append = Py.GetAttr(y, "append");
                    try
                    {
                        Ob.Decref(Abstract.Call(append, [v], 0));
                    }
                    finally
                    {
                        Ob.Decref(append);
                        Ob.Decref(v);
                    }
                });
            }
            if (dictiter != Singletons.None)
            {
                IterApply(dictiter, pair =>
                {
                    if (!TupleType.IsTuple(pair) || TupleType.Count(pair) != 2)
                    {
                        throw Errors.ValueError("too many values to unpack (expected 2)");
                    }
                    nint k = deep ? DeepCopy(TupleType.Item(pair, 0), memo, errorClass) : Ob.NewRef(TupleType.Item(pair, 0));
                    try
                    {
                        nint v = deep ? DeepCopy(TupleType.Item(pair, 1), memo, errorClass) : Ob.NewRef(TupleType.Item(pair, 1));
                        try
                        {
                            Ob.TypeOf(y).SetItem(y, k, v);
                        }
                        finally
                        {
                            Ob.Decref(v);
                        }
                    }
                    finally
                    {
                        Ob.Decref(k);
                    }
                });
            }
        }
        catch
        {
            Ob.Decref(y);
            throw;
        }
        return y;
    }

    private static nint CallMethod1(nint o, string name, nint arg)
    {
        nint m = Py.GetAttr(o, name);
        try
        {
            return Abstract.Call(m, [arg], 0);
        }
        finally
        {
            Ob.Decref(m);
        }
    }

    private static void IterApply(nint iterable, Action<nint> f)
    {
        nint it = Abstract.GetIter(iterable);
        try
        {
            while (true)
            {
                nint item = Py.Next(it);
                if (item == 0)
                {
                    return;
                }
                try
                {
                    f(item);
                }
                finally
                {
                    Ob.Decref(item);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    /// <summary>
    /// copyreg.__newobj__(cls) and object.__getstate__(): a new instance of the class, then its __dict__ and
    /// __slots__ values, (deep-)copied when memo is given.
    /// </summary>
    private static nint ReconstructInstance(nint x, ClassType ct, nint memo, nint errorClass)
    {
        nint cls = Ob.Type(x);
        nint state = ObjectGetState(x, ct);
        try
        {
            nint y;
            if (ct.Lookup("__new__") != 0)
            {
                nint newFn = Py.GetAttr(cls, "__new__");
                try
                {
                    y = Abstract.Call(newFn, [cls], 0);
                }
                finally
                {
                    Ob.Decref(newFn);
                }
            }
            else
            {
                y = ct.NewInstance();
            }
            try
            {
                if (memo != 0)
                {
                    nint d = IntType.FromLong((long)x);
                    MemoSet(memo, d, y);
                    Ob.Decref(d);
                }
                if (state != Singletons.None)
                {
                    ApplyState(y, state, memo, errorClass);
                }
                // object.__reduce_ex__(4)'s listitems / dictitems for subclasses of list and dict.
                if (ct.IsSubtypeOf(ListType.Instance))
                {
                    IterApply(x, item =>
                    {
                        nint v = memo != 0 ? DeepCopy(item, memo, errorClass) : Ob.NewRef(item);
                        try
                        {
                            Ob.Decref(CallMethod1(y, "append", v));
                        }
                        finally
                        {
                            Ob.Decref(v);
                        }
                    });
                }
                else if (ct.IsSubtypeOf(DictType.Instance))
                {
                    nint items = Abstract.CallMethod(x, "items");
                    try
                    {
                        IterApply(items, pair =>
                        {
                            nint k = memo != 0 ? DeepCopy(TupleType.Item(pair, 0), memo, errorClass) : Ob.NewRef(TupleType.Item(pair, 0));
                            nint v = 0;
                            try
                            {
                                v = memo != 0 ? DeepCopy(TupleType.Item(pair, 1), memo, errorClass) : Ob.NewRef(TupleType.Item(pair, 1));
                                Ob.TypeOf(y).SetItem(y, k, v);
                            }
                            finally
                            {
                                Ob.Decref(k);
                                Ob.XDecref(v);
                            }
                        });
                    }
                    finally
                    {
                        Ob.Decref(items);
                    }
                }
            }
            catch
            {
                Ob.Decref(y);
                throw;
            }
            return y;
        }
        finally
        {
            Ob.Decref(state);
        }
    }

    /// <summary>object.__getstate__ (or the class's own): None, the __dict__, or (dict-or-None, slots dict).</summary>
    private static nint ObjectGetState(nint x, ClassType ct)
    {
        if (ct.Lookup("__getstate__") != 0)
        {
            nint gs = Py.GetAttr(x, "__getstate__");
            try
            {
                return Abstract.Call(gs, [], 0);
            }
            finally
            {
                Ob.Decref(gs);
            }
        }
        nint dict = ct.InstanceDict(x);
        nint state = dict != 0 && DictType.Used(dict) > 0 ? Py.GetAttr(x, "__dict__") : Singletons.None;
        nint names = SlotNames(ct);
        try
        {
            if (ListType.Count(names) > 0)
            {
                nint slots = DictType.New();
                for (long i = 0; i < ListType.Count(names); i++)
                {
                    nint name = ListType.Item(names, i);
                    nint v = Py.GetAttrOpt(x, StrObject.ToManaged(name));
                    if (v != 0)
                    {
                        DictType.Set(slots, name, v);
                        Ob.Decref(v);
                    }
                }
                if (DictType.Used(slots) > 0)
                {
                    state = TupleType.Pack(state, slots);
                }
                else
                {
                    Ob.Decref(slots);
                }
            }
        }
        catch
        {
            Ob.Decref(state);
            throw;
        }
        finally
        {
            Ob.Decref(names);
        }
        return state;
    }

    /// <summary>copyreg._slotnames: the class's cached __slotnames__ list, computed and stored on first use.</summary>
    private static nint SlotNames(ClassType ct)
    {
        nint cached = DictType.GetItemString(ct.Dict, "__slotnames__");
        if (cached != 0 && ListType.IsList(cached))
        {
            return Ob.NewRef(cached);
        }
        nint names = ListType.New(0);
        if (ct.Lookup("__slots__") != 0)
        {
            foreach (PyType t in ct.Mro)
            {
                if (t is not ClassType c)
                {
                    continue;
                }
                nint slots = DictType.GetItemString(c.Dict, "__slots__");
                if (slots == 0)
                {
                    continue;
                }
                nint seq = StrObject.IsStr(slots) ? TupleType.Pack(Ob.NewRef(slots)) : Abstract.SequenceToList(slots);
                try
                {
                    long n = ListType.IsList(seq) ? ListType.Count(seq) : TupleType.Count(seq);
                    for (long i = 0; i < n; i++)
                    {
                        nint item = ListType.IsList(seq) ? ListType.Item(seq, i) : TupleType.Item(seq, i);
                        string s = StrObject.ToManaged(item);
                        if (s is "__dict__" or "__weakref__")
                        {
                            continue;
                        }
                        if (s.StartsWith("__", StringComparison.Ordinal) && !s.EndsWith("__", StringComparison.Ordinal))
                        {
                            string stripped = c.Name.TrimStart('_');
                            nint mangled = StrObject.New(stripped.Length > 0 ? "_" + stripped + s : s);
                            ListType.AppendSteal(names, mangled);
                        }
                        else
                        {
                            ListType.Append(names, item);
                        }
                    }
                }
                finally
                {
                    Ob.Decref(seq);
                }
            }
        }
        ct.SetClassAttr(Py.Str("__slotnames__"), names);
        return names;
    }

    /// <summary>_reconstruct's state handling: __setstate__, or __dict__.update and setattr for slots.</summary>
    private static void ApplyState(nint y, nint state, nint memo, nint errorClass)
    {
        nint s = memo != 0 ? DeepCopy(state, memo, errorClass) : Ob.NewRef(state);
        try
        {
            nint setstate = Ob.TypeOf(y) is ClassType yc && yc.Lookup("__setstate__") != 0 ? Py.GetAttr(y, "__setstate__") : 0;
            if (setstate != 0)
            {
                try
                {
                    Ob.Decref(Abstract.Call(setstate, [s], 0));
                }
                finally
                {
                    Ob.Decref(setstate);
                }
                return;
            }
            nint dictState = s, slotState = Singletons.None;
            if (TupleType.IsTuple(s) && TupleType.Count(s) == 2)
            {
                dictState = TupleType.Item(s, 0);
                slotState = TupleType.Item(s, 1);
            }
            if (dictState != Singletons.None)
            {
                nint yd = Py.GetAttr(y, "__dict__");
                try
                {
                    DictType.Update(yd, dictState);
                }
                finally
                {
                    Ob.Decref(yd);
                }
            }
            if (slotState != Singletons.None)
            {
                nint items = DictType.IsDict(slotState) ? Ob.NewRef(slotState) : 0;
                if (items == 0)
                {
                    throw Errors.AttributeError("'" + Ob.TypeOf(slotState).Name + "' object has no attribute 'items'");
                }
                try
                {
                    long pos = 0;
                    while (DictType.Next(items, ref pos, out nint k, out nint v))
                    {
                        Py.SetAttr(y, k, v);
                    }
                }
                finally
                {
                    Ob.Decref(items);
                }
            }
        }
        finally
        {
            Ob.Decref(s);
        }
    }
}
