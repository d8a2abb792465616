// Mirrors CPython Lib/functools.py and Modules/_functoolsmodule.c: reduce, partial, update_wrapper/wraps,
// lru_cache/cache, cmp_to_key, total_ordering.
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

/// <summary>
/// The <c>functools</c> module. Everything is C# except the twelve comparison helpers total_ordering installs
/// (<c>_gt_from_lt</c> ...), which are Python functions in CPython too and must be real functions so that
/// they bind as methods: their source (functools.py's) is compiled into the module when it is imported.
/// </summary>
internal static unsafe class FunctoolsModule
{
    public static PyType[] Types() =>
        [PartialType.Instance, LruCacheType.Instance, LruListElemType.Instance, CacheInfoType.Instance, KeyWrapperType.Instance];

    private static readonly string[] Assigned = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__", "__type_params__"];
    private static readonly string[] Ordering = ["__lt__", "__le__", "__gt__", "__ge__"];

    public static nint Create()
    {
        var b = new ModuleBuilder("functools");
        nint module = b.Module;
        b.Type(PartialType.Instance);
        b.SetBorrowed("_lru_cache_wrapper", LruCacheType.Instance.Address);
        b.SetBorrowed("KeyWrapper", KeyWrapperType.Instance.Address);
        nint assigned = TupleType.New(Assigned.Length);
        for (int i = 0; i < Assigned.Length; i++)
        {
            TupleType.SetItemInit(assigned, i, StrObject.Intern(Assigned[i]));
        }
        b.Set("WRAPPER_ASSIGNMENTS", assigned);
        b.Set("WRAPPER_UPDATES", TupleType.Pack(StrObject.Intern("__dict__")));

        b.Fn("reduce", (self, args, kw) =>
        {
            Args.NoKeywords("reduce", kw);
            Args.Range("reduce", args, 2, 3);
            nint it;
            try
            {
                it = Abstract.GetIter(args[1]);
            }
            catch (PyException e) when (e.PyType == ExceptionType.TypeError)
            {
                e.Release();
                throw Errors.TypeError("reduce() arg 2 must support iteration");
            }
            nint acc = args.Length == 3 ? Ob.NewRef(args[2]) : 0;
            try
            {
                while (true)
                {
                    nint x = Py.Next(it);
                    if (x == 0)
                    {
                        break;
                    }
                    if (acc == 0)
                    {
                        acc = x;
                        continue;
                    }
                    nint r;
                    try
                    {
                        r = Abstract.Call(args[0], [acc, x], 0);
                    }
                    finally
                    {
                        Ob.Decref(x);
                    }
                    Ob.Decref(acc);
                    acc = r;
                }
            }
            catch
            {
                Ob.XDecref(acc);
                throw;
            }
            finally
            {
                Ob.Decref(it);
            }
            if (acc == 0)
            {
                throw Errors.TypeError("reduce() of empty iterable with no initial value");
            }
            return acc;
        });
        b.Fn("update_wrapper", (self, args, kw) =>
        {
            nint[] a = Args.Parse("update_wrapper", args, kw, ["wrapper", "wrapped", "assigned", "updated"], 2);
            nint d = ModuleType.Dict(self);
            return UpdateWrapper(a[0], a[1], a[2] != 0 ? a[2] : DictType.GetItemString(d, "WRAPPER_ASSIGNMENTS"),
                a[3] != 0 ? a[3] : DictType.GetItemString(d, "WRAPPER_UPDATES"));
        });
        b.Fn("wraps", (self, args, kw) =>
        {
            nint[] a = Args.Parse("wraps", args, kw, ["wrapped", "assigned", "updated"], 1);
            nint d = ModuleType.Dict(self);
            nint kwargs = DictType.New();
            try
            {
                DictType.Set(kwargs, StrObject.Intern("wrapped"), a[0]);
                DictType.Set(kwargs, StrObject.Intern("assigned"), a[1] != 0 ? a[1] : DictType.GetItemString(d, "WRAPPER_ASSIGNMENTS"));
                DictType.Set(kwargs, StrObject.Intern("updated"), a[2] != 0 ? a[2] : DictType.GetItemString(d, "WRAPPER_UPDATES"));
                return PartialType.Instance.New(DictType.GetItemString(d, "update_wrapper"), [], kwargs);
            }
            finally
            {
                Ob.Decref(kwargs);
            }
        });
        b.Fn("_lru_cache_decorate", (self, args, kw) =>
        {
            Args.Exact("_lru_cache_decorate", args, 3);
            return MakeLruWrapper(self, args[2], args[0] == Singletons.None ? -1 : IntType.AsLong(args[0]), Abstract.IsTrue(args[1]));
        });
        b.Fn("lru_cache", (self, args, kw) =>
        {
            nint[] a = Args.Parse("lru_cache", args, kw, ["maxsize", "typed"], 0);
            nint maxsize = a[0] == 0 ? 0 : a[0];
            nint typed = a[1] == 0 ? BoolObject.False : a[1];
            long max = 128;
            if (maxsize != 0 && IntType.IsInt(maxsize))
            {
                max = Math.Max(0, IntType.TryGetLong(maxsize, out long m) ? m : long.MaxValue);
            }
            else if (maxsize != 0 && Callables.Check(maxsize) && Ob.Type(typed) == BoolType.Instance.Address)
            {
                return MakeLruWrapper(self, maxsize, 128, typed == BoolObject.True);
            }
            else if (maxsize != 0 && maxsize != Singletons.None)
            {
                throw Errors.TypeError("Expected first argument to be an integer, a callable, or None");
            }
            else if (maxsize == Singletons.None)
            {
                max = -1;
            }
            nint maxObj = max < 0 ? Singletons.None : IntType.FromLong(max);
            try
            {
                return PartialType.Instance.New(DictType.GetItemString(ModuleType.Dict(self), "_lru_cache_decorate"), [maxObj, typed], 0);
            }
            finally
            {
                Ob.Decref(maxObj);
            }
        });
        b.Fn("cache", (self, args, kw) =>
        {
            Args.Exact("cache", args, 1);
            return MakeLruWrapper(self, args[0], -1, false);
        });
        b.Fn("cmp_to_key", (self, args, kw) =>
        {
            nint[] a = Args.Parse("cmp_to_key", args, kw, ["mycmp"], 1);
            return KeyWrapperType.Instance.New(a[0], 0);
        });
        b.Fn("total_ordering", (self, args, kw) =>
        {
            Args.Exact("total_ordering", args, 1);
            return TotalOrdering(self, args[0]);
        });
        DefineOrderingHelpers(module);
        return module;
    }

    /// <summary>lru_cache's wrapper: _lru_cache_wrapper(func, ...) then update_wrapper(wrapper, func).</summary>
    private static nint MakeLruWrapper(nint module, nint func, long maxsize, bool typed)
    {
        if (!Callables.Check(func))
        {
            throw Errors.TypeError("the first argument must be callable");
        }
        nint w = LruCacheType.Instance.New(func, maxsize, typed);
        try
        {
            nint d = ModuleType.Dict(module);
            Ob.Decref(UpdateWrapper(w, func, DictType.GetItemString(d, "WRAPPER_ASSIGNMENTS"), DictType.GetItemString(d, "WRAPPER_UPDATES")));
        }
        catch
        {
            Ob.Decref(w);
            throw;
        }
        return w;
    }

    /// <summary>update_wrapper: copies the assigned attributes, updates __dict__, sets __wrapped__; returns wrapper.</summary>
    public static nint UpdateWrapper(nint wrapper, nint wrapped, nint assigned, nint updated)
    {
        nint names = Abstract.SequenceToList(assigned);
        try
        {
            for (long i = 0; i < ListType.Count(names); i++)
            {
                nint attr = ListType.Item(names, i);
                nint value = Py.GetAttrOpt(wrapped, StrObject.ToManaged(attr));
                if (value == 0)
                {
                    continue;
                }
                try
                {
                    Py.SetAttr(wrapper, attr, value);
                }
                finally
                {
                    Ob.Decref(value);
                }
            }
        }
        finally
        {
            Ob.Decref(names);
        }
        nint upd = Abstract.SequenceToList(updated);
        try
        {
            for (long i = 0; i < ListType.Count(upd); i++)
            {
                string attr = StrObject.ToManaged(ListType.Item(upd, i));
                nint target = Py.GetAttr(wrapper, attr);
                try
                {
                    nint source = Py.GetAttrOpt(wrapped, attr);
                    if (source != 0)
                    {
                        try
                        {
                            if (DictType.IsDict(target))
                            {
                                DictType.Update(target, source);
                            }
                            else
                            {
                                nint update = Py.GetAttr(target, "update");
                                try
                                {
                                    Ob.Decref(Abstract.Call(update, [source], 0));
                                }
                                finally
                                {
                                    Ob.Decref(update);
                                }
                            }
                        }
                        finally
                        {
                            Ob.Decref(source);
                        }
                    }
                }
                finally
                {
                    Ob.Decref(target);
                }
            }
        }
        finally
        {
            Ob.Decref(upd);
        }
        Py.SetAttr(wrapper, "__wrapped__", wrapped);
        return Ob.NewRef(wrapper);
    }

    /// <summary>total_ordering: fills in the missing rich comparisons from the one the class defines.</summary>
    private static nint TotalOrdering(nint module, nint cls)
    {
        var roots = new List<string>();
        foreach (string op in Ordering)
        {
            nint mine = Py.GetAttrOpt(cls, op);
            nint objects = Py.GetAttrOpt(ObjectType.Instance.Address, op);
            if (mine != objects)
            {
                roots.Add(op);
            }
            Ob.XDecref(mine);
            Ob.XDecref(objects);
        }
        if (roots.Count == 0)
        {
            throw Errors.ValueError("must define at least one ordering operation: < > <= >=");
        }
        string root = roots.Max(StringComparer.Ordinal)!;
        nint convert = DictType.GetItemString(ModuleType.Dict(module), "_convert");
        nint pairs = DictType.GetItemString(convert, root);
        for (long i = 0; i < ListType.Count(pairs); i++)
        {
            nint pair = ListType.Item(pairs, i);
            string opname = StrObject.ToManaged(TupleType.Item(pair, 0));
            if (!roots.Contains(opname))
            {
                Py.SetAttr(TupleType.Item(pair, 1), "__name__", TupleType.Item(pair, 0));
                Py.SetAttr(cls, opname, TupleType.Item(pair, 1));
            }
        }
        return Ob.NewRef(cls);
    }

    private const string OrderingSource = """
def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}
""";

    /// <summary>Compiles functools.py's comparison helpers and _convert into the module's namespace.</summary>
    private static void DefineOrderingHelpers(nint module)
    {
        ICodeCompiler? compiler = Runtime.Compiler;
        if (compiler is null)
        {
            return;
        }
        CompiledCode code = compiler.Compile(OrderingSource, "<frozen functools>", CompileMode.Exec, keepConstantsAlive: false);
        try
        {
            nint d = ModuleType.Dict(module);
            Ob.Decref(Interpreter.RunCode(code.Code, d, d));
        }
        finally
        {
            Ob.Decref(code.Code);
            code.Arena.Dispose();
        }
    }
}
