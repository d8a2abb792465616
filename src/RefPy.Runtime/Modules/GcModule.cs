// Mirrors CPython Modules/gcmodule.c (3.12): the gc module's functions over the collector in Objects/Gc.cs.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>gc</c> built-in module.</summary>
internal static unsafe class GcModule
{
    /// <summary>gc.garbage (a strong reference kept until the runtime finalizes), or 0.</summary>
    public static nint GarbageList;

    public static nint Create()
    {
        nint m = ModuleType.New("gc");
        nint d = ModuleType.Dict(m);
        void Set(string name, nint value)
        {
            DictType.Set(d, StrObject.Intern(name), value);
            Ob.Decref(value);
        }
        void Fn(string name, BuiltinFn fn) => Set(name, BuiltinFunctionObject.New(new NativeFunction(name, fn), m));

        Fn("collect", Collect);
        Fn("enable", (self, args, kw) => { Args.Exact("gc.enable", args, 0); Gc.Enabled = true; return Singletons.None; });
        Fn("disable", (self, args, kw) => { Args.Exact("gc.disable", args, 0); Gc.Enabled = false; return Singletons.None; });
        Fn("isenabled", (self, args, kw) => { Args.Exact("gc.isenabled", args, 0); return BoolObject.NewRef(Gc.Enabled); });
        Fn("get_count", (self, args, kw) =>
        {
            Args.Exact("gc.get_count", args, 0);
            return TupleType.Pack(IntType.FromLong(Gc.Counts[0]), IntType.FromLong(Gc.Counts[1]), IntType.FromLong(Gc.Counts[2]));
        });
        Fn("get_threshold", (self, args, kw) =>
        {
            Args.Exact("gc.get_threshold", args, 0);
            return TupleType.Pack(IntType.FromLong(Gc.Thresholds[0]), IntType.FromLong(Gc.Thresholds[1]), IntType.FromLong(Gc.Thresholds[2]));
        });
        Fn("set_threshold", SetThreshold);
        Fn("get_debug", (self, args, kw) => { Args.Exact("gc.get_debug", args, 0); return IntType.FromLong(Gc.Debug); });
        Fn("set_debug", (self, args, kw) =>
        {
            Args.NoKeywords("set_debug", kw);
            Args.Exact("gc.set_debug", args, 1);
            Gc.Debug = IntType.AsLong(args[0]);
            return Singletons.None;
        });
        Fn("is_tracked", (self, args, kw) => { Args.Exact("gc.is_tracked", args, 1); return BoolObject.NewRef(Gc.IsTrackedAny(args[0])); });
        Fn("is_finalized", (self, args, kw) => { Args.Exact("gc.is_finalized", args, 1); return BoolObject.NewRef(false); });
        Fn("get_referents", (self, args, kw) =>
        {
            Args.NoKeywords("get_referents", kw);
            nint result = ListType.New(0);
            foreach (nint o in args)
            {
                Gc.AppendReferents(result, o);
            }
            return result;
        });
        Fn("get_referrers", (self, args, kw) =>
        {
            Args.NoKeywords("get_referrers", kw);
            nint targets = TupleType.FromSpan(args);
            nint result = ListType.New(0);
            try
            {
                Gc.AppendReferrers(result, targets);
            }
            finally
            {
                Ob.Decref(targets);
            }
            return result;
        });
        Fn("get_objects", GetObjects);
        Fn("get_stats", GetStats);
        Fn("freeze", (self, args, kw) => { Args.Exact("gc.freeze", args, 0); Gc.Freeze(); return Singletons.None; });
        Fn("unfreeze", (self, args, kw) => { Args.Exact("gc.unfreeze", args, 0); Gc.Unfreeze(); return Singletons.None; });
        Fn("get_freeze_count", (self, args, kw) => { Args.Exact("gc.get_freeze_count", args, 0); return IntType.FromLong(Gc.FreezeCount()); });

        if (GarbageList == 0)
        {
            GarbageList = ListType.New(0);
        }
        DictType.Set(d, StrObject.Intern("garbage"), GarbageList);
        Set("callbacks", ListType.New(0));
        Set("DEBUG_STATS", IntType.FromLong(1));
        Set("DEBUG_COLLECTABLE", IntType.FromLong(2));
        Set("DEBUG_UNCOLLECTABLE", IntType.FromLong(4));
        Set("DEBUG_SAVEALL", IntType.FromLong(32));
        Set("DEBUG_LEAK", IntType.FromLong(38));
        return m;
    }

    /// <summary>Drops the module's own reference to gc.garbage (runtime finalization).</summary>
    public static void Release()
    {
        nint g = GarbageList;
        GarbageList = 0;
        Ob.XDecref(g);
    }

    private static nint Collect(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("collect", args, kwnames, ["generation"], 0);
        long generation = Gc.NumGenerations - 1;
        if (a[0] != 0)
        {
            if (!IntType.IsInt(a[0]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(a[0]).Name + "' object cannot be interpreted as an integer");
            }
            generation = IntType.AsLong(a[0]);
        }
        if (generation < 0 || generation >= Gc.NumGenerations)
        {
            throw Errors.ValueError("invalid generation");
        }
        return IntType.FromLong(Gc.Collect((int)generation));
    }

    private static nint SetThreshold(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("set_threshold", kwnames);
        if (args.Length < 1 || args.Length > 3)
        {
            throw Errors.TypeError("set_threshold() takes " + (args.Length < 1 ? "at least 1 argument" : "at most 3 arguments") + " (" + args.Length + " given)");
        }
        var values = new long[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (!IntType.IsInt(args[i]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(args[i]).Name + "' object cannot be interpreted as an integer");
            }
            values[i] = IntType.AsLong(args[i]);
        }
        for (int i = 0; i < values.Length; i++)
        {
            Gc.Thresholds[i] = (int)values[i];
        }
        return Singletons.None;
    }

    private static nint GetObjects(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("get_objects", args, kwnames, ["generation"], 0);
        int generation = -1;
        if (a[0] != 0 && a[0] != Singletons.None)
        {
            long g = IntType.AsLong(a[0]);
            if (g >= Gc.NumGenerations)
            {
                throw Errors.ValueError("generation parameter must be less than the number of available generations (" + Gc.NumGenerations + ")");
            }
            if (g < 0)
            {
                throw Errors.ValueError("generation parameter cannot be negative");
            }
            generation = (int)g;
        }
        nint result = ListType.New(0);
        Gc.AppendObjects(result, generation);
        return result;
    }

    private static nint GetStats(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.Exact("gc.get_stats", args, 0);
        nint result = ListType.New(0);
        for (int i = 0; i < Gc.NumGenerations; i++)
        {
            nint d = DictType.New();
            SetLong(d, "collections", Gc.StatCollections[i]);
            SetLong(d, "collected", Gc.StatCollected[i]);
            SetLong(d, "uncollectable", Gc.StatUncollectable[i]);
            ListType.Append(result, d);
            Ob.Decref(d);
        }
        return result;
    }

    private static void SetLong(nint d, string key, long value)
    {
        nint v = IntType.FromLong(value);
        DictType.Set(d, StrObject.Intern(key), v);
        Ob.Decref(v);
    }
}
