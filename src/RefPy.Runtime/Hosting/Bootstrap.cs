// Mirrors CPython Python/pylifecycle.c (pycore_init_types, _PyBuiltin_Init, finalize_modules).
using RefPy.Runtime.Modules;
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime;

/// <summary>Creates the heap objects every program needs and releases them at the end, immortals last.</summary>
internal static unsafe class Bootstrap
{
    private static readonly List<nint> ownedObjects = new();

    /// <summary>
    /// References CPython 3.12's interpreter state and startup modules hold on the builtins, which reference
    /// counts show: interp->builtins_copy (a copy of the builtins dict made once the builtins exist),
    /// interp->sysdict_copy (a copy of sys's dict made right after its method table is installed, before
    /// the other attributes), sys.implementation.version (it is sys.version_info itself), and the four
    /// <c>getattr=getattr</c> defaults of codecs' StreamReader/Writer classes (codecs is always imported).
    /// All are released at finalization.
    /// </summary>
    private static readonly List<nint> interpreterRefs = new();

    /// <summary>Every built-in type, so their heap type objects exist before any instance.</summary>
    public static PyType[] AllTypes() =>
    [
        ObjectType.Instance, TypeType.Instance, NoneType.Instance, NotImplementedType.Instance, EllipsisType.Instance,
        IntType.Instance, BoolType.Instance, FloatType.Instance, StrType.Instance, TupleType.Instance, ListType.Instance,
        BytesType.Instance, ByteArrayType.Instance, BytesIterType.Bytes, BytesIterType.ByteArray,
        DictType.Instance, SetType.Set, SetType.FrozenSet, RangeType.Instance, RangeIterType.Instance, SliceType.Instance,
        SeqIterType.ListIter, SeqIterType.TupleIter, SeqIterType.StrIter, SetIterType.Instance,
        DictIterType.KeyIter, DictIterType.ValueIter, DictIterType.ItemIter,
        DictViewType.Keys, DictViewType.Values, DictViewType.Items,
        CodeType.Instance, FunctionType.Instance, ModuleType.Instance, BuiltinFunctionObject.Instance, CellType.Instance,
        MethodType.Instance, GetSetDescriptorType.Instance, StaticMethodType.Static, StaticMethodType.Class, PropertyType.Instance, SuperType.Instance, GeneratorType.Instance, MemberDescriptorType.Instance, WeakRefType.Ref, WeakRefType.Proxy, MappingProxyType.Instance, SequenceIterType.Instance, TextIOType.Instance,
        MethodDescriptorType.Instance, SysModule.VersionInfoType, .. ExceptionType.All, .. CTypesModule.Types(),
        .. BuiltinIterators.Types(),
        .. StdlibModules.Types(),
    ];

    public static void Start(Runtime rt)
    {
        BuiltinSubclassing.Install();
        ownedObjects.Clear();
        Gc.Initialize();
        StrObject.Reset();
        BytesObject.Reset();
        CodeType.Reset();
        PyType[] types = AllTypes();
        foreach (PyType t in types)
        {
            TypeType.CreateTypeObject(t);
        }
        foreach (PyType t in types)
        {
            TypeType.Link(t);
        }
        Singletons.None = NewImmortalObject(NoneType.Instance);
        Singletons.NotImplemented = NewImmortalObject(NotImplementedType.Instance);
        Singletons.Ellipsis = NewImmortalObject(EllipsisType.Instance);
        SetType.Dummy = NewImmortalObject(ObjectType.Instance);
        BoolObject.False = IntType.NewImmortal(BoolType.Instance, 0);
        BoolObject.True = IntType.NewImmortal(BoolType.Instance, 1);
        for (int v = -IntType.SmallNeg; v < IntType.SmallPos; v++)
        {
            IntType.SmallInts[v + IntType.SmallNeg] = IntType.NewImmortal(IntType.Instance, v);
        }
        StrObject.NewEmptyImmortal();
        BytesObject.NewEmptyImmortal();
        TupleType.NewEmptyImmortal();
        DictKeys.NewEmptyImmortal();
        Interpreter.Initialize();
        foreach (PyType t in types)
        {
            foreach (TypeMember m in t.Members.Values)
            {
                if (m.Method is not null)
                {
                    m.Descriptor = MethodDescriptorType.New(t, m.Method);
                    ownedObjects.Add(m.Descriptor);
                }
            }
        }
        rt.ModulesDict = DictType.New();
        rt.BuiltinsModule = BuiltinsModule.Create();
        rt.BuiltinsDict = ModuleType.Dict(rt.BuiltinsModule);
        DictType.Set(rt.ModulesDict, StrObject.Intern("builtins"), rt.BuiltinsModule);
        interpreterRefs.Clear();
        interpreterRefs.Add(DictType.Copy(rt.BuiltinsDict));
        nint getattrFn = DictType.GetItemString(rt.BuiltinsDict, "getattr");
        for (int i = 0; i < 4 && getattrFn != 0; i++)
        {
            interpreterRefs.Add(Ob.NewRef(getattrFn));
        }
        rt.SysModule = SysModule.Create(rt);
        DictType.Set(rt.ModulesDict, StrObject.Intern("sys"), rt.SysModule);
        interpreterRefs.Add(SysDictCopy(ModuleType.Dict(rt.SysModule)));
        nint versionInfo = DictType.GetItemString(ModuleType.Dict(rt.SysModule), "version_info");
        if (versionInfo != 0)
        {
            interpreterRefs.Add(Ob.NewRef(versionInfo));
        }
        rt.MainModule = ModuleType.New("__main__");
        nint mainDict = ModuleType.Dict(rt.MainModule);
        DictType.Set(mainDict, StrObject.Intern("__builtins__"), rt.BuiltinsModule);
        DictType.Set(rt.ModulesDict, StrObject.Intern("__main__"), rt.MainModule);
        Gc.ResetCounts();
    }

    /// <summary>sysmodule.c _PySys_Create's copy: the module's own entries and its method-table functions.</summary>
    private static nint SysDictCopy(nint sysDict)
    {
        nint copy = DictType.New();
        long pos = 0;
        while (DictType.Next(sysDict, ref pos, out nint key, out nint value))
        {
            if (Ob.Type(value) == BuiltinFunctionObject.Instance.Address
                || StrObject.ToManaged(key) is "__name__" or "__doc__" or "__package__" or "__loader__" or "__spec__")
            {
                DictType.Set(copy, key, value);
            }
        }
        return copy;
    }

    private static nint NewImmortalObject(PyType t)
    {
        nint o = Mem.AllocObject(16, false);
        Ob.MakeImmortal(o);
        *(nint*)(o + Ob.TypeOffset) = t.Address;
        return o;
    }

    public static void Finalize(Runtime rt)
    {
        // Modules: clear each module's dict (breaking function <-> globals cycles), then drop the modules.
        var modules = new List<nint>();
        long pos = 0;
        while (DictType.Next(rt.ModulesDict, ref pos, out _, out nint m))
        {
            modules.Add(Ob.NewRef(m));
        }
        // Py_FinalizeEx: collect garbage while everything is intact, so finalizers can use any global.
        Gc.Collect(Gc.NumGenerations - 1);
        StdoutBuffer.Flush(rt);
        // finalize_remove_modules: __main__ loses the references sys.modules and the runtime hold. What its dict
        // holds dies now, or (functions and classes point back at the dict) becomes garbage whose finalizers the
        // collector runs before it clears anything.
        modules.Remove(rt.MainModule);
        DictType.Remove(rt.ModulesDict, StrObject.Intern("__main__"));
        Ob.Decref(rt.MainModule);
        Ob.Decref(rt.MainModule);
        rt.MainModule = 0;
        Gc.Collect(Gc.NumGenerations - 1);
        StdoutBuffer.Flush(rt);
        Ob.Decref(rt.SysModule);
        Ob.Decref(rt.BuiltinsModule);
        modules.Reverse();
        foreach (nint m in modules)
        {
            if (Ob.Type(m) == ModuleType.Instance.Address)
            {
                DictType.Clear(ModuleType.Dict(m));
            }
        }
        DictType.Clear(rt.ModulesDict);
        Ob.Decref(rt.ModulesDict);
        foreach (nint m in modules)
        {
            Ob.Decref(m);
        }
        foreach (nint o in interpreterRefs)
        {
            Ob.Decref(o);
        }
        interpreterRefs.Clear();
        foreach (nint o in ownedObjects)
        {
            Ob.Decref(o);
        }
        ownedObjects.Clear();
        // Like finalize_modules' _PyGC_CollectNoFail: the cycles left (a list that contains itself, a
        // function whose defaults hold it, ...) are unreachable now; collect them, then what gc.garbage held.
        Gc.Collect(Gc.NumGenerations - 1);
        GcModule.Release();
        Gc.Collect(Gc.NumGenerations - 1);
        StdoutBuffer.Flush(rt);
        rt.Stdout.Flush();
        foreach (PyType t in AllTypes())
        {
            foreach (TypeMember m in t.Members.Values)
            {
                m.Descriptor = 0;
            }
        }
        // Immortals last.
        for (int i = 0; i < IntType.SmallInts.Length; i++)
        {
            Mem.FreeObject(IntType.SmallInts[i], false);
            IntType.SmallInts[i] = 0;
        }
        Mem.FreeObject(BoolObject.True, false);
        Mem.FreeObject(BoolObject.False, false);
        Mem.FreeObject(Singletons.None, false);
        Mem.FreeObject(Singletons.NotImplemented, false);
        Mem.FreeObject(Singletons.Ellipsis, false);
        Mem.FreeObject(SetType.Dummy, false);
        Mem.FreeObject(TupleType.Empty, true);
        Mem.Free(DictKeys.Empty);
        StrObject.FreeImmortals();
        BytesObject.FreeImmortals();
        CTypesModule.Reset();
        foreach (PyType t in AllTypes())
        {
            TypeType.FreeTypeObject(t);
        }
        Interpreter.Shutdown();
        Dealloc.ReleaseBuffers();
        CodeType.Reset();
    }
}
