// Mirrors CPython Python/sysmodule.c: the sys module.
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

internal static unsafe class SysModule
{
    public static readonly VersionInfo VersionInfoType = new();
    public static nint StderrMarker;

    /// <summary>sys.version_info: a tuple subclass with named fields (a struct sequence).</summary>
    internal sealed class VersionInfo : TupleType
    {
        private static readonly string[] Fields = ["major", "minor", "micro", "releaselevel", "serial"];

        public VersionInfo() : base("version_info", TupleType.Instance)
        {
            for (int i = 0; i < Fields.Length; i++)
            {
                int index = i;
                this.AddProperty(Fields[i], o => Ob.NewRef(Item(o, index)));
            }
        }

        public override string ModuleName => "sys";

        public override string Repr(nint o)
        {
            var parts = new List<string>();
            for (int i = 0; i < Fields.Length; i++)
            {
                parts.Add(Fields[i] + "=" + Abstract.ReprString(Item(o, i)));
            }
            return "sys.version_info(" + string.Join(", ", parts) + ")";
        }
    }

    public static nint Create(Runtime rt)
    {
        nint m = ModuleType.New("sys");
        nint d = ModuleType.Dict(m);
        void Set(string name, nint value)
        {
            DictType.Set(d, StrObject.Intern(name), value);
            Ob.Decref(value);
        }
        void Fn(string name, BuiltinFn fn) => Set(name, BuiltinFunctionObject.New(new NativeFunction(name, fn), m));

        Fn("exception", (self, args, kw) =>
        {
            Args.Exact("sys.exception", args, 0);
            return Ob.NewRef(Interpreter.HandledException == 0 ? Singletons.None : Interpreter.HandledException);
        });
        Fn("exc_info", (self, args, kw) =>
        {
            Args.Exact("sys.exc_info", args, 0);
            nint h = Interpreter.HandledException;
            nint t = TupleType.New(3);
            TupleType.SetItemInit(t, 0, Ob.NewRef(h == 0 ? Singletons.None : Ob.Type(h)));
            TupleType.SetItemInit(t, 1, Ob.NewRef(h == 0 ? Singletons.None : h));
            TupleType.SetItemInit(t, 2, Singletons.None);
            return t;
        });
        Fn("getrefcount", (self, args, kw) => { Args.Exact("sys.getrefcount", args, 1); return IntType.FromLong(Ob.RefCnt(args[0])); });
        Fn("getsizeof", GetSizeOf);
        Fn("intern", (self, args, kw) =>
        {
            Args.Exact("sys.intern", args, 1);
            if (!StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError("intern() argument must be str, not " + Ob.TypeOf(args[0]).Name);
            }
            return Ob.NewRef(StrObject.InternInPlace(args[0]));
        });
        Fn("getrecursionlimit", (self, args, kw) =>
        {
            Args.Exact("sys.getrecursionlimit", args, 0);
            return IntType.FromLong(Interpreter.RecursionLimit);
        });
        Fn("setrecursionlimit", (self, args, kw) =>
        {
            Args.Exact("sys.setrecursionlimit", args, 1);
            long n = IntType.AsLong(args[0]);
            if (n < 1)
            {
                throw Errors.ValueError("recursion limit must be greater or equal than 1");
            }
            Interpreter.RecursionLimit = (int)Math.Min(n, 100_000);
            return Singletons.None;
        });
        Fn("exit", (self, args, kw) =>
        {
            Args.Range("exit", args, 0, 1);
            string code = args.Length == 0 || args[0] == Singletons.None ? "" : Abstract.StrString(args[0]);
            throw Errors.SystemExit(code);
        });
        Fn("getallocatedblocks", (self, args, kw) => IntType.FromLong(Mem.Heap.BlocksInUse));
        Fn("_debugmallocstats", (self, args, kw) =>
        {
            StdoutBuffer.Flush(rt);
            rt.Stdout.Flush();
            rt.Stderr.Write(Mem.Heap.FormatStatistics());
            return Singletons.None;
        });

        nint argv = ListType.New(0);
        foreach (string a in rt.Options.Argv)
        {
            nint s = StrObject.New(a);
            ListType.AppendSteal(argv, s);
        }
        Set("argv", argv);
        nint vi = VersionInfoType.NewOfType(5);
        TupleType.SetItemInit(vi, 0, IntType.FromLong(3));
        TupleType.SetItemInit(vi, 1, IntType.FromLong(12));
        TupleType.SetItemInit(vi, 2, IntType.FromLong(1));
        TupleType.SetItemInit(vi, 3, StrObject.Intern("final"));
        TupleType.SetItemInit(vi, 4, IntType.FromLong(0));
        Gc.Untrack(vi); // PyStructSequence_New does not track
        Set("version_info", vi);
        Set("version", StrObject.New("3.12.1 (RefPy) [.NET]"));
        Set("platform", StrObject.New("linux"));
        Set("byteorder", StrObject.New("little"));
        Set("maxsize", IntType.FromLong(long.MaxValue));
        Set("implementation_name", StrObject.Intern("refpy"));
        nint stdout = TextIOType.New(1);
        nint stderr = TextIOType.New(2);
        DictType.Set(ModuleType.Dict(m), StrObject.Intern("__stdout__"), stdout);
        DictType.Set(ModuleType.Dict(m), StrObject.Intern("__stderr__"), stderr);
        Set("stdout", stdout);
        Set("stderr", stderr);
        return m;
    }

    private static nint GetSizeOf(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        nint[] a = Args.Parse("getsizeof", args, kw, ["object", "default"], 1);
        nint o = a[0];
        PyType t = Ob.TypeOf(o);
        nint userSizeOf = t is ClassType ct ? ct.Lookup("__sizeof__") : 0;
        if (userSizeOf != 0 && Ob.Type(userSizeOf) == FunctionType.Instance.Address)
        {
            // A class's own __sizeof__ (a Python function), plus the pre-header, as _PySys_GetSizeOf.
            nint r = MethodType.CallWithSelf(userSizeOf, o, [], 0);
            long size;
            try
            {
                if (!IntType.IsInt(r))
                {
                    throw Errors.TypeError("an integer is required");
                }
                size = IntType.AsLong(r);
            }
            finally
            {
                Ob.Decref(r);
            }
            if (size < 0)
            {
                throw Errors.ValueError("__sizeof__() should return >= 0");
            }
            return IntType.FromLong(size + t.PreHeaderSize);
        }
        return IntType.FromLong(t.SizeOf(o) + t.PreHeaderSize);
    }
}
