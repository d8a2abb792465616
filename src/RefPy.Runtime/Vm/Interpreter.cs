// Mirrors CPython Python/ceval.c and Python/bytecodes.c: the evaluation loop.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

/// <summary>
/// Runs code objects. Each frame's locals and value stack live in an unmanaged data stack (like CPython's
/// datastack chunks), so a Python call allocates nothing on the .NET heap. Every stack slot and local holds
/// a strong reference, counted exactly as CPython 3.12 counts it: calls move their arguments into the
/// callee's locals, FOR_ITER drops the iterator when exhausted, a returning frame releases its locals in
/// slot order.
/// </summary>
internal static unsafe partial class Interpreter
{
    public const int DefaultRecursionLimit = 1000;
    private const long DataStackSlots = 4 * 1024 * 1024;

    private static nint* dataStack;
    private static nint* dataTop;
    private static nint* dataEnd;
    private static int depth;
    public static int RecursionLimit = DefaultRecursionLimit;

    /// <summary>The innermost running frame (for exec/globals and tracebacks).</summary>
    internal static FrameState* Current;

    internal struct FrameState
    {
        public FrameState* Back;
        public nint Globals;
        public nint Builtins;
        public nint Locals;     // dict for module-level code, else 0
        public nint* Fast;
        public nint Code;
    }

    public static void Initialize()
    {
        dataStack = (nint*)NativeMemory.AllocZeroed((nuint)(DataStackSlots * sizeof(nint)));
        dataTop = dataStack;
        dataEnd = dataStack + DataStackSlots;
        depth = 0;
        Current = null;
        handled = 0;
    }

    public static void Shutdown()
    {
        if (dataStack != null)
        {
            NativeMemory.Free(dataStack);
            dataStack = null;
        }
    }

    /// <summary>Runs module-level code with the given globals and locals dicts. Returns a new reference.</summary>
    public static nint RunCode(nint code, nint globals, nint locals)
    {
        nint builtins = Runtime.Current.BuiltinsDict;
        return Execute(code, globals, builtins, locals, 0, null, 0, false, 0);
    }

    /// <summary>Calls a Python function. args are borrowed.</summary>
    public static nint CallFunction(nint func, ReadOnlySpan<nint> args, nint kwnames)
    {
        fixed (nint* p = args)
        {
            return CallPy(func, p, args.Length, kwnames, false);
        }
    }

    /// <summary>
    /// Calls a Python function. With steal, the references in args (and to func) pass to the callee frame,
    /// which releases them; otherwise they are borrowed.
    /// </summary>
    private static nint CallPy(nint func, nint* args, int nargs, nint kwnames, bool steal)
    {
        nint code = FunctionType.Code(func);
        CodeInfo info = CodeType.Info(code);
        int nlocals = info.NLocals;
        if (dataTop + nlocals + info.StackSize + 8 >= dataEnd || depth >= RecursionLimit)
        {
            if (steal)
            {
                for (int i = 0; i < nargs; i++)
                {
                    Ob.Decref(args[i]);
                }
                Ob.Decref(func);
            }
            throw Errors.RecursionError("maximum recursion depth exceeded");
        }
        nint* fast = dataTop;
        new Span<nint>(fast, nlocals).Clear();
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = nargs - nkw;
        try
        {
            BindArguments(func, info, fast, args, npos, nkw, kwnames, steal);
        }
        catch
        {
            for (int i = 0; i < nlocals; i++)
            {
                Ob.XDecref(fast[i]);
            }
            if (steal)
            {
                Ob.Decref(func);
            }
            throw;
        }
        if (!steal)
        {
            Ob.Incref(func);
        }
        return Execute(code, FunctionType.Globals(func), FunctionType.Builtins(func), 0, func, fast, nlocals, true, 0);
    }

    /// <summary>DICT_MERGE for f(**m): copies m's items into the call's keyword dict, refusing duplicates.</summary>
    private static void MergeKeywords(nint func, nint dict, nint other)
    {
        if (Ob.Type(other) != DictType.Instance.Address)
        {
            throw Errors.TypeError(CallableName(func) + " argument after ** must be a mapping, not " + Ob.TypeOf(other).Name);
        }
        long pos = 0;
        while (DictType.Next(other, ref pos, out nint k, out nint v))
        {
            if (!StrObject.IsStr(k))
            {
                throw Errors.TypeError("keywords must be strings");
            }
            if (DictType.GetItemStr(dict, k) != 0)
            {
                throw Errors.TypeError(CallableName(func) + " got multiple values for keyword argument '" + StrObject.ToManaged(k) + "'");
            }
            DictType.Set(dict, k, v);
        }
    }

    /// <summary>_PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins), else repr.</summary>
    private static string CallableName(nint func)
    {
        PyType t = Ob.TypeOf(func);
        nint qn = t.GetAttr(func, StrObject.Intern("__qualname__"));
        if (qn == 0 || !StrObject.IsStr(qn))
        {
            Ob.XDecref(qn);
            return Abstract.ReprString(func);
        }
        string qualName = StrObject.ToManaged(qn);
        Ob.Decref(qn);
        nint mod = t.GetAttr(func, StrObject.Intern("__module__"));
        string? module = mod != 0 && StrObject.IsStr(mod) ? StrObject.ToManaged(mod) : null;
        Ob.XDecref(mod);
        return module is null or "builtins" ? qualName + "()" : module + "." + qualName + "()";
    }

    /// <summary>
    /// Whether o's type supports iteration itself, so a TypeError from iterating it is the program's own error
    /// (CPython only rewrites the message when the object has no __iter__ and is not a sequence).
    /// </summary>
    private static bool DefinesIteration(nint o) =>
        Ob.TypeOf(o) is ClassType ct && (ct.Lookup("__iter__") != 0 || ct.Lookup("__getitem__") != 0) ||
        Ob.Type(o) == GeneratorType.Instance.Address;

    /// <summary>CALL_FUNCTION_EX: callargs is any iterable, kwargs a dict or 0; all borrowed.</summary>
    private static nint CallEx(nint callable, nint callargs, nint kwargs)
    {
        // Takes the references to callable, callargs and kwargs. As in CPython 3.12, the argument tuple and
        // keyword dict are released before a Python function's frame runs: the callee holds its arguments.
        nint tuple;
        if (Ob.Type(callargs) == TupleType.Instance.Address)
        {
            tuple = callargs;
        }
        else
        {
            nint list;
            try
            {
                list = Abstract.SequenceToList(callargs);
            }
            catch (PyException e) when (e.PyType == ExceptionType.TypeError && !DefinesIteration(callargs))
            {
                e.Release();
                string message = CallableName(callable) + " argument after * must be an iterable, not " + Ob.TypeOf(callargs).Name;
                Ob.Decref(callargs);
                Ob.XDecref(kwargs);
                Ob.Decref(callable);
                throw Errors.TypeError(message);
            }
            catch
            {
                Ob.Decref(callargs);
                Ob.XDecref(kwargs);
                Ob.Decref(callable);
                throw;
            }
            Ob.Decref(callargs);
            tuple = ListType.ToTuple(list);
            Ob.Decref(list);
        }
        int npos = (int)TupleType.Count(tuple);
        int nkw = kwargs == 0 ? 0 : (int)DictType.Used(kwargs);
        nint[] all = new nint[npos + nkw];
        for (int i = 0; i < npos; i++)
        {
            all[i] = Ob.NewRef(TupleType.Item(tuple, i));
        }
        nint kwnames = 0;
        if (nkw > 0)
        {
            kwnames = TupleType.New(nkw);
            long pos = 0;
            int j = 0;
            while (DictType.Next(kwargs, ref pos, out nint k, out nint v))
            {
                TupleType.SetItemInit(kwnames, j, Ob.NewRef(k));
                all[npos + j] = Ob.NewRef(v);
                j++;
            }
        }
        Ob.Decref(tuple);
        Ob.XDecref(kwargs);
        try
        {
            if (Ob.Type(callable) == FunctionType.Instance.Address)
            {
                fixed (nint* p = all)
                {
                    return CallPy(callable, p, all.Length, kwnames, true);
                }
            }
            try
            {
                return Ob.TypeOf(callable).Call(callable, all, kwnames);
            }
            finally
            {
                foreach (nint a in all)
                {
                    Ob.Decref(a);
                }
                Ob.Decref(callable);
            }
        }
        finally
        {
            Ob.XDecref(kwnames);
        }
    }


    /// <summary>Runs a class body (a function without arguments) with ns as its locals; returns its result (the __class__ cell or None).</summary>
    public static nint RunClassBody(nint func, nint ns)
    {
        nint code = FunctionType.Code(func);
        CodeInfo info = CodeType.Info(code);
        int nlocals = info.NLocals;
        if (dataTop + nlocals + info.StackSize + 8 >= dataEnd || depth >= RecursionLimit)
        {
            throw Errors.RecursionError("maximum recursion depth exceeded");
        }
        nint* fast = dataTop;
        new Span<nint>(fast, nlocals).Clear();
        Ob.Incref(func);
        return Execute(code, FunctionType.Globals(func), FunctionType.Builtins(func), ns, func, fast, nlocals, true, 0);
    }

    /// <summary>locals(): the locals dict of module/class code, or a new dict of a function's bound locals.</summary>
    public static nint LocalsOfCurrentFrame()
    {
        FrameState* f = Current;
        if (f == null)
        {
            throw Errors.RuntimeError("no current frame");
        }
        if (f->Locals != 0)
        {
            return Ob.NewRef(f->Locals);
        }
        CodeInfo info = CodeType.Info(f->Code);
        nint d = DictType.New();
        int cells = info.NLocals - info.FreeCount;
        for (int i = 0; i < info.NLocals; i++)
        {
            nint v = f->Fast[i];
            if (v != 0 && Ob.Type(v) == CellType.Instance.Address && (i >= cells || info.CellCount > 0))
            {
                v = CellType.Get(v);
            }
            if (v != 0)
            {
                DictType.Set(d, StrObject.Intern(info.VarNames[i]), v);
            }
        }
        return d;
    }

    /// <summary>Zero-argument super(): the __class__ cell and the first argument of the calling frame.</summary>
    public static (nint Type, nint Obj) SuperArguments()
    {
        FrameState* f = Current;
        if (f == null)
        {
            throw Errors.RuntimeError("super(): no current frame");
        }
        CodeInfo info = CodeType.Info(f->Code);
        if (info.ArgCount == 0 || f->Fast[0] == 0)
        {
            throw Errors.RuntimeError("super(): no arguments");
        }
        nint first = f->Fast[0];
        if (Ob.Type(first) == CellType.Instance.Address && info.CellCount > 0)
        {
            first = CellType.Get(first);
        }
        int idx = Array.LastIndexOf(info.VarNames, "__class__");
        if (idx < info.NLocals - info.FreeCount)
        {
            throw Errors.RuntimeError("super(): __class__ cell not found");
        }
        nint cls = CellType.Get(f->Fast[idx]);
        if (cls == 0)
        {
            throw Errors.RuntimeError("super(): empty __class__ cell");
        }
        return (cls, first);
    }

    private static void BindArguments(nint func, CodeInfo info, nint* fast, nint* args, int npos, int nkw, nint kwnames, bool steal)
    {
        int argcount = info.ArgCount;
        if (nkw == 0 && npos == argcount && info.KwOnlyArgCount == 0 && !info.HasVarArgs && !info.HasVarKeywords)
        {
            // The common call: exactly the positional parameters.
            for (int k = 0; k < npos; k++)
            {
                fast[k] = steal ? args[k] : Ob.NewRef(args[k]);
            }
            return;
        }
        int i = 0;
        // Positional arguments.
        for (; i < npos && i < argcount; i++)
        {
            fast[i] = steal ? args[i] : Ob.NewRef(args[i]);
        }
        int varSlot = argcount + info.KwOnlyArgCount;
        int kwSlot = varSlot + (info.HasVarArgs ? 1 : 0);
        if (npos > argcount && info.HasVarArgs)
        {
            nint extra = TupleType.New(npos - argcount);
            for (int k = argcount; k < npos; k++)
            {
                TupleType.SetItemInit(extra, k - argcount, steal ? args[k] : Ob.NewRef(args[k]));
            }
            fast[varSlot] = extra;
        }
        else if (npos > argcount)
        {
            if (steal)
            {
                for (int k = argcount; k < npos + nkw; k++)
                {
                    Ob.Decref(args[k]);
                }
            }
            nint defaults0 = FunctionType.Defaults(func);
            int ndef0 = defaults0 == 0 ? 0 : (int)TupleType.Count(defaults0);
            string takes = ndef0 > 0
                ? "from " + (argcount - ndef0) + " to " + argcount + " positional arguments"
                : argcount + " positional argument" + (argcount == 1 ? "" : "s");
            throw Errors.TypeError(info.QualName + "() takes " + takes + " but " + npos + (npos == 1 ? " was" : " were") + " given");
        }
        // Keyword arguments.
        for (int k = 0; k < nkw; k++)
        {
            nint name = TupleType.Item(kwnames, k);
            nint value = args[npos + k];
            int slot = -1;
            for (int j = info.PosOnlyArgCount; j < argcount + info.KwOnlyArgCount; j++)
            {
                nint vn = TupleType.Item(info.VarNamesTuple, j);
                if (vn == name || StrObject.EqualStr(vn, name))
                {
                    slot = j;
                    break;
                }
            }
            if (slot < 0 && info.HasVarKeywords)
            {
                if (fast[kwSlot] == 0)
                {
                    fast[kwSlot] = DictType.New();
                }
                if (DictType.GetItemStr(fast[kwSlot], name) != 0)
                {
                    if (steal)
                    {
                        for (int m = npos + k; m < npos + nkw; m++)
                        {
                            Ob.Decref(args[m]);
                        }
                    }
                    throw Errors.TypeError(info.QualName + "() got multiple values for keyword argument '" + StrObject.ToManaged(name) + "'");
                }
                DictType.Set(fast[kwSlot], name, value);
                if (steal)
                {
                    Ob.Decref(value);
                }
                continue;
            }
            if (slot < 0)
            {
                if (steal)
                {
                    for (int m = npos + k; m < npos + nkw; m++)
                    {
                        Ob.Decref(args[m]);
                    }
                }
                string kwName = StrObject.ToManaged(name);
                if (Array.IndexOf(info.VarNames, kwName, 0, info.PosOnlyArgCount) >= 0)
                {
                    var posOnly = new List<string>();
                    for (int m = 0; m < nkw; m++)
                    {
                        string kn = StrObject.ToManaged(TupleType.Item(kwnames, m));
                        if (Array.IndexOf(info.VarNames, kn, 0, info.PosOnlyArgCount) >= 0)
                        {
                            posOnly.Add(kn);
                        }
                    }
                    throw Errors.TypeError(info.QualName + "() got some positional-only arguments passed as keyword arguments: '" + string.Join(", ", posOnly) + "'");
                }
                throw Errors.TypeError(info.QualName + "() got an unexpected keyword argument '" + kwName + "'");
            }
            if (fast[slot] != 0)
            {
                if (steal)
                {
                    for (int m = npos + k; m < npos + nkw; m++)
                    {
                        Ob.Decref(args[m]);
                    }
                }
                throw Errors.TypeError(info.QualName + "() got multiple values for argument '" + info.VarNames[slot] + "'");
            }
            fast[slot] = steal ? value : Ob.NewRef(value);
        }
        if (info.HasVarArgs && fast[varSlot] == 0)
        {
            fast[varSlot] = TupleType.New(0);
        }
        if (info.HasVarKeywords && fast[kwSlot] == 0)
        {
            fast[kwSlot] = DictType.New();
        }
        // Defaults for what is still missing.
        nint defaults = FunctionType.Defaults(func);
        int ndef = defaults == 0 ? 0 : (int)TupleType.Count(defaults);
        List<string>? missing = null;
        for (int j = 0; j < argcount; j++)
        {
            if (fast[j] != 0)
            {
                continue;
            }
            int d = j - (argcount - ndef);
            if (d >= 0)
            {
                fast[j] = Ob.NewRef(TupleType.Item(defaults, d));
            }
            else
            {
                (missing ??= new List<string>()).Add(info.VarNames[j]);
            }
        }
        nint kwdefaults = FunctionType.KwDefaults(func);
        for (int j = argcount; j < argcount + info.KwOnlyArgCount; j++)
        {
            if (fast[j] == 0)
            {
                nint v = kwdefaults == 0 ? 0 : DictType.Get(kwdefaults, TupleType.Item(info.VarNamesTuple, j));
                if (v == 0)
                {
                    throw Errors.TypeError(info.QualName + "() missing 1 required keyword-only argument: '" + info.VarNames[j] + "'");
                }
                fast[j] = Ob.NewRef(v);
            }
        }
        if (missing is not null)
        {
            string names = missing.Count == 1 ? "'" + missing[0] + "'"
                : string.Join(", ", missing.Take(missing.Count - 1).Select(m => "'" + m + "'")) + (missing.Count > 2 ? "," : "") + " and '" + missing[^1] + "'";
            throw Errors.TypeError(info.QualName + "() missing " + missing.Count + " required positional argument" + (missing.Count == 1 ? "" : "s") + ": " + names);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint NameOf(CodeInfo info, int i) => TupleType.Item(info.Names, i);

    private static PyException UnboundDeref(CodeInfo info, int slot)
    {
        string n = info.VarNames[slot];
        return slot >= info.NLocals - info.FreeCount
            ? Errors.NameError("cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope")
            : Errors.UnboundLocalError("cannot access local variable '" + n + "' where it is not associated with a value");
    }

    private static PyException NameError(nint name) => Suggestions.NameError(name);

    /// <summary>
    /// The evaluation loop for one frame. For function frames, fast holds the bound arguments (owned) and
    /// func is owned by the frame; both are released when the frame ends.
    /// </summary>
    private static nint Execute(nint code, nint globals, nint builtins, nint locals, nint func, nint* fast, int nlocals, bool isFunctionFrame, nint gen)
    {
        CodeInfo info = CodeType.Info(code);
        if (!isFunctionFrame)
        {
            fast = dataTop;
            nlocals = info.NLocals;
            if (dataTop + nlocals + info.StackSize + 8 >= dataEnd || depth >= RecursionLimit)
            {
                throw Errors.RecursionError("maximum recursion depth exceeded");
            }
            new Span<nint>(fast, nlocals).Clear();
        }
        nint* stackBase = fast + nlocals;
        nint* sp = stackBase;
        nint* savedTop = dataTop;
        dataTop = stackBase + info.StackSize + 1;
        depth++;
        FrameState frame;
        frame.Back = Current;
        frame.Globals = globals;
        frame.Builtins = builtins;
        frame.Locals = locals;
        frame.Fast = fast;
        frame.Code = code;
        Current = &frame;
        int pc = 0;
        if (gen != 0)
        {
            // Resuming a generator: its slots are already back in place; push what was sent.
            pc = GeneratorType.Pc(gen);
            sp = stackBase + (nint)GeneratorType.Depth(gen);
            *sp++ = generatorSent;
            generatorSent = 0;
        }
        nint kwnames = 0;
        nint* consts = TupleType.Items(info.Consts);
        try
        {
            fixed (int* instrs = info.Instructions)
            {
                while (true)
                {
                    if (Gc.Pending)
                    {
                        Gc.RunPending(); // RESUME checks the eval breaker
                    }
                    try
                    {
                        if (generatorThrow is not null && gen != 0)
                        {
                            PyException t = generatorThrow;
                            generatorThrow = null;
                            throw t;
                        }
                        while (true)
                        {
                            int word = instrs[pc++];
                            int arg = word >> 8;
                            switch ((OpCode)(word & 0xFF))
                            {
                                case OpCode.Nop:
                                    break;
                                case OpCode.PopTop:
                                    Ob.XDecref(*--sp);
                                    break;
                                case OpCode.PushNull:
                                    *sp++ = 0;
                                    break;
                                case OpCode.Copy:
                                    *sp = Ob.NewRef(sp[-arg]);
                                    sp++;
                                    break;
                                case OpCode.Swap:
                                    (sp[-1], sp[-arg]) = (sp[-arg], sp[-1]);
                                    break;
                                case OpCode.LoadConst:
                                    *sp++ = Ob.NewRef(consts[arg]);
                                    break;
                                case OpCode.ReturnConst:
                                    return Ob.NewRef(consts[arg]);
                                case OpCode.ReturnValue:
                                    return *--sp;
                                case OpCode.LoadFast:
                                {
                                    nint v = fast[arg];
                                    if (v == 0)
                                    {
                                        throw Errors.UnboundLocalError("cannot access local variable '" + info.VarNames[arg] + "' where it is not associated with a value");
                                    }
                                    Ob.Incref(v);
                                    *sp++ = v;
                                    break;
                                }
                                case OpCode.StoreFast:
                                {
                                    nint old = fast[arg];
                                    fast[arg] = *--sp;
                                    Ob.XDecref(old);
                                    break;
                                }
                                case OpCode.DeleteFast:
                                {
                                    nint old = fast[arg];
                                    if (old == 0)
                                    {
                                        throw Errors.UnboundLocalError("cannot access local variable '" + info.VarNames[arg] + "' where it is not associated with a value");
                                    }
                                    fast[arg] = 0;
                                    Ob.Decref(old);
                                    break;
                                }
                                case OpCode.LoadName:
                                {
                                    nint name = NameOf(info, arg);
                                    nint v = DictType.GetItemStr(locals, name);
                                    if (v == 0 && locals != globals)
                                    {
                                        v = DictType.GetItemStr(globals, name);
                                    }
                                    if (v == 0)
                                    {
                                        v = DictType.GetItemStr(builtins, name);
                                    }
                                    if (v == 0)
                                    {
                                        throw NameError(name);
                                    }
                                    *sp++ = Ob.NewRef(v);
                                    break;
                                }
                                case OpCode.StoreName:
                                {
                                    nint v = *--sp;
                                    try
                                    {
                                        DictType.Set(locals, NameOf(info, arg), v);
                                    }
                                    finally
                                    {
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.DeleteName:
                                {
                                    nint name = NameOf(info, arg);
                                    if (!DictType.Remove(locals, name))
                                    {
                                        throw NameError(name);
                                    }
                                    break;
                                }
                                case OpCode.LoadGlobal:
                                {
                                    nint name = NameOf(info, arg >> 1);
                                    nint v = GlobalCache.Lookup(info, pc - 1, globals, builtins, name);
                                    if (v == 0)
                                    {
                                        throw NameError(name);
                                    }
                                    if ((arg & 1) != 0)
                                    {
                                        *sp++ = 0;
                                    }
                                    *sp++ = Ob.NewRef(v);
                                    break;
                                }
                                case OpCode.StoreGlobal:
                                {
                                    nint v = *--sp;
                                    try
                                    {
                                        DictType.Set(globals, NameOf(info, arg), v);
                                    }
                                    finally
                                    {
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.DeleteGlobal:
                                {
                                    nint name = NameOf(info, arg);
                                    if (!DictType.Remove(globals, name))
                                    {
                                        throw NameError(name);
                                    }
                                    break;
                                }
                                case OpCode.LoadAttr:
                                {
                                    nint owner = sp[-1];
                                    nint name = NameOf(info, arg >> 1);
                                    if ((arg & 1) != 0)
                                    {
                                        // Method load: push (descriptor, self) when the type has a method, else (NULL, attr).
                                        PyType t = Ob.TypeOf(owner);
                                        if (t is ClassType ct)
                                        {
                                            nint fn = ct.LookupMethod(owner, name);
                                            if (fn != 0)
                                            {
                                                sp[-1] = Ob.NewRef(fn);
                                                *sp++ = owner;
                                                break;
                                            }
                                        }
                                        else if (t is not TypeType && t is not ModuleType && t is not SuperType)
                                        {
                                            TypeMember? m = t.FindMember(name);
                                            if (m is not null && m.Method is not null && m.Descriptor != 0)
                                            {
                                                sp[-1] = Ob.NewRef(m.Descriptor);
                                                *sp++ = owner;
                                                break;
                                            }
                                        }
                                        nint attr = Abstract.GetAttr(owner, name);
                                        sp[-1] = 0;
                                        *sp++ = attr;
                                        Ob.Decref(owner);
                                        break;
                                    }
                                    nint value = Abstract.GetAttr(owner, name);
                                    sp[-1] = value;
                                    Ob.Decref(owner);
                                    break;
                                }
                                case OpCode.StoreAttr:
                                {
                                    nint owner = sp[-1];
                                    nint value = sp[-2];
                                    Ob.TypeOf(owner).SetAttr(owner, NameOf(info, arg), value);
                                    sp -= 2;
                                    Ob.Decref(owner);
                                    Ob.Decref(value);
                                    break;
                                }
                                case OpCode.BinaryOp:
                                {
                                    nint right = sp[-1];
                                    nint left = sp[-2];
                                    if ((arg == (int)BinaryOp.Add || arg == (int)BinaryOp.InplaceAdd) && Ob.RefCnt(left) == 2 &&
                                        TryAppendInPlace(left, right, instrs[pc], fast, locals, globals, info) is var appended && appended != 0)
                                    {
                                        // s += t where s is about to be stored back: the variable's reference was dropped and s grew in place.
                                        sp--;
                                        sp[-1] = appended;
                                        Ob.Decref(right);
                                        break;
                                    }
                                    nint res = FastBinary((BinaryOp)arg, left, right);
                                    if (res == 0)
                                    {
                                        res = Abstract.BinaryOp((BinaryOp)arg, left, right);
                                    }
                                    sp--;
                                    sp[-1] = res;
                                    Ob.Decref(left);
                                    Ob.Decref(right);
                                    break;
                                }
                                case OpCode.UnaryNegative:
                                {
                                    nint v = sp[-1];
                                    sp[-1] = Ob.TypeOf(v).Negative(v);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.UnaryPositive:
                                {
                                    nint v = sp[-1];
                                    sp[-1] = Ob.TypeOf(v).Positive(v);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.UnaryInvert:
                                {
                                    nint v = sp[-1];
                                    sp[-1] = Ob.TypeOf(v).Invert(v);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.UnaryNot:
                                {
                                    nint v = sp[-1];
                                    bool t = Abstract.IsTrue(v);
                                    sp[-1] = BoolObject.NewRef(!t);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.CompareOp:
                                {
                                    nint right = sp[-1];
                                    nint left = sp[-2];
                                    nint res;
                                    if (Ob.Type(left) == IntType.Instance.Address && Ob.Type(right) == IntType.Instance.Address &&
                                        IntType.TryGetLong(left, out long x) && IntType.TryGetLong(right, out long y))
                                    {
                                        res = BoolObject.NewRef(Compare.Holds(x.CompareTo(y), (CompareOp)arg));
                                    }
                                    else
                                    {
                                        res = Abstract.RichCompare(left, right, (CompareOp)arg);
                                    }
                                    sp--;
                                    sp[-1] = res;
                                    Ob.Decref(left);
                                    Ob.Decref(right);
                                    break;
                                }
                                case OpCode.IsOp:
                                {
                                    nint right = *--sp;
                                    nint left = sp[-1];
                                    bool r = (left == right) ^ (arg != 0);
                                    sp[-1] = BoolObject.NewRef(r);
                                    Ob.Decref(left);
                                    Ob.Decref(right);
                                    break;
                                }
                                case OpCode.ContainsOp:
                                {
                                    nint right = sp[-1];
                                    nint left = sp[-2];
                                    bool r = Abstract.Contains(right, left) ^ (arg != 0);
                                    sp--;
                                    sp[-1] = BoolObject.NewRef(r);
                                    Ob.Decref(left);
                                    Ob.Decref(right);
                                    break;
                                }
                                case OpCode.BinarySubscr:
                                {
                                    nint key = sp[-1];
                                    nint container = sp[-2];
                                    nint res;
                                    if (Ob.Type(container) == ListType.Instance.Address && IntType.IsInt(key) && IntType.TryGetLong(key, out long li) &&
                                        (ulong)li < (ulong)ListType.Count(container))
                                    {
                                        res = Ob.NewRef(ListType.Item(container, li));
                                    }
                                    else if (Ob.Type(container) == TupleType.Instance.Address && IntType.IsInt(key) && IntType.TryGetLong(key, out long ti) &&
                                        (ulong)ti < (ulong)TupleType.Count(container))
                                    {
                                        res = Ob.NewRef(TupleType.Item(container, ti));
                                    }
                                    else
                                    {
                                        res = Ob.TypeOf(container).GetItem(container, key);
                                    }
                                    sp--;
                                    sp[-1] = res;
                                    Ob.Decref(container);
                                    Ob.Decref(key);
                                    break;
                                }
                                case OpCode.StoreSubscr:
                                {
                                    // stack: value, container, key
                                    nint key = sp[-1];
                                    nint container = sp[-2];
                                    nint value = sp[-3];
                                    Ob.TypeOf(container).SetItem(container, key, value);
                                    sp -= 3;
                                    Ob.Decref(value);
                                    Ob.Decref(container);
                                    Ob.Decref(key);
                                    break;
                                }
                                case OpCode.DeleteSubscr:
                                {
                                    nint key = sp[-1];
                                    nint container = sp[-2];
                                    Ob.TypeOf(container).DelItem(container, key);
                                    sp -= 2;
                                    Ob.Decref(container);
                                    Ob.Decref(key);
                                    break;
                                }
                                case OpCode.BinarySlice:
                                {
                                    nint stop = sp[-1];
                                    nint start = sp[-2];
                                    nint container = sp[-3];
                                    nint slice = SliceType.NewSteal(start, stop, Singletons.None);
                                    sp -= 2;
                                    try
                                    {
                                        sp[-1] = Ob.TypeOf(container).GetItem(container, slice);
                                    }
                                    catch
                                    {
                                        sp[-1] = 0;
                                        Ob.Decref(container);
                                        Ob.Decref(slice);
                                        throw;
                                    }
                                    Ob.Decref(slice);
                                    Ob.Decref(container);
                                    break;
                                }
                                case OpCode.StoreSlice:
                                {
                                    // stack: value, container, start, stop
                                    nint stop = sp[-1];
                                    nint start = sp[-2];
                                    nint container = sp[-3];
                                    nint value = sp[-4];
                                    nint slice = SliceType.NewSteal(start, stop, Singletons.None);
                                    sp -= 4;
                                    try
                                    {
                                        Ob.TypeOf(container).SetItem(container, slice, value);
                                    }
                                    finally
                                    {
                                        Ob.Decref(slice);
                                        Ob.Decref(container);
                                        Ob.Decref(value);
                                    }
                                    break;
                                }
                                case OpCode.BuildSlice:
                                {
                                    nint step = arg == 3 ? *--sp : Singletons.None;
                                    nint stop = *--sp;
                                    nint start = sp[-1];
                                    sp[-1] = SliceType.NewSteal(start, stop, step);
                                    break;
                                }
                                case OpCode.BuildList:
                                    sp -= arg;
                                    *sp = ListType.FromArraySteal(sp, arg);
                                    sp++;
                                    break;
                                case OpCode.BuildTuple:
                                {
                                    sp -= arg;
                                    nint t = TupleType.New(arg);
                                    for (int i = 0; i < arg; i++)
                                    {
                                        TupleType.SetItemInit(t, i, sp[i]);
                                    }
                                    *sp++ = t;
                                    break;
                                }
                                case OpCode.BuildSet:
                                {
                                    nint s = SetType.NewOf(SetType.Set);
                                    sp -= arg;
                                    try
                                    {
                                        for (int i = 0; i < arg; i++)
                                        {
                                            SetType.Add(s, sp[i]);
                                        }
                                    }
                                    catch
                                    {
                                        Ob.Decref(s);
                                        throw;
                                    }
                                    finally
                                    {
                                        for (int i = 0; i < arg; i++)
                                        {
                                            Ob.Decref(sp[i]);
                                        }
                                    }
                                    *sp++ = s;
                                    break;
                                }
                                case OpCode.BuildMap:
                                {
                                    sp -= 2 * arg;
                                    nint d;
                                    try
                                    {
                                        d = DictType.FromItems(sp, 2, sp + 1, 2, arg);
                                    }
                                    finally
                                    {
                                        for (int i = 0; i < 2 * arg; i++)
                                        {
                                            Ob.Decref(sp[i]);
                                        }
                                    }
                                    *sp++ = d;
                                    break;
                                }
                                case OpCode.BuildConstKeyMap:
                                {
                                    nint keys = *--sp;
                                    sp -= arg;
                                    nint d;
                                    try
                                    {
                                        d = DictType.FromItems(TupleType.Items(keys), 1, sp, 1, arg);
                                    }
                                    finally
                                    {
                                        for (int i = 0; i < arg; i++)
                                        {
                                            Ob.Decref(sp[i]);
                                        }
                                        Ob.Decref(keys);
                                    }
                                    *sp++ = d;
                                    break;
                                }
                                case OpCode.ListExtend:
                                {
                                    nint iterable = *--sp;
                                    try
                                    {
                                        ListType.Extend(sp[-arg], iterable);
                                    }
                                    finally
                                    {
                                        Ob.Decref(iterable);
                                    }
                                    break;
                                }
                                case OpCode.SetUpdate:
                                {
                                    nint iterable = *--sp;
                                    try
                                    {
                                        SetType.Update(sp[-arg], iterable);
                                    }
                                    finally
                                    {
                                        Ob.Decref(iterable);
                                    }
                                    break;
                                }
                                case OpCode.ListToTuple:
                                {
                                    nint l = sp[-1];
                                    sp[-1] = ListType.ToTuple(l);
                                    Ob.Decref(l);
                                    break;
                                }
                                case OpCode.ListAppend:
                                {
                                    nint v = *--sp;
                                    ListType.Append(sp[-arg], v);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.SetAdd:
                                {
                                    nint v = *--sp;
                                    try
                                    {
                                        SetType.Add(sp[-arg], v);
                                    }
                                    finally
                                    {
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.MapAdd:
                                {
                                    nint v = *--sp;
                                    nint k = *--sp;
                                    try
                                    {
                                        DictType.Set(sp[-arg], k, v);
                                    }
                                    finally
                                    {
                                        Ob.Decref(k);
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.UnpackSequence:
                                {
                                    nint seq = sp[-1];
                                    sp = UnpackSequence(seq, arg, sp - 1);
                                    Ob.Decref(seq);
                                    break;
                                }
                                case OpCode.UnpackEx:
                                {
                                    nint seq = sp[-1];
                                    sp = UnpackEx(seq, arg & 0xFF, arg >> 8, sp - 1);
                                    Ob.Decref(seq);
                                    break;
                                }
                                case OpCode.GetIter:
                                {
                                    nint v = sp[-1];
                                    sp[-1] = Abstract.GetIter(v);
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.ForIter:
                                {
                                    nint it = sp[-1];
                                    nint next = Ob.TypeOf(it).IterNext(it);
                                    if (next == 0)
                                    {
                                        sp--;
                                        Ob.Decref(it);
                                        pc = arg;
                                        break;
                                    }
                                    *sp++ = next;
                                    break;
                                }
                                case OpCode.EndFor:
                                    Ob.XDecref(*--sp);
                                    break;
                                case OpCode.Jump:
                                    if (arg < pc && Gc.Pending)
                                    {
                                        Gc.RunPending(); // JUMP_BACKWARD checks the eval breaker
                                    }
                                    pc = arg;
                                    if (Runtime.Current.Interrupted)
                                    {
                                        throw new PyException(ExceptionType.KeyboardInterrupt, "");
                                    }
                                    break;
                                case OpCode.PopJumpIfFalse:
                                {
                                    nint v = *--sp;
                                    if (v == BoolObject.False)
                                    {
                                        pc = arg;
                                    }
                                    else if (v != BoolObject.True)
                                    {
                                        bool t = Abstract.IsTrue(v);
                                        Ob.Decref(v);
                                        if (!t)
                                        {
                                            pc = arg;
                                        }
                                    }
                                    break;
                                }
                                case OpCode.PopJumpIfTrue:
                                {
                                    nint v = *--sp;
                                    if (v == BoolObject.True)
                                    {
                                        pc = arg;
                                    }
                                    else if (v != BoolObject.False)
                                    {
                                        bool t = Abstract.IsTrue(v);
                                        Ob.Decref(v);
                                        if (t)
                                        {
                                            pc = arg;
                                        }
                                    }
                                    break;
                                }
                                case OpCode.PopJumpIfNone:
                                {
                                    nint v = *--sp;
                                    if (v == Singletons.None)
                                    {
                                        pc = arg;
                                    }
                                    else
                                    {
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.PopJumpIfNotNone:
                                {
                                    nint v = *--sp;
                                    if (v != Singletons.None)
                                    {
                                        Ob.Decref(v);
                                        pc = arg;
                                    }
                                    break;
                                }
                                case OpCode.MakeFunction:
                                {
                                    nint codeObj = *--sp;
                                    nint f = FunctionType.New(codeObj, globals, builtins, StrObject.Intern(CodeType.Info(codeObj).QualName));
                                    Ob.Decref(codeObj);
                                    if ((arg & (int)MakeFunctionFlags.Closure) != 0)
                                    {
                                        *(nint*)(f + FunctionType.ClosureOffset) = *--sp;
                                    }
                                    if ((arg & (int)MakeFunctionFlags.KwDefaults) != 0)
                                    {
                                        *(nint*)(f + FunctionType.KwDefaultsOffset) = *--sp;
                                    }
                                    if ((arg & (int)MakeFunctionFlags.Defaults) != 0)
                                    {
                                        *(nint*)(f + FunctionType.DefaultsOffset) = *--sp;
                                    }
                                    *sp++ = f;
                                    break;
                                }
                                case OpCode.KwNames:
                                    kwnames = consts[arg];
                                    break;
                                case OpCode.Call:
                                {
                                    nint* args = sp - arg;
                                    nint callable = args[-1];
                                    nint method = args[-2];
                                    int total = arg;
                                    if (method == 0 && Ob.Type(callable) == MethodType.Instance.Address)
                                    {
                                        // CALL unpacks a bound method into (function, self) and drops the method object.
                                        method = Ob.NewRef(MethodType.Func(callable));
                                        args[-2] = method;
                                        args[-1] = Ob.NewRef(MethodType.Self(callable));
                                        Ob.Decref(callable);
                                    }
                                    if (method != 0)
                                    {
                                        callable = method;
                                        args--;
                                        total++;
                                    }
                                    nint kw = kwnames;
                                    kwnames = 0;
                                    nint* slotBase = sp - arg - 2;
                                    nint res;
                                    if (Ob.Type(callable) == FunctionType.Instance.Address)
                                    {
                                        // The callee frame takes the arguments and the callable (they stay readable
                                        // below dataTop until it has bound them).
                                        sp = slotBase;
                                        res = CallPy(callable, args, total, kw, true);
                                    }
                                    else
                                    {
                                        try
                                        {
                                            res = Ob.TypeOf(callable).Call(callable, new ReadOnlySpan<nint>(args, total), kw);
                                        }
                                        catch
                                        {
                                            sp = slotBase;
                                            for (int i = 0; i < total; i++)
                                            {
                                                Ob.Decref(args[i]);
                                            }
                                            Ob.Decref(callable);
                                            throw;
                                        }
                                        sp = slotBase;
                                        for (int i = 0; i < total; i++)
                                        {
                                            Ob.Decref(args[i]);
                                        }
                                        Ob.Decref(callable);
                                    }
                                    *sp++ = res;
                                    if (Gc.Pending)
                                    {
                                        Gc.RunPending(); // CALL checks the eval breaker after the call
                                    }
                                    break;
                                }
                                case OpCode.ImportName:
                                {
                                    nint fromlist = *--sp;
                                    nint level = sp[-1];
                                    nint module = Runtime.Current.Import(NameOf(info, arg));
                                    sp[-1] = module;
                                    Ob.Decref(fromlist);
                                    Ob.Decref(level);
                                    break;
                                }
                                case OpCode.ImportFrom:
                                {
                                    nint module = sp[-1];
                                    nint name = NameOf(info, arg);
                                    nint v;
                                    try
                                    {
                                        v = Abstract.GetAttr(module, name);
                                    }
                                    catch (PyException e) when (e.PyType == ExceptionType.AttributeError)
                                    {
                                        throw new PyException(ExceptionType.ImportError, "cannot import name '" + StrObject.ToManaged(name) + "' from '" + ModuleType.NameOf(module) + "' (unknown location)");
                                    }
                                    *sp++ = v;
                                    break;
                                }
                                case OpCode.FormatValue:
                                {
                                    // The spec (when arg & 4) stays on the stack until the result is ready, so an
                                    // exception releases it with the rest of the stack.
                                    nint spec = (arg & 4) != 0 ? sp[-1] : 0;
                                    nint v = spec != 0 ? sp[-2] : sp[-1];
                                    int conversion = arg & 3;
                                    nint converted = conversion == 1 ? Abstract.Str(v)
                                        : conversion == 2 ? Abstract.Repr(v)
                                        : conversion == 3 ? FormatSpec.Ascii(v)
                                        : Ob.NewRef(v);
                                    nint s;
                                    try
                                    {
                                        // ceval skips format() for a str with no spec: the result is the object itself.
                                        s = spec == 0 && StrObject.IsStr(converted) ? Ob.NewRef(converted) : FormatSpec.Format(converted, spec);
                                    }
                                    finally
                                    {
                                        Ob.Decref(converted);
                                    }
                                    if (spec != 0)
                                    {
                                        sp--;
                                        Ob.Decref(spec);
                                    }
                                    sp[-1] = s;
                                    Ob.Decref(v);
                                    break;
                                }
                                case OpCode.BuildString:
                                {
                                    sp -= arg;
                                    var sb = new System.Text.StringBuilder();
                                    for (int i = 0; i < arg; i++)
                                    {
                                        sb.Append(StrObject.ToManaged(sp[i]));
                                    }
                                    nint s = arg == 1 ? Ob.NewRef(sp[0]) : StrObject.New(sb.ToString());
                                    for (int i = 0; i < arg; i++)
                                    {
                                        Ob.Decref(sp[i]);
                                    }
                                    *sp++ = s;
                                    break;
                                }
                                case OpCode.DictUpdate:
                                {
                                    nint update = *--sp;
                                    try
                                    {
                                        DictType.UpdateFromMapping(sp[-arg], update);
                                    }
                                    finally
                                    {
                                        Ob.Decref(update);
                                    }
                                    break;
                                }
                                case OpCode.DictMerge:
                                {
                                    nint other = *--sp;
                                    try
                                    {
                                        MergeKeywords(sp[-arg - 2], sp[-arg], other);
                                    }
                                    finally
                                    {
                                        Ob.Decref(other);
                                    }
                                    break;
                                }
                                case OpCode.CallFunctionEx:
                                {
                                    nint kwargs = (arg & 1) != 0 ? *--sp : 0;
                                    nint callargs = *--sp;
                                    nint callable = *--sp;
                                    nint nul = *--sp;
                                    Ob.XDecref(nul);
                                    *sp++ = CallEx(callable, callargs, kwargs);
                                    break;
                                }
                                case OpCode.ReturnGenerator:
                                {
                                    nint g = GeneratorType.New(func, info);
                                    GeneratorType.Suspend(g, pc, fast, nlocals, stackBase, sp);
                                    sp = stackBase;
                                    return g;
                                }
                                case OpCode.YieldValue:
                                {
                                    nint v = *--sp;
                                    GeneratorType.Suspend(gen, pc, fast, nlocals, stackBase, sp);
                                    sp = stackBase;
                                    generatorYielded = true;
                                    return v;
                                }
                                case OpCode.GetYieldFromIter:
                                {
                                    nint v = sp[-1];
                                    if (Ob.Type(v) != GeneratorType.Instance.Address)
                                    {
                                        sp[-1] = Abstract.GetIter(v);
                                        Ob.Decref(v);
                                    }
                                    break;
                                }
                                case OpCode.Send:
                                {
                                    nint v = sp[-1];
                                    nint r = SendTo(sp[-2], v, out nint ret);
                                    Ob.Decref(v);
                                    if (r == 0)
                                    {
                                        sp--;
                                        Ob.Decref(sp[-1]);
                                        sp[-1] = ret != 0 ? ret : Singletons.None;
                                        pc = arg;
                                        break;
                                    }
                                    sp[-1] = r;
                                    break;
                                }
                                case OpCode.BeforeWith:
                                {
                                    nint mgr = sp[-1];
                                    nint exit = LookupSpecial(mgr, "__exit__", "does not support the context manager protocol (missed __exit__ method)");
                                    nint enter;
                                    try
                                    {
                                        enter = LookupSpecial(mgr, "__enter__", "does not support the context manager protocol");
                                    }
                                    catch
                                    {
                                        Ob.Decref(exit);
                                        throw;
                                    }
                                    sp[-1] = exit;
                                    Ob.Decref(mgr);
                                    nint entered;
                                    try
                                    {
                                        entered = Abstract.Call(enter, [], 0);
                                    }
                                    finally
                                    {
                                        Ob.Decref(enter);
                                    }
                                    *sp++ = entered;
                                    break;
                                }
                                case OpCode.WithExceptStart:
                                {
                                    // [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, None)]
                                    nint exc = sp[-1];
                                    nint res = Abstract.Call(sp[-3], [Ob.Type(exc), exc, Singletons.None], 0);
                                    *sp++ = res;
                                    break;
                                }
                                case OpCode.PushExcInfo:
                        {
                            nint exc = sp[-1];
                            sp[-1] = handled != 0 ? handled : Singletons.None;
                            *sp++ = exc;
                            handled = Ob.NewRef(exc);
                            break;
                        }
                        case OpCode.PopExcept:
                        {
                            nint prev = *--sp;
                            nint old = handled;
                            handled = prev == Singletons.None ? 0 : prev;
                            Ob.XDecref(old);
                            break;
                        }
                        case OpCode.CheckExcMatch:
                        {
                            nint type = sp[-1];
                            bool m = ExceptionMatches(sp[-2], type);
                            sp[-1] = BoolObject.NewRef(m);
                            Ob.Decref(type);
                            break;
                        }
                        case OpCode.Reraise:
                            throw Reraise(*--sp);
                        case OpCode.Raise:
                        {
                            if (arg == 0)
                            {
                                if (handled == 0)
                                {
                                    throw Errors.RuntimeError("No active exception to reraise");
                                }
                                throw Reraise(Ob.NewRef(handled));
                            }
                            nint cause = arg == 2 ? *--sp : 0;
                            nint exc = *--sp;
                            throw MakeRaise(exc, cause);
                        }
                        case OpCode.LoadBuildClass:
                                {
                                    nint bc = DictType.GetItemString(builtins, "__build_class__");
                                    if (bc == 0)
                                    {
                                        throw Errors.NameError("__build_class__ not found");
                                    }
                                    *sp++ = Ob.NewRef(bc);
                                    break;
                                }
                                case OpCode.DeleteAttr:
                                {
                                    nint owner = *--sp;
                                    try
                                    {
                                        Ob.TypeOf(owner).SetAttr(owner, NameOf(info, arg), 0);
                                    }
                                    finally
                                    {
                                        Ob.Decref(owner);
                                    }
                                    break;
                                }
                                case OpCode.LoadFastAndClear:
                                    *sp++ = fast[arg];
                                    fast[arg] = 0;
                                    break;
                                case OpCode.MakeCell:
                                    fast[arg] = CellType.New(fast[arg]);
                                    break;
                                case OpCode.CopyFreeVars:
                                {
                                    nint closure = FunctionType.Closure(func);
                                    int first = nlocals - arg;
                                    for (int i = 0; i < arg; i++)
                                    {
                                        fast[first + i] = Ob.NewRef(TupleType.Item(closure, i));
                                    }
                                    break;
                                }
                                case OpCode.LoadDeref:
                                {
                                    nint v = CellType.Get(fast[arg]);
                                    if (v == 0)
                                    {
                                        throw UnboundDeref(info, arg);
                                    }
                                    *sp++ = Ob.NewRef(v);
                                    break;
                                }
                                case OpCode.LoadClassDeref:
                                {
                                    nint v = locals == 0 ? 0 : DictType.GetItemString(locals, info.VarNames[arg]);
                                    if (v == 0)
                                    {
                                        v = CellType.Get(fast[arg]);
                                        if (v == 0)
                                        {
                                            throw UnboundDeref(info, arg);
                                        }
                                    }
                                    *sp++ = Ob.NewRef(v);
                                    break;
                                }
                                case OpCode.StoreDeref:
                                    CellType.Set(fast[arg], *--sp);
                                    break;
                                case OpCode.DeleteDeref:
                                    if (CellType.Get(fast[arg]) == 0)
                                    {
                                        throw UnboundDeref(info, arg);
                                    }
                                    CellType.Set(fast[arg], 0);
                                    break;
                                case OpCode.LoadClosure:
                                    *sp++ = Ob.NewRef(fast[arg]);
                                    break;
                                case OpCode.RaiseAssertion:
                                {
                                    nint msg = arg != 0 ? *--sp : 0;
                                    string text = msg != 0 ? Abstract.StrString(msg) : "";
                                    Ob.XDecref(msg);
                                    throw Errors.AssertionError(text);
                                }
                                default:
                                    throw new InvalidOperationException("bad opcode " + (word & 0xFF));
                            }
                        }
                    }
                    catch (PyException e) when (info.ExceptionTable.Length > 0 && FindHandler(info.ExceptionTable, pc - 1) >= 0)
                    {
                        sp = EnterHandler(e, info, pc, sp, stackBase, &frame, out int handlerPc);
                        pc = handlerPc;
                    }
                }
            }
        }
        catch (PyException e)
        {
            RecordFrame(e, info, pc, &frame);
            if (isFunctionFrame)
            {
                // The traceback keeps this frame, and so its locals, alive as long as the exception lives.
                for (int i = 0; i < nlocals; i++)
                {
                    if (fast[i] != 0)
                    {
                        e.KeepLocal(fast[i]);
                        fast[i] = 0;
                    }
                }
            }
            throw;
        }
        finally
        {
            // Release what the value stack still holds (only after an exception), then the locals in slot order.
            while (sp > stackBase)
            {
                Ob.XDecref(*--sp);
            }
            for (int i = 0; i < nlocals; i++)
            {
                nint v = fast[i];
                fast[i] = 0;
                Ob.XDecref(v);
            }
            if (isFunctionFrame)
            {
                Ob.Decref(func);
            }
            Current = frame.Back;
            depth--;
            dataTop = savedTop;
        }
    }

    // ---- exceptions ---------------------------------------------------------------------------------

    /// <summary>The exception being handled (sys.exception()): a strong reference, or 0.</summary>
    private static nint handled;

    /// <summary>sys.exception(): the exception being handled (borrowed), or 0.</summary>
    internal static nint HandledException => handled;

    /// <summary>A special method bound to o (looked up on its type), or TypeError with CPython's message.</summary>
    private static nint LookupSpecial(nint o, string name, string missing)
    {
        PyType t = Ob.TypeOf(o);
        if (t is ClassType ct)
        {
            nint m = ct.Lookup(name);
            if (m != 0)
            {
                return Ob.Type(m) == FunctionType.Instance.Address ? MethodType.New(m, o) : Ob.NewRef(m);
            }
        }
        else
        {
            nint v = t.GetAttr(o, StrObject.Intern(name));
            if (v != 0)
            {
                return v;
            }
        }
        throw Errors.TypeError("'" + t.Name + "' object " + missing);
    }

    /// <summary>The handler for the instruction at, from the code's exception table; -1 when none.</summary>
    private static int FindHandler(int[] table, int at)
    {
        for (int i = 0; i < table.Length; i += 4)
        {
            if (at >= table[i] && at < table[i + 1])
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Adds this frame to the traceback once, and links the exception to the one being handled.</summary>
    private static void RecordFrame(PyException e, CodeInfo info, int pc, FrameState* frame)
    {
        if (e.TracebackFrame == (nint)frame)
        {
            return;
        }
        if (e.Traceback.Count == 0 && e.Context is null && handled != 0 &&
            ExceptionType.InFlight.TryGetValue(handled, out PyException? ctx) && ctx != e)
        {
            e.Context = ctx;
        }
        int at = Math.Max(0, pc - 1);
        SourcePosition pos = at < info.Positions.Length ? info.Positions[at] : default;
        e.Traceback.Add(new TracebackEntry(info.Filename, info.Name, pos, null));
        e.TracebackFrame = (nint)frame;
    }

    /// <summary>Jumps to a handler: cuts the value stack to the handler's depth and pushes the exception object.</summary>
    private static nint* EnterHandler(PyException e, CodeInfo info, int pc, nint* sp, nint* stackBase, FrameState* frame, out int handlerPc)
    {
        RecordFrame(e, info, pc, frame);
        int h = FindHandler(info.ExceptionTable, pc - 1);
        nint* target = stackBase + info.ExceptionTable[h + 3];
        while (sp > target)
        {
            Ob.XDecref(*--sp);
        }
        *sp++ = ExceptionObject(e);
        handlerPc = info.ExceptionTable[h + 2];
        return sp;
    }

    /// <summary>The exception's heap object (a new reference taken from e), registered as in flight.</summary>
    private static nint ExceptionObject(PyException e)
    {
        nint obj = e.Value;
        e.Value = 0;
        if (obj == 0)
        {
            obj = ExceptionType.FromManaged(e);
        }
        if (e.Context is not null && e.Context != e)
        {
            nint* ctxSlot = (nint*)(obj + ExceptionType.ContextOffset);
            if (*ctxSlot == 0 && handled != 0 && handled != obj)
            {
                *ctxSlot = Ob.NewRef(handled);
            }
        }
        ExceptionType.InFlight[obj] = e;
        return obj;
    }

    /// <summary>RERAISE / raise e: the .NET exception for an exception object (reference stolen).</summary>
    private static PyException Reraise(nint obj)
    {
        if (ExceptionType.InFlight.TryGetValue(obj, out PyException? e))
        {
            if (e.Value != 0 && e.Value != obj)
            {
                Ob.Decref(e.Value);
            }
            else if (e.Value == obj)
            {
                Ob.Decref(obj); // already owned
            }
            e.Value = obj;
            return e;
        }
        return MakeRaise(obj, 0);
    }

    /// <summary>raise exc [from cause]: instantiates classes, checks types, builds the .NET exception. Steals exc and cause.</summary>
    private static PyException MakeRaise(nint exc, nint cause)
    {
        try
        {
            if (ExceptionType.IsExceptionClass(exc))
            {
                nint inst = Abstract.Call(exc, [], 0);
                Ob.Decref(exc);
                exc = inst;
            }
            PyType t = Ob.TypeOf(exc);
            ExceptionType? builtin = t as ExceptionType ?? (t is ClassType ct0 ? ct0.BuiltinBase as ExceptionType : null);
            if (builtin is null)
            {
                throw Errors.TypeError("exceptions must derive from BaseException");
            }
            if (cause != 0)
            {
                if (ExceptionType.IsExceptionClass(cause))
                {
                    nint inst = Abstract.Call(cause, [], 0);
                    Ob.Decref(cause);
                    cause = inst;
                }
                if (cause != Singletons.None && !ExceptionType.IsExceptionClass(Ob.Type(cause)))
                {
                    throw Errors.TypeError("exception causes must derive from BaseException");
                }
            }
            PyException e;
            if (ExceptionType.InFlight.TryGetValue(exc, out PyException? existing))
            {
                e = existing;
                if (e.Value != 0 && e.Value != exc)
                {
                    Ob.Decref(e.Value);
                }
                else if (e.Value == exc)
                {
                    Ob.Decref(exc);
                }
                e.Value = exc;
            }
            else
            {
                string msg = Abstract.StrString(exc);
                e = new PyException(builtin, msg, exc, t is ClassType ct ? ct.DisplayName : null);
            }
            exc = 0;
            if (cause != 0)
            {
                *(byte*)(e.Value + ExceptionType.SuppressContextOffset) = 1;
                e.SuppressContext = true;
                nint* causeSlot = (nint*)(e.Value + ExceptionType.CauseOffset);
                Ob.XDecref(*causeSlot);
                if (cause != Singletons.None)
                {
                    *causeSlot = cause;
                    e.Cause = ExceptionType.InFlight.TryGetValue(cause, out PyException? ce) ? ce
                        : new PyException(ExceptionOf(cause), Abstract.StrString(cause)) { TypeDisplayName = DisplayNameOf(cause) };
                }
                else
                {
                    *causeSlot = 0;
                }
                cause = 0;
            }
            return e;
        }
        finally
        {
            Ob.XDecref(exc);
            Ob.XDecref(cause);
        }
    }

    private static ExceptionType ExceptionOf(nint obj)
    {
        PyType t = Ob.TypeOf(obj);
        return t as ExceptionType ?? (ExceptionType)((ClassType)t).BuiltinBase;
    }

    private static string? DisplayNameOf(nint obj) => Ob.TypeOf(obj) is ClassType ct ? ct.DisplayName : null;

    /// <summary>except T: whether exc is an instance of T (a class or a tuple of classes).</summary>
    private static bool ExceptionMatches(nint exc, nint type)
    {
        if (TupleType.IsTuple(type))
        {
            bool any = false;
            for (long i = 0; i < TupleType.Count(type); i++)
            {
                any |= ExceptionMatches(exc, TupleType.Item(type, i));
            }
            return any;
        }
        if (!ExceptionType.IsExceptionClass(type))
        {
            throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return Ob.TypeOf(exc).IsSubtypeOf(PyType.FromAddress(type));
    }

    /// <summary>
    /// CPython's BINARY_OP_INPLACE_ADD_UNICODE: when an ASCII str is concatenated with an ASCII str and the result
    /// is stored straight back into the variable that holds the left operand (its only other reference), the
    /// variable lets go first and the str is resized in place, so building a string in a loop is linear.
    /// Returns the grown str (the stack's reference to left now refers to it), or 0 when the case does not apply.
    /// </summary>
    private static nint TryAppendInPlace(nint left, nint right, int nextWord, nint* fast, nint locals, nint globals, CodeInfo info)
    {
        if (Ob.Type(left) != StrType.Instance.Address || Ob.Type(right) != StrType.Instance.Address ||
            !StrObject.IsAscii(left) || !StrObject.IsAscii(right) || StrObject.Length(right) == 0 || StrObject.Length(left) == 0)
        {
            return 0;
        }
        var op = (OpCode)(nextWord & 0xFF);
        int a = nextWord >> 8;
        switch (op)
        {
            case OpCode.StoreFast when fast[a] == left:
                fast[a] = 0;
                Ob.Decref(left); // the local's reference: the stack now holds the only one
                break;
            case OpCode.StoreName when locals != 0 && DictType.IsDict(locals) && DictType.GetItemStr(locals, NameOf(info, a)) == left:
                DictType.Set(locals, NameOf(info, a), Singletons.None); // releases the variable's reference
                break;
            case OpCode.StoreGlobal when DictType.GetItemStr(globals, NameOf(info, a)) == left:
                DictType.Set(globals, NameOf(info, a), Singletons.None);
                break;
            default:
                return 0;
        }
        return StrObject.AppendAsciiInPlace(left, right);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint FastBinary(BinaryOp op, nint left, nint right)
    {
        nint intType = IntType.Instance.Address;
        if (Ob.Type(left) != intType || Ob.Type(right) != intType)
        {
            return 0;
        }
        ulong tl = *(ulong*)(left + IntType.TagOffset), tr = *(ulong*)(right + IntType.TagOffset);
        if ((tl >> 3) > 1 || (tr >> 3) > 1)
        {
            return 0;
        }
        long x = (tl & 3) == 1 ? 0 : (tl & 3) == 2 ? -(long)*(uint*)(left + IntType.DigitsOffset) : *(uint*)(left + IntType.DigitsOffset);
        long y = (tr & 3) == 1 ? 0 : (tr & 3) == 2 ? -(long)*(uint*)(right + IntType.DigitsOffset) : *(uint*)(right + IntType.DigitsOffset);
        switch (op)
        {
            case BinaryOp.Add:
            case BinaryOp.InplaceAdd:
                return IntType.FromLong(x + y);
            case BinaryOp.Subtract:
            case BinaryOp.InplaceSubtract:
                return IntType.FromLong(x - y);
            case BinaryOp.Multiply:
            case BinaryOp.InplaceMultiply:
                return IntType.FromLong(x * y);
            default:
                return 0;
        }
    }

    /// <summary>UNPACK_EX: a, *rest, z = seq. Pushes after items, the list, then before items (first on top).</summary>
    private static nint* UnpackEx(nint seq, int before, int after, nint* dst)
    {
        nint list;
        try
        {
            list = Abstract.SequenceToList(seq);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError && !DefinesIteration(seq))
        {
            e.Release();
            throw Errors.TypeError("cannot unpack non-iterable " + Ob.TypeOf(seq).Name + " object");
        }
        long n = ListType.Count(list);
        if (n < before + after)
        {
            Ob.Decref(list);
            throw Errors.ValueError("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
        }
        nint* items = ListType.Items(list);
        int k = 0;
        for (int i = after - 1; i >= 0; i--)
        {
            dst[k++] = Ob.NewRef(items[n - after + i]);
        }
        nint middle = ListType.New(0);
        for (long i = before; i < n - after; i++)
        {
            ListType.Append(middle, items[i]);
        }
        dst[k++] = middle;
        for (int i = before - 1; i >= 0; i--)
        {
            dst[k++] = Ob.NewRef(items[i]);
        }
        Ob.Decref(list);
        return dst + k;
    }

    private static nint* UnpackSequence(nint seq, int n, nint* dst)
    {
        // Items are pushed so that the first item ends on top (it is stored first).
        if ((Ob.Type(seq) == TupleType.Instance.Address && TupleType.Count(seq) == n) ||
            (Ob.Type(seq) == ListType.Instance.Address && ListType.Count(seq) == n))
        {
            nint* items = Ob.Type(seq) == TupleType.Instance.Address ? TupleType.Items(seq) : ListType.Items(seq);
            for (int i = 0; i < n; i++)
            {
                dst[i] = Ob.NewRef(items[n - 1 - i]);
            }
            return dst + n;
        }
        nint it;
        try
        {
            it = Abstract.GetIter(seq);
        }
        catch (PyException e) when (e.PyType == ExceptionType.TypeError && !DefinesIteration(seq))
        {
            e.Release();
            throw Errors.TypeError("cannot unpack non-iterable " + Ob.TypeOf(seq).Name + " object");
        }
        var got = new List<nint>(n);
        try
        {
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint v = t.IterNext(it);
                if (v == 0)
                {
                    break;
                }
                got.Add(v);
                if (got.Count > n)
                {
                    throw Errors.ValueError("too many values to unpack (expected " + n + ")");
                }
            }
            if (got.Count < n)
            {
                throw Errors.ValueError("not enough values to unpack (expected " + n + ", got " + got.Count + ")");
            }
        }
        catch
        {
            foreach (nint v in got)
            {
                Ob.Decref(v);
            }
            throw;
        }
        finally
        {
            Ob.Decref(it);
        }
        for (int i = 0; i < n; i++)
        {
            dst[i] = got[n - 1 - i];
        }
        return dst + n;
    }
}
