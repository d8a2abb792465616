// Mirrors CPython Objects/typeobject.c (type_new, slot_* functions, object generic getattr) for classes
// defined by Python code, and the behaviour of their instances.
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>
/// A class created by a <c>class</c> statement. Its type object lives in the heap like a CPython heap type:
/// reference counted, tp_base +256 (strong), tp_dict +264 (the class namespace), tp_bases +336 and tp_mro +344
/// (tuples; the MRO holds the class itself, so a class is freed by the cycle collector). Instances are 16-byte
/// objects preceded by CPython 3.12's pre-header: weakref list at -32, managed __dict__ pointer at -24 and the
/// GC head at -16 (sys.getsizeof(instance) == 48). Every instance holds a reference to its class.
/// Special methods (__init__, __repr__, __eq__, __add__, __len__, __getitem__, __del__, ...) are looked up in
/// the MRO's namespaces when the slot runs.
/// </summary>
internal sealed unsafe class ClassType : PyType
{
    public const int TypeDictOffset = 264, TypeBasesOffset = 336, TypeMroOffset = 344;
    public const int InstanceDictOffset = -24;
    public const int InstancePreHeader = 32;
    private const int HeapTypeSize = 920;

    private readonly string module;
    private PyType[] mro;
    private readonly PyType builtinBase;
    /// <summary>Instance size without the pre-header: 16, plus 8 per __slots__ entry (own and inherited).</summary>
    private int instanceSize = 16;
    /// <summary>Instances have a __dict__ (managed, at -24) / support weak references (managed, at -32).</summary>
    private bool hasDict = true;
    private bool hasWeakref = true;
    /// <summary>ABCMeta's __abstractmethods__: names still abstract in this class (only for abc.ABC hierarchies).</summary>
    private string[] abstractMethods = [];

    private ClassType(string name, string qualName, string module, PyType firstBase, PyType[] mro, PyType builtinBase)
        : base(name, 16, 0, true, firstBase)
    {
        QualName = qualName;
        this.module = module;
        this.mro = mro;
        this.builtinBase = builtinBase;
    }

    public string QualName { get; }
    public override string? ModuleName => module;
    /// <summary>How tracebacks name the class: module-qualified unless it is in __main__ or builtins.</summary>
    public string DisplayName => module is "__main__" or "builtins" ? QualName : module + "." + QualName;
    public string ClassRepr => "<class '" + (module == "builtins" ? "" : module + ".") + QualName + "'>";
    public IReadOnlyList<PyType> Mro => mro;
    /// <summary>Instances keep a weak-reference list in their pre-header (at -32).</summary>
    public bool SupportsWeakrefs => hasWeakref && !IsException;
    /// <summary>The built-in type whose instances this class's instances are (object or an exception type).</summary>
    public PyType BuiltinBase => builtinBase;
    public nint Dict => *(nint*)(Address + TypeDictOffset);

    // ---- creation (type_new) -----------------------------------------------------------------------

    /// <summary>Creates a class from its name, bases (tuple, borrowed) and namespace (dict, borrowed). New reference.</summary>
    public static nint Create(string name, nint bases, nint ns) => Create(name, bases, ns, 0);

    /// <summary>Creates a class; classKw (a dict or 0) holds the class statement's keywords for __init_subclass__.</summary>
    public static nint Create(string name, nint bases, nint ns, nint classKw)
    {
        var baseTypes = new List<PyType>();
        for (long i = 0; i < TupleType.Count(bases); i++)
        {
            nint b = TupleType.Item(bases, i);
            if (Ob.Type(b) != TypeType.Instance.Address)
            {
                throw Errors.TypeError("bases must be types");
            }
            PyType bt = FromAddress(b);
            if (bt is not ClassType && bt != ObjectType.Instance && bt is not ExceptionType && !BuiltinSubclassing.CanSubclass(bt))
            {
                throw Errors.TypeError(BuiltinSubclassing.IsFinal(bt)
                    ? "type '" + bt.Name + "' is not an acceptable base type"
                    : "RefPy cannot subclass the built-in type '" + bt.Name + "' yet");
            }
            if (baseTypes.Contains(bt))
            {
                throw Errors.TypeError("duplicate base class " + bt.Name);
            }
            baseTypes.Add(bt);
        }
        if (baseTypes.Count == 0)
        {
            baseTypes.Add(ObjectType.Instance);
        }
        var layouts = baseTypes.Select(b => b is ClassType bc ? bc.builtinBase : b).Where(b => b != ObjectType.Instance).Distinct().ToList();
        if (layouts.Count > 1 && !layouts.All(l => l is ExceptionType))
        {
            throw Errors.TypeError("multiple bases have instance lay-out conflict");
        }
        PyType[] linear = C3(name, baseTypes);
        PyType builtin = ObjectType.Instance;
        foreach (PyType t in linear)
        {
            PyType bb = t is ClassType ct ? ct.builtinBase : t;
            if (bb != ObjectType.Instance)
            {
                builtin = bb;
                break;
            }
        }
        nint qn = DictType.GetItemString(ns, "__qualname__");
        string qualName = qn != 0 && StrObject.IsStr(qn) ? StrObject.ToManaged(qn) : name;
        nint mod = DictType.GetItemString(ns, "__module__");
        string module = mod != 0 && StrObject.IsStr(mod) ? StrObject.ToManaged(mod) : "builtins";

        var cls = new ClassType(name, qualName, module, baseTypes[0], [], builtin);
        ClassType? solidBase = baseTypes[0] as ClassType;
        bool baseHasDict = baseTypes.Any(b => b is ClassType bc && bc.hasDict);
        bool baseHasWeakref = baseTypes.Any(b => b is ClassType bc && bc.hasWeakref);
        List<string>? slotNames = null;
        nint slotsValue = DictType.GetItemString(ns, "__slots__");
        bool builtinLayout = builtin != ObjectType.Instance && builtin is not ExceptionType;
        int builtinSlotsStart = builtinLayout
            ? baseTypes.Select(b => b is ClassType bc && bc.IsBuiltinLayout ? bc.instanceSize : 0).Append(builtin.BasicSize).Max()
            : 16;
        if (builtinLayout)
        {
            // Instances have the built-in's layout plus the 32-byte pre-header (__dict__ at -24, weakrefs at -32);
            // tuple and int (variable size) get no __weakref__, a set has its own weak-reference list.
            // With __slots__ there is no __dict__/__weakref__ unless named (or inherited); slot values follow the
            // built-in's fixed-size part (list, dict and set only, as RefPy's immutable subclasses copy a value).
            if (slotsValue != 0)
            {
                slotNames = SlotNames(slotsValue).Select(sn => MangleSlot(name, sn)).ToList();
                cls.hasDict = baseHasDict || slotNames.Remove("__dict__");
                cls.hasWeakref = baseHasWeakref || slotNames.Remove("__weakref__");
                if (slotNames.Count > 0 && BuiltinSubclassing.IsImmutable(builtin))
                {
                    throw Errors.TypeError("nonempty __slots__ not supported for subtype of '" + builtin.Name + "'");
                }
            }
            else
            {
                cls.hasDict = true;
                cls.hasWeakref = !BuiltinSubclassing.IsVarSize(builtin);
            }
            cls.instanceSize = builtinSlotsStart + 8 * (slotNames?.Count ?? 0);
        }
        else if (slotsValue != 0 && builtin is not ExceptionType)
        {
            slotNames = SlotNames(slotsValue).Select(sn => MangleSlot(name, sn)).ToList();
            cls.hasDict = baseHasDict || slotNames.Remove("__dict__");
            cls.hasWeakref = baseHasWeakref || slotNames.Remove("__weakref__");
            cls.instanceSize = (solidBase?.instanceSize ?? 16) + 8 * slotNames.Count;
        }
        else if (solidBase is not null)
        {
            cls.instanceSize = solidBase.instanceSize;
        }
        var fullMro = new PyType[linear.Length + 1];
        fullMro[0] = cls;
        linear.CopyTo(fullMro, 1);
        cls.mro = fullMro;

        nint o = TypeType.Instance.AllocObject(PyType.TypeObjectSize);
        byte[] cname = System.Text.Encoding.UTF8.GetBytes(name);
        nint namePtr = Mem.Alloc(cname.Length + 1);
        cname.AsSpan().CopyTo(new Span<byte>((void*)namePtr, cname.Length));
        ((byte*)namePtr)[cname.Length] = 0;
        *(nint*)(o + NameOffset) = namePtr;
        *(long*)(o + BasicSizeOffset) = 16;
        *(int*)(o + ManagedIndexOffset) = cls.Index;
        cls.Address = o;
        *(nint*)(o + BaseOffset) = Ob.NewRef(baseTypes[0].Address);

        nint dict = DictType.New();
        long pos = 0;
        while (DictType.Next(ns, ref pos, out nint k, out nint v))
        {
            if (StrObject.IsStr(k) && (StrObject.ToManaged(k) is "__qualname__" or "__classcell__"))
            {
                continue;
            }
            DictType.Set(dict, k, v);
        }
        *(nint*)(o + TypeDictOffset) = dict;
        *(long*)(dict + DictType.VersionTagOffset) = cls.Index + 1; // mutations invalidate the method caches
        for (int i = 1; i < fullMro.Length; i++)
        {
            if (fullMro[i] is ClassType bc)
            {
                (bc.subclasses ??= new List<ClassType>()).Add(cls);
            }
        }
        if (slotNames is not null)
        {
            int offset = builtinLayout ? builtinSlotsStart : solidBase?.instanceSize ?? 16;
            foreach (string sn in slotNames)
            {
                nint md = MemberDescriptorType.New(o, sn, offset);
                DictType.Set(dict, StrObject.Intern(sn), md);
                Ob.Decref(md);
                offset += 8;
            }
        }
        if (DictType.GetItemString(dict, "__eq__") != 0 && DictType.GetItemString(dict, "__hash__") == 0)
        {
            // type_new: a class that defines __eq__ but not __hash__ is unhashable.
            DictType.Set(dict, StrObject.Intern("__hash__"), Singletons.None);
        }
        if (DictType.GetItemString(dict, "__doc__") == 0)
        {
            DictType.Set(dict, StrObject.Intern("__doc__"), Singletons.None);
        }
        // type_new_descriptors: __dict__ and __weakref__ entries where this class adds them.
        if (cls.hasDict && !baseHasDict && (builtin == ObjectType.Instance || builtinLayout))
        {
            AddGetSet(dict, o, "__dict__");
        }
        if (cls.hasWeakref && !baseHasWeakref && builtin != SetType.Set)
        {
            AddGetSet(dict, o, "__weakref__");
        }
        nint basesTuple = TupleType.New(baseTypes.Count);
        for (int i = 0; i < baseTypes.Count; i++)
        {
            TupleType.SetItemInit(basesTuple, i, Ob.NewRef(baseTypes[i].Address));
        }
        *(nint*)(o + TypeBasesOffset) = basesTuple;
        nint mroTuple = TupleType.New(fullMro.Length);
        for (int i = 0; i < fullMro.Length; i++)
        {
            TupleType.SetItemInit(mroTuple, i, Ob.NewRef(fullMro[i].Address));
        }
        *(nint*)(o + TypeMroOffset) = mroTuple;
        cls.ComputeAbstractMethods(baseTypes);
        try
        {
            cls.SetNames(o);
        }
        catch
        {
            Ob.Decref(o);
            throw;
        }
        try
        {
            cls.InitSubclass(o, classKw);
        }
        catch
        {
            Ob.Decref(o);
            throw;
        }
        return o;
    }

    /// <summary>type_new_set_names: each namespace value whose class defines __set_name__ learns its owner and name.</summary>
    private void SetNames(nint cls)
    {
        var pending = new List<(nint Key, nint Value)>();
        long pos = 0;
        while (DictType.Next(Dict, ref pos, out nint k, out nint v))
        {
            if (Ob.TypeOf(v) is ClassType vt && vt.Lookup("__set_name__") != 0)
            {
                pending.Add((Ob.NewRef(k), Ob.NewRef(v)));
            }
        }
        try
        {
            foreach ((nint k, nint v) in pending)
            {
                var vt = (ClassType)Ob.TypeOf(v);
                Ob.Decref(vt.CallBound(vt.Lookup("__set_name__"), v, [cls, k]));
            }
        }
        finally
        {
            foreach ((nint k, nint v) in pending)
            {
                Ob.Decref(k);
                Ob.Decref(v);
            }
        }
    }

    /// <summary>ABCMeta.__new__: abstract names are those whose current value has a true __isabstractmethod__.</summary>
    private void ComputeAbstractMethods(List<PyType> bases)
    {
        if (!mro.Any(t => t is ClassType c && c.QualName == "ABC" && c.module == "abc"))
        {
            return;
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        long pos = 0;
        while (DictType.Next(Dict, ref pos, out nint k, out nint v))
        {
            if (StrObject.IsStr(k) && IsAbstract(v))
            {
                names.Add(StrObject.ToManaged(k));
            }
        }
        foreach (PyType b in bases)
        {
            if (b is ClassType bc)
            {
                foreach (string n in bc.abstractMethods)
                {
                    nint v = Lookup(n);
                    if (v != 0 && IsAbstract(v))
                    {
                        names.Add(n);
                    }
                }
            }
        }
        abstractMethods = names.ToArray();
        nint fs = SetType.NewOf(SetType.FrozenSet);
        foreach (string n in abstractMethods)
        {
            SetType.Add(fs, StrObject.Intern(n));
        }
        DictType.Set(Dict, StrObject.Intern("__abstractmethods__"), fs);
        Ob.Decref(fs);
    }

    private static bool IsAbstract(nint v)
    {
        if (Ob.Type(v) == PropertyType.Instance.Address)
        {
            // property.__isabstractmethod__: any of its accessors is abstract.
            for (int off = 16; off <= 32; off += 8)
            {
                nint f = *(nint*)(v + off);
                if (f != 0 && IsAbstract(f))
                {
                    return true;
                }
            }
            return false;
        }
        if (Ob.Type(v) == StaticMethodType.Static.Address || Ob.Type(v) == StaticMethodType.Class.Address)
        {
            return IsAbstract(StaticMethodType.Callable(v));
        }
        nint flag = Ob.TypeOf(v).GetAttr(v, StrObject.Intern("__isabstractmethod__"));
        if (flag == 0)
        {
            return false;
        }
        bool t = Abstract.IsTrue(flag);
        Ob.Decref(flag);
        return t;
    }

    /// <summary>type_new's last step: the nearest base's __init_subclass__ (an implicit classmethod) gets the new class.</summary>
    private void InitSubclass(nint cls, nint classKw)
    {
        // The keywords are passed as keyword arguments (values after the names in kwnames).
        int nkw = classKw == 0 ? 0 : (int)DictType.Used(classKw);
        var values = new nint[nkw];
        nint kwnames = nkw == 0 ? 0 : TupleType.New(nkw);
        long pos = 0;
        for (int j = 0; j < nkw && DictType.Next(classKw, ref pos, out nint k, out nint v); j++)
        {
            TupleType.SetItemInit(kwnames, j, Ob.NewRef(k));
            values[j] = v;
        }
        try
        {
            nint key = StrObject.Intern("__init_subclass__");
            for (int i = 1; i < mro.Length; i++)
            {
                if (mro[i] is ClassType ct && ct.Dict != 0)
                {
                    nint f = DictType.GetItemStr(ct.Dict, key);
                    if (f == 0)
                    {
                        continue;
                    }
                    nint fn = Ob.Type(f) == StaticMethodType.Class.Address ? StaticMethodType.Callable(f) : f;
                    Ob.Decref(MethodType.CallWithSelf(fn, cls, values, kwnames));
                    return;
                }
            }
            if (nkw > 0)
            {
                // object.__init_subclass__ takes no keyword arguments.
                throw Errors.TypeError(Name + ".__init_subclass__() takes no keyword arguments");
            }
        }
        finally
        {
            Ob.XDecref(kwnames);
        }
    }

    /// <summary>type_new mangles private slot names like the compiler does (__x -> _Class__x).</summary>
    private static string MangleSlot(string className, string slot)
    {
        string stripped = className.TrimStart('_');
        return slot.StartsWith("__", StringComparison.Ordinal) && !slot.EndsWith("__", StringComparison.Ordinal) && stripped.Length > 0
            ? "_" + stripped + slot : slot;
    }

    private static List<string> SlotNames(nint slots)
    {
        var names = new List<string>();
        if (StrObject.IsStr(slots))
        {
            names.Add(StrObject.ToManaged(slots));
            return names;
        }
        nint list = Abstract.SequenceToList(slots);
        try
        {
            for (long i = 0; i < ListType.Count(list); i++)
            {
                nint item = ListType.Item(list, i);
                if (!StrObject.IsStr(item))
                {
                    throw Errors.TypeError("__slots__ items must be strings, not '" + Ob.TypeOf(item).Name + "'");
                }
                names.Add(StrObject.ToManaged(item));
            }
        }
        finally
        {
            Ob.Decref(list);
        }
        return names;
    }

    private static void AddGetSet(nint dict, nint cls, string name)
    {
        nint d = GetSetDescriptorType.New(cls, name);
        DictType.Set(dict, StrObject.Intern(name), d);
        Ob.Decref(d);
    }

    private static PyType[] C3(string name, List<PyType> bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (PyType b in bases)
        {
            seqs.Add(LinearOf(b).ToList());
        }
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType>();
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
            {
                return result.ToArray();
            }
            PyType? next = null;
            foreach (List<PyType> s in seqs)
            {
                PyType head = s[0];
                if (!seqs.Any(o => o.IndexOf(head) > 0))
                {
                    next = head;
                    break;
                }
            }
            if (next is null)
            {
                throw Errors.TypeError("Cannot create a consistent method resolution order (MRO) for bases " +
                    string.Join(", ", bases.Select(b => b.Name)));
            }
            result.Add(next);
            foreach (List<PyType> s in seqs)
            {
                if (s[0] == next)
                {
                    s.RemoveAt(0);
                }
            }
        }
    }

    private static IEnumerable<PyType> LinearOf(PyType t)
    {
        if (t is ClassType ct)
        {
            return ct.mro;
        }
        var chain = new List<PyType>();
        for (PyType? x = t; x != null; x = x.Base)
        {
            chain.Add(x);
        }
        return chain;
    }

    public bool MroContains(PyType other) => Array.IndexOf(mro, other) >= 0;

    // ---- the class object ----------------------------------------------------------------------------

    // ---- the method cache (CPython's type attribute cache, per class) -------------------------------
    //
    // Lookup results (including misses) are cached per class, keyed by the address of an interned name
    // (interned strs are immortal, so an address names one string for the runtime's life). A cached result
    // is valid while the class's version is unchanged; the version of a class and of every class below it
    // is bumped whenever the namespace dict of the class changes (the dict carries its class's registry
    // index + 1 in ma_version_tag, which DictType's mutators check) or the class is cleared or freed.

    private struct CacheEntry
    {
        public nint Key;
        public nint Value;
        public uint Version;
    }

    private const int CacheSize = 64;
    private readonly CacheEntry[] cache = new CacheEntry[CacheSize];
    private uint version = 1;
    /// <summary>Every class with this class in its MRO (direct and indirect subclasses).</summary>
    private List<ClassType>? subclasses;

    /// <summary>The namespace of this class changed (or went away): every cached lookup below it is stale.</summary>
    public void Modified()
    {
        version++;
        if (subclasses is not null)
        {
            foreach (ClassType sub in subclasses)
            {
                sub.version++;
            }
        }
    }

    /// <summary>
    /// Called by DictType's mutators for a dict whose ma_version_tag marks it as a class namespace. key is the
    /// key stored or removed, or 0 for a change to the whole dict. Only lookups of that key can have changed, so
    /// an interned (exact) str key just drops that name's entries; any other change invalidates everything.
    /// </summary>
    public static void ClassDictModified(long tag, nint key)
    {
        if (FromIndex((int)(tag - 1)) is not ClassType ct)
        {
            return;
        }
        if (key == 0 || !StrObject.IsStr(key) || !StrObject.IsInternedStr(key))
        {
            ct.Modified();
            return;
        }
        ct.Forget(key);
        if (ct.subclasses is not null)
        {
            foreach (ClassType sub in ct.subclasses)
            {
                sub.Forget(key);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int CacheSlot(nint key) => (int)((key >> 4) ^ (key >> 10)) & (CacheSize - 1);

    private void Forget(nint key)
    {
        ref CacheEntry e = ref cache[CacheSlot(key)];
        if (e.Key == key)
        {
            e.Key = 0;
        }
    }

    /// <summary>Finds name in the namespaces along the MRO; a borrowed reference or 0.</summary>
    public nint Lookup(string name) => Lookup(StrObject.Intern(name));

    /// <summary>Finds name (a str) in the namespaces along the MRO; a borrowed reference or 0.</summary>
    public nint Lookup(nint key)
    {
        ref CacheEntry e = ref cache[CacheSlot(key)];
        if (e.Key == key && e.Version == version)
        {
            return e.Value;
        }
        nint v = LookupUncached(key);
        if (StrObject.IsStr(key) && StrObject.IsInternedStr(key))
        {
            e.Key = key;
            e.Value = v;
            e.Version = version;
        }
        return v;
    }

    private nint LookupUncached(nint key)
    {
        foreach (PyType t in mro)
        {
            if (t is ClassType ct && ct.Address != 0 && ct.Dict != 0)
            {
                nint v = DictType.GetItemStr(ct.Dict, key);
                if (v != 0)
                {
                    return v;
                }
            }
        }
        return 0;
    }

    /// <summary>Attribute of the class itself (A.x): a new reference or 0.</summary>
    public nint GetClassAttr(nint cls, string name)
    {
        switch (name)
        {
            case "__name__": return StrObject.New(Name);
            case "__qualname__": return StrObject.New(QualName);
            case "__mro__": return Ob.NewRef(*(nint*)(cls + TypeMroOffset));
            case "__bases__": return Ob.NewRef(*(nint*)(cls + TypeBasesOffset));
            case "__base__": return Ob.NewRef(*(nint*)(cls + BaseOffset));
            case "__dict__": return MappingProxyType.New(Dict);
            case "mro": return TypeAttributes.GetViaMembers(TypeType.Instance, cls, StrObject.Intern("mro"));
        }
        nint v = Lookup(name);
        if (v != 0)
        {
            return Bind(v, 0, cls);
        }
        foreach (PyType t in mro)
        {
            if (t is not ClassType)
            {
                TypeMember? m = t.FindMember(name);
                if (m?.Method is not null && m.Descriptor != 0)
                {
                    return Ob.NewRef(m.Descriptor);
                }
            }
        }
        return 0;
    }

    public void SetClassAttr(nint name, nint value)
    {
        if (value == 0)
        {
            if (!DictType.Remove(Dict, name))
            {
                throw Errors.AttributeError("type object '" + Name + "' has no attribute '" + StrObject.ToManaged(name) + "'");
            }
            return;
        }
        DictType.Set(Dict, name, value);
    }

    /// <summary>The descriptor protocol for what the MRO lookup found: instance (or 0) and class. New reference.</summary>
    private static nint Bind(nint attr, nint instance, nint cls)
    {
        nint t = Ob.Type(attr);
        if (t == StaticMethodType.Static.Address)
        {
            return Ob.NewRef(StaticMethodType.Callable(attr));
        }
        if (t == StaticMethodType.Class.Address)
        {
            return MethodType.New(StaticMethodType.Callable(attr), cls);
        }
        if (t == PropertyType.Instance.Address)
        {
            return instance == 0 ? Ob.NewRef(attr) : PropertyType.Get(attr, instance);
        }
        if (instance != 0 && t == FunctionType.Instance.Address)
        {
            return MethodType.New(attr, instance);
        }
        if (instance != 0 && t == MethodDescriptorType.Instance.Address)
        {
            return MethodDescriptorType.BindTo(attr, instance);
        }
        nint bound = PyType.FromAddress(t).DescrGet(attr, instance, cls);
        return bound != 0 ? bound : Ob.NewRef(attr);
    }

    /// <summary>A Python class with __get__ is a descriptor: __get__(descr, instance or None, owner).</summary>
    public override nint DescrGet(nint descr, nint instance, nint owner)
    {
        nint get = Lookup("__get__");
        return get == 0 ? 0 : CallBound(get, descr, [instance == 0 ? Singletons.None : instance, owner]);
    }

    /// <summary>A data descriptor: its class defines __set__ or __delete__ (and so wins over the instance dict).</summary>
    private static bool IsDataDescriptor(nint attr) =>
        Ob.TypeOf(attr) is ClassType dt && (dt.Lookup("__set__") != 0 || dt.Lookup("__delete__") != 0);

    // ---- instances ---------------------------------------------------------------------------------

    /// <summary>A new, empty instance (object.__new__): pre-header, header, a reference to the class.</summary>
    public nint NewInstance()
    {
        int size = IsException ? ExceptionType.Size : instanceSize;
        Gc.OnAlloc(this, size);
        nint block = Mem.Alloc(size + PreHeaderSize);
        new Span<byte>((void*)block, size + PreHeaderSize).Clear();
        nint o = block + PreHeaderSize;
        *(long*)o = 1;
        *(nint*)(o + Ob.TypeOffset) = Ob.NewRef(Address);
        if (IsBuiltinLayout)
        {
            BuiltinSubclassing.InitEmpty(builtinBase, o);
        }
        Gc.Track(o);
        return o;
    }

    /// <summary>
    /// An instance of this (tuple/int/float-derived) class holding value's contents (value is stolen): the
    /// built-in's bytes after the header are copied, and a tuple's items get the references they need.
    /// </summary>
    public nint FromBuiltinValue(nint value)
    {
        int size = (int)BuiltinSubclassing.ObjectSize(builtinBase, value);
        Gc.OnAlloc(this, size);
        nint block = Mem.Alloc(size + PreHeaderSize);
        new Span<byte>((void*)block, PreHeaderSize).Clear();
        nint o = block + PreHeaderSize;
        *(long*)o = 1;
        *(nint*)(o + Ob.TypeOffset) = Ob.NewRef(Address);
        new Span<byte>((void*)(value + 16), size - 16).CopyTo(new Span<byte>((void*)(o + 16), size - 16));
        if (builtinBase == TupleType.Instance)
        {
            for (long i = 0; i < TupleType.Count(o); i++)
            {
                Ob.XIncref(TupleType.Item(o, i));
            }
        }
        Ob.Decref(value);
        Gc.Track(o);
        return o;
    }

    /// <summary>Instances are laid out as a built-in type other than object (list, dict, set, tuple, int, float).</summary>
    public bool IsBuiltinLayout => builtinBase != ObjectType.Instance && builtinBase is not ExceptionType;

    /// <summary>Frees the block of an instance whose built-in part has been released (called by the built-in's dealloc).</summary>
    public void FreeInstance(nint o)
    {
        nint cls = Ob.Type(o);
        Gc.OnFree(this, o);
        Gc.Untrack(o);
        Mem.Free(o - PreHeaderSize);
        Ob.Decref(cls);
    }

    /// <summary>Instances of exception classes use BaseException's layout, whose __dict__ slot is at +16.</summary>
    public bool IsException => builtinBase is ExceptionType;

    private int DictSlot => IsException ? ExceptionType.DictOffset : InstanceDictOffset;

    public nint InstanceDict(nint o) => IsException || hasDict ? *(nint*)(o + DictSlot) : 0;

    public override int PreHeaderSize => IsException || !(hasDict || hasWeakref) ? Mem.GcHeaderSize : InstancePreHeader;

    public override long SizeOf(nint o) =>
        IsException ? ExceptionType.Size : IsBuiltinLayout ? builtinBase.SizeOf(o) + (instanceSize - SlotsStart) : instanceSize;

    /// <summary>Where __slots__ storage starts: after the header, or after a (fixed-size) built-in's fields.</summary>
    private int SlotsStart => IsBuiltinLayout ? Math.Min(builtinBase.BasicSize, instanceSize) : 16;

    /// <summary>Releases the values held in __slots__ storage.</summary>
    private void ClearSlots(nint o)
    {
        for (int off = SlotsStart; off < instanceSize; off += 8)
        {
            nint v = *(nint*)(o + off);
            *(nint*)(o + off) = 0;
            Ob.XDecref(v);
        }
    }

    public override void Dealloc(nint o)
    {
        HotNames.Ensure();
        if (!Gc.IsFinalized(o) && Lookup(HotNames.Del) != 0)
        {
            // PEP 442: run the finalizer (once) on a temporarily resurrected object; it may keep itself alive.
            Gc.SetFinalized(o);
            *(long*)o = 1;
            RunFinalizer(o);
            if (--*(long*)o != 0)
            {
                return;
            }
        }
        if (SupportsWeakrefs)
        {
            WeakRefType.ClearAll(o);
        }
        if (IsException)
        {
            ExceptionType.ReleaseFields(o);
        }
        else
        {
            ClearSlots(o);
            if (hasDict)
            {
                nint dict = InstanceDict(o);
                *(nint*)(o + InstanceDictOffset) = 0;
                Ob.XDecref(dict);
            }
        }
        if (IsBuiltinLayout)
        {
            builtinBase.Dealloc(o); // releases the built-in contents, then FreeObject routes back to FreeInstance
            return;
        }
        FreeInstance(o);
    }

    /// <summary>Calls __del__; its exceptions are reported as unraisable.</summary>
    public void RunFinalizer(nint o)
    {
        nint del = Lookup("__del__");
        if (del == 0)
        {
            return;
        }
        try
        {
            Ob.Decref(MethodType.CallWithSelf(del, o, [], 0));
        }
        catch (PyException e)
        {
            Runtime.Current.ReportUnraisable(e, "Exception ignored in: " + Abstract.ReprString(del));
            e.Release();
        }
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        if (IsException)
        {
            ExceptionType.BaseException.TpTraverse(o, visit, arg);
        }
        else
        {
            nint dict = InstanceDict(o);
            if (dict != 0)
            {
                if (Gc.IsInlineDict(dict))
                {
                    DictType.Instance.TpTraverse(dict, visit, arg);
                }
                else
                {
                    visit(dict, arg);
                }
            }
            for (int off = SlotsStart; off < instanceSize; off += 8)
            {
                nint v = *(nint*)(o + off);
                if (v != 0)
                {
                    visit(v, arg);
                }
            }
            if (IsBuiltinLayout)
            {
                builtinBase.TpTraverse(o, visit, arg);
            }
        }
        visit(Ob.Type(o), arg);
    }

    public override void TpClear(nint o)
    {
        if (IsException)
        {
            ExceptionType.BaseException.TpClear(o);
            return;
        }
        ClearSlots(o);
        if (hasDict)
        {
            nint dict = InstanceDict(o);
            *(nint*)(o + InstanceDictOffset) = 0;
            Ob.XDecref(dict);
        }
        if (IsBuiltinLayout)
        {
            builtinBase.TpClear(o);
        }
    }

    /// <summary>Calls a special method found on the class with self and args; 0 when the class has none.</summary>
    private nint CallSpecial(nint self, string name, ReadOnlySpan<nint> args)
    {
        nint m = Lookup(name);
        if (m == 0)
        {
            return 0;
        }
        return CallBound(m, self, args);
    }

    private nint CallBound(nint m, nint self, ReadOnlySpan<nint> args)
    {
        nint t = Ob.Type(m);
        if (t == FunctionType.Instance.Address)
        {
            return MethodType.CallWithSelf(m, self, args, 0);
        }
        nint bound = Bind(m, self, Address);
        try
        {
            return Abstract.Call(bound, args, 0);
        }
        finally
        {
            Ob.Decref(bound);
        }
    }

    private nint CallSpecialOrThrow(nint self, string name, ReadOnlySpan<nint> args, Func<PyException> missing)
    {
        nint r = CallSpecial(self, name, args);
        if (r == 0)
        {
            throw missing();
        }
        return r;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        // type_call packs the arguments into a tuple (and a dict for keywords) that lives through __new__ and
        // __init__: each argument has one more reference there than in a plain function call.
        (nint heldArgs, nint heldKw) = HoldCallArguments(args, kwnames);
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        // slot_tp_init calls __init__ with the keyword dict, which vectorcall unpacks into a temporary array.
        for (int i = args.Length - nkw; i < args.Length; i++)
        {
            Ob.Incref(args[i]);
        }
        try
        {
            return ConstructInstance(args, kwnames);
        }
        finally
        {
            for (int i = args.Length - nkw; i < args.Length; i++)
            {
                Ob.Decref(args[i]);
            }
            Ob.Decref(heldArgs);
            Ob.XDecref(heldKw);
        }
    }

    /// <summary>The tuple of positional arguments and the dict of keyword arguments CPython's type_call builds.</summary>
    public static (nint Args, nint Kw) HoldCallArguments(ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        nint tuple = TupleType.New(npos);
        for (int i = 0; i < npos; i++)
        {
            TupleType.SetItemInit(tuple, i, Ob.NewRef(args[i]));
        }
        nint kw = 0;
        if (nkw > 0)
        {
            kw = DictType.New();
            for (int i = 0; i < nkw; i++)
            {
                DictType.Set(kw, TupleType.Item(kwnames, i), args[npos + i]);
            }
        }
        return (tuple, kw);
    }

    private nint ConstructInstance(ReadOnlySpan<nint> args, nint kwnames)
    {
        HotNames.Ensure();
        nint init = Lookup(HotNames.Init);
        nint userNew = Lookup(HotNames.New);
        if (init == 0 && userNew == 0 && args.Length > 0 && !IsException && !IsBuiltinLayout)
        {
            throw Errors.TypeError(Name + "() takes no arguments");
        }
        if (abstractMethods.Length > 0)
        {
            throw Errors.TypeError("Can't instantiate abstract class " + Name + " without an implementation for abstract method" +
                (abstractMethods.Length == 1 ? " " : "s ") + string.Join(", ", abstractMethods.Select(m => "'" + m + "'")));
        }
        nint o;
        if (userNew != 0)
        {
            // __new__ is an implicit static method: cls first, then the call's arguments.
            nint fn = Ob.Type(userNew) == StaticMethodType.Static.Address ? StaticMethodType.Callable(userNew) : userNew;
            o = MethodType.CallWithSelf(fn, Address, args, kwnames);
            if (!Ob.TypeOf(o).IsSubtypeOf(this))
            {
                return o; // not an instance of this class: __init__ is not called
            }
        }
        else if (IsBuiltinLayout)
        {
            if (BuiltinSubclassing.IsImmutable(builtinBase))
            {
                o = FromBuiltinValue(builtinBase.Construct(args, kwnames));
            }
            else
            {
                o = NewInstance();
                if (init == 0)
                {
                    try
                    {
                        BuiltinSubclassing.Init(builtinBase, o, args, kwnames);
                    }
                    catch
                    {
                        Ob.Decref(o);
                        throw;
                    }
                }
            }
        }
        else if (IsException)
        {
            if (kwnames != 0 && init == 0)
            {
                throw Errors.TypeError(Name + "() takes no keyword arguments");
            }
            int npos = args.Length - (kwnames == 0 ? 0 : (int)TupleType.Count(kwnames));
            o = ExceptionType.Alloc(this, args[..npos]);
        }
        else
        {
            o = NewInstance();
        }
        if (init != 0)
        {
            nint r;
            try
            {
                r = Ob.Type(init) == FunctionType.Instance.Address
                    ? MethodType.CallWithSelf(init, o, args, kwnames)
                    : CallBound(init, o, args);
            }
            catch
            {
                Ob.Decref(o);
                throw;
            }
            if (r != Singletons.None)
            {
                string tn = Ob.TypeOf(r).Name;
                Ob.Decref(r);
                Ob.Decref(o);
                throw Errors.TypeError("__init__() should return None, not '" + tn + "'");
            }
        }
        return o;
    }

    public override nint GetAttr(nint o, nint name)
    {
        HotNames.Ensure();
        nint ga = Lookup(HotNames.GetAttribute);
        if (ga == 0)
        {
            return GenericGetAttr(o, name);
        }
        try
        {
            return CallBound(ga, o, [name]);
        }
        catch (PyException e) when (e.PyType == ExceptionType.AttributeError && Lookup("__getattr__") != 0)
        {
            e.Release();
            return CallBound(Lookup("__getattr__"), o, [name]);
        }
    }

    /// <summary>object.__getattribute__ plus the __getattr__ fallback: a new reference, or 0 when absent.</summary>
    public nint GenericGetAttr(nint o, nint name)
    {
        HotNames.Ensure();
        if ((hasDict || IsException) && NameIs(name, HotNames.Dict))
        {
            nint d = EnsureDict(o);
            if (!IsException && Gc.IsInlineDict(d))
            {
                Gc.MaterializeInlineDict(d);
            }
            return Ob.NewRef(d);
        }
        if (hasWeakref && NameIs(name, HotNames.Weakref))
        {
            return Singletons.None;
        }
        nint attr = Lookup(name);
        if (attr != 0 && Ob.Type(attr) == PropertyType.Instance.Address)
        {
            return PropertyType.Get(attr, o);
        }
        if (attr != 0 && IsDataDescriptor(attr) && ((ClassType)Ob.TypeOf(attr)).Lookup("__get__") != 0)
        {
            return ((ClassType)Ob.TypeOf(attr)).DescrGet(attr, o, Address);
        }
        if (attr != 0 && Ob.Type(attr) == MemberDescriptorType.Instance.Address)
        {
            nint v = MemberDescriptorType.Get(attr, o);
            if (v == 0)
            {
                throw Errors.AttributeError("'" + Name + "' object has no attribute '" + StrObject.ToManaged(name) + "'");
            }
            return v;
        }
        nint dict = InstanceDict(o);
        if (dict != 0)
        {
            nint v = DictType.GetItemStr(dict, name);
            if (v != 0)
            {
                return Ob.NewRef(v);
            }
        }
        if (attr != 0)
        {
            return Bind(attr, o, Address);
        }
        nint builtin = TypeAttributes.GetViaMembers(builtinBase, o, name);
        if (builtin != 0)
        {
            return builtin;
        }
        HotNames.Ensure();
        nint ga = Lookup(HotNames.GetAttr);
        if (ga != 0)
        {
            return CallBound(ga, o, [name]);
        }
        return 0;
    }

    /// <summary>For LOAD_ATTR's method form: the plain function that o.name would bind, if that is what it finds.</summary>
    public nint LookupMethod(nint o, nint name)
    {
        nint attr = Lookup(name);
        HotNames.Ensure();
        if (attr == 0 || Ob.Type(attr) != FunctionType.Instance.Address || Lookup(HotNames.GetAttribute) != 0)
        {
            return 0;
        }
        nint dict = InstanceDict(o);
        return dict != 0 && DictType.GetItemStr(dict, name) != 0 ? 0 : attr;
    }

    /// <summary>name (a str) equals the interned k, without converting name to a .NET string (interned strs are unique per contents).</summary>
    private static bool NameIs(nint name, nint k) =>
        name == k || (!StrObject.IsInternedStr(name) && StrObject.EqualStr(name, k));

    private nint EnsureDict(nint o)
    {
        nint dict = InstanceDict(o);
        if (dict == 0)
        {
            if (IsException)
            {
                dict = DictType.New();
            }
            else
            {
                // Inline attribute values in CPython 3.12: no dict object the collector sees.
                Gc.SkipNextAllocation();
                dict = DictType.New();
                Gc.MarkInlineDict(dict);
            }
            *(nint*)(o + DictSlot) = dict;
        }
        return dict;
    }

    public override void SetAttr(nint o, nint name, nint value)
    {
        HotNames.Ensure();
        nint hook = Lookup(value == 0 ? HotNames.DelAttr : HotNames.SetAttr);
        if (hook != 0)
        {
            Ob.Decref(value == 0 ? CallBound(hook, o, [name]) : CallBound(hook, o, [name, value]));
            return;
        }
        GenericSetAttr(o, name, value);
    }

    /// <summary>object.__setattr__ / object.__delattr__ (value 0): descriptors, slots, then the instance dict.</summary>
    public void GenericSetAttr(nint o, nint name, nint value)
    {
        HotNames.Ensure();
        if (hasDict && !IsException && NameIs(name, HotNames.Dict))
        {
            if (value == 0)
            {
                throw Errors.TypeError("cannot delete __dict__");
            }
            if (!DictType.IsDictOrSubclass(value))
            {
                throw Errors.TypeError("__dict__ must be set to a dictionary, not a '" + Ob.TypeOf(value).Name + "'");
            }
            nint old = InstanceDict(o);
            *(nint*)(o + InstanceDictOffset) = Ob.NewRef(value);
            Ob.XDecref(old);
            return;
        }
        nint attr = Lookup(name);
        if (attr != 0 && Ob.Type(attr) == PropertyType.Instance.Address)
        {
            PropertyType.Set(attr, o, value, StrObject.ToManaged(name));
            return;
        }
        if (attr != 0 && Ob.TypeOf(attr) is ClassType dt)
        {
            nint hook = dt.Lookup(value == 0 ? "__delete__" : "__set__");
            if (hook != 0)
            {
                Ob.Decref(value == 0 ? dt.CallBound(hook, attr, [o]) : dt.CallBound(hook, attr, [o, value]));
                return;
            }
        }
        if (attr != 0 && Ob.Type(attr) == MemberDescriptorType.Instance.Address)
        {
            if (!MemberDescriptorType.Set(attr, o, value))
            {
                throw Errors.AttributeError("'" + Name + "' object has no attribute '" + StrObject.ToManaged(name) + "'");
            }
            return;
        }
        if (!hasDict && !IsException)
        {
            throw Errors.AttributeError("'" + Name + "' object has no attribute '" + StrObject.ToManaged(name) + "'");
        }
        if (value == 0)
        {
            nint dict = InstanceDict(o);
            if (dict == 0 || !DictType.Remove(dict, name))
            {
                throw Errors.AttributeError("'" + Name + "' object has no attribute '" + StrObject.ToManaged(name) + "'");
            }
            return;
        }
        DictType.Set(EnsureDict(o), name, value);
    }

    public override string Repr(nint o)
    {
        nint r = CallSpecial(o, "__repr__", []);
        if (r == 0)
        {
            return IsException ? ExceptionType.ReprOf(o, Name)
                : IsBuiltinLayout ? builtinBase.Repr(o)
                : "<" + (module == "builtins" ? "" : module + ".") + QualName + " object at 0x" + ((long)o).ToString("x") + ">";
        }
        return TextResult(r, "__repr__");
    }

    public override string Str(nint o)
    {
        nint r = CallSpecial(o, "__str__", []);
        return r != 0 ? TextResult(r, "__str__") : IsException ? ExceptionType.StrOf(o)
            : IsBuiltinLayout && Lookup("__repr__") == 0 ? builtinBase.Str(o) : Repr(o);
    }

    private static string TextResult(nint r, string what)
    {
        try
        {
            if (!StrObject.IsStr(r))
            {
                throw Errors.TypeError(what + " returned non-string (type " + Ob.TypeOf(r).Name + ")");
            }
            return StrObject.ToManaged(r);
        }
        finally
        {
            Ob.Decref(r);
        }
    }

    public override long Hash(nint o)
    {
        nint h = Lookup("__hash__");
        if (h == Singletons.None || (h == 0 && Lookup("__eq__") != 0))
        {
            throw Errors.TypeError("unhashable type: '" + Name + "'");
        }
        if (h == 0)
        {
            return IsBuiltinLayout ? builtinBase.Hash(o) : base.Hash(o);
        }
        nint r = CallBound(h, o, []);
        try
        {
            if (!IntType.IsInt(r))
            {
                throw Errors.TypeError("__hash__ method should return an integer");
            }
            // slot_tp_hash: a value that fits in Py_hash_t is the hash itself (-1 becomes -2), else hash(value).
            if (IntType.TryGetLong(r, out long v))
            {
                return v == -1 ? -2 : v;
            }
            return Abstract.Hash(r);
        }
        finally
        {
            Ob.Decref(r);
        }
    }

    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        nint r = CallSpecial(a, CompareNames[(int)op], [b]);
        if (r == 0 && op == CompareOp.Ne && Lookup("__eq__") != 0)
        {
            nint eq = CallSpecial(a, "__eq__", [b]);
            if (eq == Singletons.NotImplemented)
            {
                return 0;
            }
            bool t = Abstract.IsTrue(eq);
            Ob.Decref(eq);
            return BoolObject.NewRef(!t);
        }
        if (r == 0)
        {
            return IsBuiltinLayout && Ob.TypeOf(a).IsSubtypeOf(this) ? builtinBase.RichCompare(a, b, op) : ObjectType.Instance.RichCompare(a, b, op);
        }
        if (r == Singletons.NotImplemented)
        {
            return 0;
        }
        return r;
    }

    private static readonly string[] OpNames =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
    private static readonly string[] OpDunder = OpNames.Select(n => "__" + n + "__").ToArray();
    private static readonly string[] OpIDunder = OpNames.Select(n => "__i" + n + "__").ToArray();
    private static readonly string[] OpRDunder = OpNames.Select(n => "__r" + n + "__").ToArray();

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        bool inplace = op >= BinaryOp.InplaceAdd;
        int opIndex = inplace ? op - BinaryOp.InplaceAdd : (int)op;
        nint r;
        if (Ob.TypeOf(a) is ClassType ta && ta.IsSubtypeOf(this))
        {
            string name = inplace ? OpIDunder[opIndex] : OpDunder[opIndex];
            if (IsBuiltinLayout && ta.Lookup(name) == 0)
            {
                return builtinBase.Binary(op, a, b);
            }
            r = ta.CallSpecial(a, name, [b]);
        }
        else if (!inplace)
        {
            if (IsBuiltinLayout && Lookup(OpRDunder[opIndex]) == 0)
            {
                return builtinBase.Binary(op, a, b);
            }
            r = CallSpecial(b, OpRDunder[opIndex], [a]);
        }
        else
        {
            return 0;
        }
        return r == Singletons.NotImplemented ? DropNotImplemented(r) : r;
    }

    private static nint DropNotImplemented(nint r)
    {
        Ob.Decref(r);
        return 0;
    }

    public override nint Negative(nint o) => IsBuiltinLayout && Lookup("__neg__") == 0 ? builtinBase.Negative(o)
        : CallSpecialOrThrow(o, "__neg__", [], () => Errors.TypeError("bad operand type for unary -: '" + Name + "'"));
    public override nint Positive(nint o) => IsBuiltinLayout && Lookup("__pos__") == 0 ? builtinBase.Positive(o)
        : CallSpecialOrThrow(o, "__pos__", [], () => Errors.TypeError("bad operand type for unary +: '" + Name + "'"));
    public override nint Invert(nint o) => IsBuiltinLayout && Lookup("__invert__") == 0 ? builtinBase.Invert(o)
        : CallSpecialOrThrow(o, "__invert__", [], () => Errors.TypeError("bad operand type for unary ~: '" + Name + "'"));

    public override bool? Bool(nint o)
    {
        nint r = CallSpecial(o, "__bool__", []);
        if (r != 0)
        {
            if (Ob.Type(r) != BoolType.Instance.Address)
            {
                string tn = Ob.TypeOf(r).Name;
                Ob.Decref(r);
                throw Errors.TypeError("__bool__ should return bool, returned " + tn);
            }
            return r == BoolObject.True;
        }
        if (Lookup("__len__") != 0)
        {
            return Length(o) != 0;
        }
        return IsBuiltinLayout ? builtinBase.Bool(o) : null;
    }

    public override long Length(nint o)
    {
        nint r = CallSpecial(o, "__len__", []);
        if (r == 0)
        {
            return IsBuiltinLayout ? builtinBase.Length(o) : -1;
        }
        try
        {
            if (!IntType.IsInt(r))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(r).Name + "' object cannot be interpreted as an integer");
            }
            long n = Sequence.IndexArg(r);
            if (n < 0)
            {
                throw Errors.ValueError("__len__() should return >= 0");
            }
            return n;
        }
        finally
        {
            Ob.Decref(r);
        }
    }

    public override nint GetItem(nint o, nint key)
    {
        if (IsBuiltinLayout && Lookup("__getitem__") == 0)
        {
            if (builtinBase == DictType.Instance && Lookup("__missing__") != 0)
            {
                // dict_subscript: a missing key goes to __missing__.
                nint v = DictType.Get(o, key);
                return v != 0 ? Ob.NewRef(v) : CallSpecial(o, "__missing__", [key]);
            }
            return builtinBase.GetItem(o, key);
        }
        return CallSpecialOrThrow(o, "__getitem__", [key], () => Errors.TypeError("'" + Name + "' object is not subscriptable"));
    }

    public override void SetItem(nint o, nint key, nint value)
    {
        if (IsBuiltinLayout && Lookup("__setitem__") == 0)
        {
            builtinBase.SetItem(o, key, value);
            return;
        }
        Ob.Decref(CallSpecialOrThrow(o, "__setitem__", [key, value], () => Errors.TypeError("'" + Name + "' object does not support item assignment")));
    }

    public override void DelItem(nint o, nint key)
    {
        if (IsBuiltinLayout && Lookup("__delitem__") == 0)
        {
            builtinBase.DelItem(o, key);
            return;
        }
        Ob.Decref(CallSpecialOrThrow(o, "__delitem__", [key], () => Errors.TypeError("'" + Name + "' object does not support item deletion")));
    }

    public override bool? Contains(nint o, nint item)
    {
        nint r = CallSpecial(o, "__contains__", [item]);
        if (r == 0)
        {
            return IsBuiltinLayout ? builtinBase.Contains(o, item) : null;
        }
        bool t = Abstract.IsTrue(r);
        Ob.Decref(r);
        return t;
    }

    public override nint Iter(nint o)
    {
        nint r = CallSpecial(o, "__iter__", []);
        if (r != 0)
        {
            return r;
        }
        if (IsBuiltinLayout)
        {
            return builtinBase.Iter(o);
        }
        if (Lookup("__getitem__") != 0)
        {
            return SequenceIterType.New(o);
        }
        throw Errors.TypeError("'" + Name + "' object is not iterable");
    }

    public override nint IterNext(nint o)
    {
        try
        {
            return CallSpecialOrThrow(o, "__next__", [], () => Errors.TypeError("'" + Name + "' object is not an iterator"));
        }
        catch (PyException e) when (e.PyType == ExceptionType.StopIteration)
        {
            e.Release();
            return 0;
        }
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint m = Lookup("__call__");
        if (m == 0)
        {
            throw Errors.TypeError("'" + Name + "' object is not callable");
        }
        return Ob.Type(m) == FunctionType.Instance.Address ? MethodType.CallWithSelf(m, callable, args, kwnames) : CallBound(m, callable, args);
    }
}
