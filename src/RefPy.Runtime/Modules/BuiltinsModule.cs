// Mirrors CPython Python/bltinmodule.c: the builtins module.
using System.Numerics;
using System.Text;
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

internal static unsafe class BuiltinsModule
{
    public static nint Create()
    {
        nint m = ModuleType.New("builtins");
        nint d = ModuleType.Dict(m);
        void Fn(string name, BuiltinFn fn)
        {
            nint f = BuiltinFunctionObject.New(new NativeFunction(name, fn), m);
            DictType.Set(d, StrObject.Intern(name), f);
            Ob.Decref(f);
        }
        void Type(string name, PyType t) => DictType.Set(d, StrObject.Intern(name), t.Address);

        Type("object", ObjectType.Instance);
        Type("type", TypeType.Instance);
        Type("int", IntType.Instance);
        Type("bool", BoolType.Instance);
        Type("float", FloatType.Instance);
        Type("str", StrType.Instance);
        Type("bytes", BytesType.Instance);
        Type("bytearray", ByteArrayType.Instance);
        Type("list", ListType.Instance);
        Type("tuple", TupleType.Instance);
        Type("dict", DictType.Instance);
        Type("set", SetType.Set);
        Type("frozenset", SetType.FrozenSet);
        Type("range", RangeType.Instance);
        Type("slice", SliceType.Instance);
        Type("enumerate", BuiltinIterators.Enumerate);
        Type("zip", BuiltinIterators.Zip);
        Type("reversed", BuiltinIterators.Reversed);
        Type("map", BuiltinIterators.Map);
        Type("filter", BuiltinIterators.Filter);
        Fn("issubclass", (self, args, kw) =>
        {
            Args.Exact("issubclass", args, 2);
            if (Ob.Type(args[0]) != TypeType.Instance.Address)
            {
                throw Errors.TypeError("issubclass() arg 1 must be a class");
            }
            PyType sub = PyType.FromAddress(args[0]);
            nint cls = args[1];
            if (TupleType.IsTuple(cls))
            {
                for (long i = 0; i < TupleType.Count(cls); i++)
                {
                    nint c = TupleType.Item(cls, i);
                    if (Ob.Type(c) == TypeType.Instance.Address && sub.IsSubtypeOf(PyType.FromAddress(c)))
                    {
                        return BoolObject.True;
                    }
                }
                return BoolObject.False;
            }
            if (Ob.Type(cls) != TypeType.Instance.Address)
            {
                throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            }
            return BoolObject.NewRef(sub.IsSubtypeOf(PyType.FromAddress(cls)));
        });
        Fn("delattr", (self, args, kw) =>
        {
            Args.Exact("delattr", args, 2);
            CheckAttributeName(args[1]);
            Ob.TypeOf(args[0]).SetAttr(args[0], args[1], 0);
            return Singletons.None;
        });
        Fn("locals", (self, args, kw) =>
        {
            Args.Exact("locals", args, 0);
            return Interpreter.LocalsOfCurrentFrame();
        });
        Fn("vars", (self, args, kw) =>
        {
            Args.Range("vars", args, 0, 1);
            if (args.Length == 0)
            {
                return Interpreter.LocalsOfCurrentFrame();
            }
            nint d = Ob.TypeOf(args[0]).GetAttr(args[0], StrObject.Intern("__dict__"));
            if (d == 0)
            {
                throw Errors.TypeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        Fn("exit", (self, args, kw) => throw Errors.SystemExit(args.Length == 0 ? "" : Abstract.StrString(args[0])));
        Fn("quit", (self, args, kw) => throw Errors.SystemExit(args.Length == 0 ? "" : Abstract.StrString(args[0])));
        Type("staticmethod", StaticMethodType.Static);
        Type("classmethod", StaticMethodType.Class);
        Type("property", PropertyType.Instance);
        Type("super", SuperType.Instance);
        Fn("__build_class__", BuildClass);
        foreach (ExceptionType e in ExceptionType.All)
        {
            Type(e.Name, e);
        }
        Type("EnvironmentError", ExceptionType.OSError);
        Type("IOError", ExceptionType.OSError);
        DictType.Set(d, StrObject.Intern("None"), Singletons.None);
        DictType.Set(d, StrObject.Intern("Ellipsis"), Singletons.Ellipsis);
        DictType.Set(d, StrObject.Intern("NotImplemented"), Singletons.NotImplemented);
        DictType.Set(d, StrObject.Intern("True"), BoolObject.True);
        DictType.Set(d, StrObject.Intern("False"), BoolObject.False);

        Fn("print", Print);
        Fn("setattr", (self, args, kw) =>
        {
            Args.Exact("setattr", args, 3);
            CheckAttributeName(args[1]);
            Ob.TypeOf(args[0]).SetAttr(args[0], args[1], args[2]);
            return Singletons.None;
        });
        Fn("callable", (self, args, kw) =>
        {
            Args.Exact("callable", args, 1);
            return BoolObject.NewRef(IsCallable(args[0]));
        });
        Fn("id", (self, args, kw) => { Args.Exact("id", args, 1); return IntType.FromLong(args[0]); });
        Fn("hex", (self, args, kw) => { Args.Exact("hex", args, 1); return StrObject.New(FormatBase(args[0], 16, "0x")); });
        Fn("oct", (self, args, kw) => { Args.Exact("oct", args, 1); return StrObject.New(FormatBase(args[0], 8, "0o")); });
        Fn("bin", (self, args, kw) => { Args.Exact("bin", args, 1); return StrObject.New(FormatBase(args[0], 2, "0b")); });
        Fn("len", (self, args, kw) => { Args.Exact("len", args, 1); return IntType.FromLong(Abstract.Length(args[0])); });
        Fn("repr", (self, args, kw) => { Args.Exact("repr", args, 1); return Abstract.Repr(args[0]); });
        Fn("ascii", (self, args, kw) => { Args.Exact("ascii", args, 1); return FormatSpec.Ascii(args[0]); });
        Fn("format", (self, args, kw) =>
        {
            Args.NoKeywords("format", kw);
            if (args.Length < 1 || args.Length > 2)
            {
                throw Errors.TypeError("format expected at " + (args.Length < 1 ? "least 1 argument" : "most 2 arguments") + ", got " + args.Length);
            }
            return FormatSpec.Format(args[0], args.Length == 2 ? args[1] : 0);
        });
        Fn("isinstance", (self, args, kw) => { Args.Range("isinstance", args, 2, 2); return BoolObject.NewRef(Abstract.IsInstance(args[0], args[1])); });
        Fn("abs", Abs);
        Fn("min", (self, args, kw) => MinMax(args, kw, CompareOp.Lt, "min"));
        Fn("max", (self, args, kw) => MinMax(args, kw, CompareOp.Gt, "max"));
        Fn("sum", Sum);
        Fn("exec", Exec);
        Fn("eval", Eval);
        Fn("compile", CompileBuiltin);
        Fn("hash", (self, args, kw) => { Args.Exact("hash", args, 1); return IntType.FromLong(Abstract.Hash(args[0])); });
        Fn("iter", (self, args, kw) =>
        {
            Args.Range("iter", args, 1, 2);
            if (args.Length == 2)
            {
                if (!IsCallable(args[0]))
                {
                    throw Errors.TypeError("iter(object, sentinel): object must be callable");
                }
                return BuiltinIterators.CallIter.New(args[0], args[1]);
            }
            return Abstract.GetIter(args[0]);
        });
        Fn("next", Next);
        Fn("chr", (self, args, kw) =>
        {
            Args.Exact("chr", args, 1);
            long c = IntType.AsLong(args[0]);
            if (c < 0 || c > 0x10FFFF)
            {
                throw Errors.ValueError("chr() arg not in range(0x110000)");
            }
            return c < 256 ? StrObject.Latin1Char((int)c) : StrObject.FromCodePoints([(int)c]);
        });
        Fn("ord", (self, args, kw) =>
        {
            Args.Exact("ord", args, 1);
            if (BytesObject.TryGetBuffer(args[0], out ReadOnlySpan<byte> ordBytes))
            {
                return ordBytes.Length == 1 ? IntType.FromLong(ordBytes[0])
                    : throw Errors.TypeError("ord() expected a character, but string of length " + ordBytes.Length + " found");
            }
            if (!StrObject.IsStr(args[0]) || StrObject.Length(args[0]) != 1)
            {
                throw Errors.TypeError("ord() expected a character, but string of length " + (StrObject.IsStr(args[0]) ? StrObject.Length(args[0]) : 0) + " found");
            }
            return IntType.FromLong(StrObject.CodePointAt(args[0], 0));
        });
        Fn("sorted", Sorted);
        Fn("any", (self, args, kw) => AnyAll(args, true));
        Fn("all", (self, args, kw) => AnyAll(args, false));
        Fn("getattr", (self, args, kw) =>
        {
            Args.Range("getattr", args, 2, 3);
            CheckAttributeName(args[1]);
            try
            {
                return Abstract.GetAttr(args[0], args[1]);
            }
            catch (PyException e) when (e.PyType == ExceptionType.AttributeError && args.Length == 3)
            {
                e.Release();
                return Ob.NewRef(args[2]);
            }
        });
        Fn("hasattr", (self, args, kw) =>
        {
            Args.Range("hasattr", args, 2, 2);
            CheckAttributeName(args[1]);
            try
            {
                Ob.Decref(Abstract.GetAttr(args[0], args[1]));
                return BoolObject.True;
            }
            catch (PyException e) when (e.PyType == ExceptionType.AttributeError)
            {
                e.Release();
                return BoolObject.False;
            }
        });
        Fn("globals", (self, args, kw) => Ob.NewRef(Interpreter.Current->Globals));
        Fn("dir", (self, args, kw) =>
        {
            if (kw != 0 && TupleType.Count(kw) > 0)
            {
                throw Errors.TypeError("dir() takes no keyword arguments");
            }
            Args.Range("dir", args, 0, 1);
            return args.Length == 0 ? DirNames.DirOfScope() : DirNames.Dir(args[0]);
        });
        Fn("divmod", (self, args, kw) =>
        {
            Args.Range("divmod", args, 2, 2);
            if (Ob.TypeOf(args[0]) is ClassType || Ob.TypeOf(args[1]) is ClassType)
            {
                nint res = ClassDivmod(args[0], args[1]);
                if (res != 0)
                {
                    return res;
                }
            }
            if (!(IntType.IsInt(args[0]) || FloatType.IsFloat(args[0])) || !(IntType.IsInt(args[1]) || FloatType.IsFloat(args[1])))
            {
                throw Errors.TypeError("unsupported operand type(s) for divmod(): '" + Ob.TypeOf(args[0]).Name + "' and '" + Ob.TypeOf(args[1]).Name + "'");
            }
            if ((FloatType.IsFloat(args[0]) || FloatType.IsFloat(args[1]))
                && (FloatType.IsFloat(args[0]) || IntType.IsInt(args[0]))
                && (FloatType.IsFloat(args[1]) ? FloatType.Value(args[1]) == 0 : IntType.IsInt(args[1]) && IntType.ToBig(args[1]).IsZero))
            {
                throw Errors.ZeroDivisionError("float divmod()");
            }
            nint q = Abstract.BinaryOp(BinaryOp.FloorDivide, args[0], args[1]);
            nint r;
            try
            {
                r = Abstract.BinaryOp(BinaryOp.Remainder, args[0], args[1]);
            }
            catch
            {
                Ob.Decref(q);
                throw;
            }
            return TupleType.Pack(q, r);
        });
        Fn("pow", (self, args, kw) =>
        {
            nint[] a = Args.Parse("pow", args, kw, ["base", "exp", "mod"], 2);
            if (a[2] != 0 && a[2] != Singletons.None)
            {
                return PowMod(a[0], a[1], a[2]);
            }
            return Abstract.BinaryOp(BinaryOp.Power, a[0], a[1]);
        });
        Fn("round", Round);
        Fn("input", Input);
        return m;
    }

    private static nint Print(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        string sep = " ", end = "\n";
        nint sepArg = 0, endArg = 0, fileArg = 0;
        bool flush = false;
        TextWriter output = Runtime.Current.Stdout;
        for (int k = 0; k < nkw; k++)
        {
            string name = StrObject.ToManaged(TupleType.Item(kwnames, k));
            nint v = args[npos + k];
            switch (name)
            {
                case "sep":
                    if (v != Singletons.None)
                    {
                        sep = StrObject.IsStr(v) ? StrObject.ToManaged(v) : throw Errors.TypeError("sep must be None or a string, not " + Ob.TypeOf(v).Name);
                        sepArg = v;
                    }
                    break;
                case "end":
                    if (v != Singletons.None)
                    {
                        end = StrObject.IsStr(v) ? StrObject.ToManaged(v) : throw Errors.TypeError("end must be None or a string, not " + Ob.TypeOf(v).Name);
                        endArg = v;
                    }
                    break;
                case "file":
                    if (v != Singletons.None && (v == SysModule.StderrMarker || TextIOType.IsStderr(v)))
                    {
                        output = Runtime.Current.Stderr;
                    }
                    else if (v != Singletons.None && !TextIOType.IsStdout(v))
                    {
                        fileArg = v;
                    }
                    break;
                case "flush":
                    flush = Abstract.IsTrue(v);
                    break;
                default:
                    throw Errors.TypeError("'" + name + "' is an invalid keyword argument for print()");
            }
        }
        Runtime rt = Runtime.Current;
        if (fileArg != 0)
        {
            PrintToFile(fileArg, args[..npos], sepArg != 0 ? sepArg : 0, endArg != 0 ? endArg : 0, flush);
            return Singletons.None;
        }
        if (output == rt.Stderr)
        {
            StdoutBuffer.Flush(rt);
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0)
                {
                    sb.Append(sep);
                }
                sb.Append(Abstract.StrString(args[i]));
            }
            sb.Append(end);
            output.Write(sb.ToString());
            return Singletons.None;
        }
        // print() writes str(arg), sep and end to sys.stdout one by one, as CPython does: a sep or end the
        // caller gave is written as that very object (PyFile_WriteObject), so the pending buffer holds it.
        nint sepObj = sepArg != 0 ? Ob.NewRef(sepArg) : StrObject.Latin1Char(' ');
        nint endObj = endArg != 0 ? Ob.NewRef(endArg) : StrObject.Latin1Char('\n');
        try
        {
            for (int i = 0; i < npos; i++)
            {
                if (i > 0)
                {
                    StdoutBuffer.Write(rt, sepObj);
                }
                nint s = Abstract.Str(args[i]);
                try
                {
                    StdoutBuffer.Write(rt, s);
                }
                finally
                {
                    Ob.Decref(s);
                }
            }
            StdoutBuffer.Write(rt, endObj);
        }
        finally
        {
            Ob.Decref(sepObj);
            Ob.Decref(endObj);
        }
        if (flush)
        {
            StdoutBuffer.Flush(rt);
            output.Flush();
        }
        return Singletons.None;
    }

    private static string FormatBase(nint o, int b, string prefix)
    {
        if (!IntType.IsInt(o))
        {
            nint index = Abstract.IndexOf(o);
            if (index != 0)
            {
                try
                {
                    return FormatBase(index, b, prefix);
                }
                finally
                {
                    Ob.Decref(index);
                }
            }
            throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
        }
        System.Numerics.BigInteger v = IntType.ToBig(o);
        bool neg = v.Sign < 0;
        v = System.Numerics.BigInteger.Abs(v);
        var digits = new StringBuilder();
        if (v.IsZero)
        {
            digits.Append('0');
        }
        while (!v.IsZero)
        {
            int d = (int)(v % b);
            digits.Insert(0, "0123456789abcdef"[d]);
            v /= b;
        }
        return (neg ? "-" : "") + prefix + digits;
    }

    /// <summary>divmod through __divmod__ / __rdivmod__ (binary_op1's order); 0 when both give NotImplemented.</summary>
    private static nint ClassDivmod(nint a, nint b)
    {
        bool sameType = Ob.Type(a) == Ob.Type(b);
        PyType tb = Ob.TypeOf(b);
        bool rightFirst = !sameType && tb is ClassType && Ob.TypeOf(b).IsSubtypeOf(Ob.TypeOf(a)) && UserSlots.Has(b, "__rdivmod__");
        if (rightFirst)
        {
            nint r0 = UserSlots.TryCall(b, "__rdivmod__", [a]);
            if (r0 != 0 && r0 != Singletons.NotImplemented)
            {
                return r0;
            }
            Ob.XDecref(r0);
        }
        nint r = UserSlots.TryCall(a, "__divmod__", [b]);
        if (r != 0 && r != Singletons.NotImplemented)
        {
            return r;
        }
        Ob.XDecref(r);
        if (!sameType && !rightFirst)
        {
            r = UserSlots.TryCall(b, "__rdivmod__", [a]);
            if (r != 0 && r != Singletons.NotImplemented)
            {
                return r;
            }
            Ob.XDecref(r);
        }
        return 0;
    }

    /// <summary>builtin_input (not a terminal): the prompt goes to sys.stdout, which is flushed, then one line of stdin.</summary>
    private static nint Input(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("input", kwnames);
        Args.Range("input", args, 0, 1);
        Runtime rt = Runtime.Current;
        rt.Stderr.Flush();
        if (args.Length == 1)
        {
            nint prompt = Abstract.Str(args[0]);
            try
            {
                StdoutBuffer.Write(rt, prompt);
            }
            finally
            {
                Ob.Decref(prompt);
            }
        }
        StdoutBuffer.Flush(rt);
        rt.Stdout.Flush();
        string? line = Console.In.ReadLine();
        if (line is null)
        {
            throw new PyException(ExceptionType.EOFError, "EOF when reading a line");
        }
        return StrObject.New(line);
    }

    /// <summary>PyCallable_Check.</summary>
    private static bool IsCallable(nint o)
    {
        PyType t = Ob.TypeOf(o);
        return t is FunctionType or BuiltinFunctionObject or MethodType or TypeType or MethodDescriptorType || t == StaticMethodType.Static ||
            (t is ClassType ct && ct.Lookup("__call__") != 0);
    }

    private static nint Abs(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("abs", args, 1);
        nint o = args[0];
        if (IntType.IsInt(o))
        {
            return IntType.Sign(o) < 0 ? Ob.TypeOf(o).Negative(o) : (Ob.Type(o) == IntType.Instance.Address ? Ob.NewRef(o) : IntType.FromLong(IntType.AsLong(o)));
        }
        if (FloatType.IsFloat(o))
        {
            return FloatType.FromDouble(Math.Abs(FloatType.Value(o)));
        }
        nint r = UserSlots.TryCall(o, "__abs__", []);
        if (r != 0)
        {
            return r;
        }
        throw Errors.TypeError("bad operand type for abs(): '" + Ob.TypeOf(o).Name + "'");
    }

    private static nint MinMax(ReadOnlySpan<nint> args, nint kwnames, CompareOp op, string name)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        nint key = 0, dflt = 0;
        for (int k = 0; k < nkw; k++)
        {
            string kwn = StrObject.ToManaged(TupleType.Item(kwnames, k));
            if (kwn == "key")
            {
                key = args[npos + k] == Singletons.None ? 0 : args[npos + k];
            }
            else if (kwn == "default")
            {
                dflt = args[npos + k];
            }
            else
            {
                throw Errors.TypeError("'" + kwn + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0)
        {
            throw Errors.TypeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != 0)
        {
            throw Errors.TypeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        // bltinmodule.c min_max: iterate (over the args tuple when several are given), holding only the
        // best item and its key; every reference is released on the error paths too.
        nint it;
        if (npos > 1)
        {
            nint tuple = TupleType.FromSpan(args[..npos]);
            try
            {
                it = Abstract.GetIter(tuple);
            }
            finally
            {
                Ob.Decref(tuple);
            }
        }
        else
        {
            it = Abstract.GetIter(args[0]);
        }
        nint best = 0, bestKey = 0;
        try
        {
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint item = t.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                nint itemKey;
                try
                {
                    itemKey = key != 0 ? Abstract.Call(key, new ReadOnlySpan<nint>(ref item), 0) : Ob.NewRef(item);
                }
                catch
                {
                    Ob.Decref(item);
                    throw;
                }
                if (bestKey == 0)
                {
                    best = item;
                    bestKey = itemKey;
                    continue;
                }
                bool better;
                try
                {
                    better = Abstract.RichCompareBool(itemKey, bestKey, op);
                }
                catch
                {
                    Ob.Decref(item);
                    Ob.Decref(itemKey);
                    throw;
                }
                if (better)
                {
                    Ob.Decref(bestKey);
                    Ob.Decref(best);
                    bestKey = itemKey;
                    best = item;
                }
                else
                {
                    Ob.Decref(item);
                    Ob.Decref(itemKey);
                }
            }
        }
        catch
        {
            Ob.XDecref(best);
            Ob.XDecref(bestKey);
            Ob.Decref(it);
            throw;
        }
        Ob.Decref(it);
        if (bestKey == 0)
        {
            if (dflt != 0)
            {
                return Ob.NewRef(dflt);
            }
            throw Errors.ValueError(name + "() iterable argument is empty");
        }
        Ob.Decref(bestKey);
        return best;
    }

    private static nint Sum(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length - (kwnames == 0 ? 0 : (int)TupleType.Count(kwnames)) == 0)
        {
            throw Errors.TypeError("sum() takes at least 1 positional argument (0 given)");
        }
        nint[] a = Args.Parse("sum", args, kwnames, ["iterable", "start"], 1);
        nint acc = a[1] != 0 ? Ob.NewRef(a[1]) : IntType.FromLong(0);
        if (StrObject.IsStr(acc))
        {
            Ob.Decref(acc);
            throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        nint it = Abstract.GetIter(a[0]);
        // Floats are summed with Neumaier compensation, as CPython 3.12's builtin sum does.
        bool floatMode = false;
        double fsum = 0, comp = 0;
        try
        {
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint item = t.IterNext(it);
                if (item == 0)
                {
                    break;
                }
                if (!floatMode && FloatType.IsFloat(item) && (FloatType.IsFloat(acc) || (Ob.Type(acc) == IntType.Instance.Address && IntType.TryGetLong(acc, out _))))
                {
                    floatMode = true;
                    fsum = FloatType.IsFloat(acc) ? FloatType.Value(acc) : IntType.ToDouble(acc);
                    comp = 0;
                    Ob.Decref(acc);
                    acc = 0;
                }
                if (floatMode)
                {
                    if (FloatType.IsFloat(item))
                    {
                        double x = FloatType.Value(item);
                        double tt = fsum + x;
                        comp += Math.Abs(fsum) >= Math.Abs(x) ? (fsum - tt) + x : (x - tt) + fsum;
                        fsum = tt;
                        Ob.Decref(item);
                        continue;
                    }
                    if (Ob.Type(item) == IntType.Instance.Address && IntType.TryGetLong(item, out long lv))
                    {
                        fsum += lv;
                        Ob.Decref(item);
                        continue;
                    }
                    acc = FloatType.FromDouble(comp != 0 && double.IsFinite(comp) ? fsum + comp : fsum);
                    floatMode = false;
                }
                nint r;
                try
                {
                    r = Abstract.BinaryOp(BinaryOp.Add, acc, item);
                }
                finally
                {
                    Ob.Decref(item);
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
        if (floatMode)
        {
            return FloatType.FromDouble(comp != 0 && double.IsFinite(comp) ? fsum + comp : fsum);
        }
        return acc;
    }

    private static nint Next(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("next", args, 1, 2);
        nint ret = 0;
        nint v = Ob.Type(args[0]) == GeneratorType.Instance.Address
            ? Interpreter.ResumeGenerator(args[0], Singletons.None, null, out ret)
            : Ob.TypeOf(args[0]).IterNext(args[0]);
        if (v != 0)
        {
            return v;
        }
        if (args.Length == 2)
        {
            Ob.XDecref(ret);
            return Ob.NewRef(args[1]);
        }
        throw Interpreter.StopIterationWith(ret);
    }

    private static nint Sorted(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        if (args.Length - nkw != 1)
        {
            throw Errors.TypeError("sorted expected 1 argument, got " + (args.Length - nkw));
        }
        nint list = Abstract.SequenceToList(args[0]);
        try
        {
            ListSort.SortMethod(list, args[1..], kwnames);
        }
        catch
        {
            Ob.Decref(list);
            throw;
        }
        return list;
    }

    private static nint AnyAll(ReadOnlySpan<nint> args, bool any)
    {
        Args.Exact(any ? "any" : "all", args, 1);
        nint it = Abstract.GetIter(args[0]);
        try
        {
            while (true)
            {
                nint item = Ob.TypeOf(it).IterNext(it);
                if (item == 0)
                {
                    return BoolObject.NewRef(!any);
                }
                bool t = Abstract.IsTrue(item);
                Ob.Decref(item);
                if (t == any)
                {
                    return BoolObject.NewRef(any);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    /// <summary>longobject.c long_pow with a modulus: a negative exponent uses the modular inverse.</summary>
    private static nint PowMod(nint baseObj, nint expObj, nint modObj)
    {
        if (!IntType.IsInt(baseObj) || !IntType.IsInt(expObj) || !IntType.IsInt(modObj))
        {
            throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger b = IntType.ToBig(baseObj), e = IntType.ToBig(expObj), m = IntType.ToBig(modObj);
        if (m.IsZero)
        {
            throw Errors.ValueError("pow() 3rd argument cannot be 0");
        }
        bool negativeOutput = m.Sign < 0;
        if (negativeOutput)
        {
            m = -m;
        }
        if (m.IsOne)
        {
            return IntType.FromLong(0);
        }
        if (e.Sign < 0)
        {
            b = ModInverse(b, m) ?? throw Errors.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        b %= m;
        if (b.Sign < 0)
        {
            b += m;
        }
        BigInteger r = BigInteger.ModPow(b, e, m);
        if (negativeOutput && !r.IsZero)
        {
            r -= m;
        }
        return IntType.FromBig(r);
    }

    /// <summary>The inverse of a modulo n (n &gt; 1), or null when gcd(a, n) is not 1 (long_invmod).</summary>
    private static BigInteger? ModInverse(BigInteger a, BigInteger n)
    {
        BigInteger t = 0, newT = 1, r = n, newR = a % n;
        if (newR.Sign < 0)
        {
            newR += n;
        }
        while (!newR.IsZero)
        {
            BigInteger q = BigInteger.Divide(r, newR);
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (!r.IsOne)
        {
            return null;
        }
        return t.Sign < 0 ? t + n : t;
    }

    private static nint Round(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("round", args, kwnames, ["number", "ndigits"], 1);
        nint x = a[0];
        bool noDigits = a[1] == 0 || a[1] == Singletons.None;
        if (IntType.IsInt(x))
        {
            // long_round: with no ndigits or ndigits >= 0, int(x) itself.
            if (!noDigits && !IntType.IsInt(a[1]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(a[1]).Name + "' object cannot be interpreted as an integer");
            }
            if (noDigits || IntType.ToBig(a[1]).Sign >= 0)
            {
                return Ob.Type(x) == IntType.Instance.Address ? Ob.NewRef(x) : IntType.FromBig(IntType.ToBig(x));
            }
            BigInteger nd = -IntType.ToBig(a[1]);
            BigInteger v = IntType.ToBig(x);
            if (nd > 100000)
            {
                return IntType.FromLong(0);
            }
            BigInteger pow10 = BigInteger.Pow(10, (int)nd);
            return IntType.FromBig(RoundHalfEven(v, pow10) * pow10);
        }
        if (FloatType.IsFloat(x))
        {
            double d = FloatType.Value(x);
            if (noDigits)
            {
                double r = Math.Round(d, MidpointRounding.ToEven);
                if (double.IsNaN(r))
                {
                    throw Errors.ValueError("cannot convert float NaN to integer");
                }
                if (double.IsInfinity(r))
                {
                    throw Errors.OverflowError("cannot convert float infinity to integer");
                }
                return IntType.FromBig(new BigInteger(r));
            }
            if (!IntType.IsInt(a[1]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(a[1]).Name + "' object cannot be interpreted as an integer");
            }
            return FloatType.FromDouble(RoundFloat(d, IntType.ToBig(a[1])));
        }
        nint rounded = noDigits && a[1] == 0 ? UserSlots.TryCall(x, "__round__", []) : UserSlots.TryCall(x, "__round__", [a[1]]);
        if (rounded != 0)
        {
            return rounded;
        }
        throw Errors.TypeError("type " + Ob.TypeOf(x).Name + " doesn't define __round__ method");
    }

    /// <summary>v / unit rounded to the nearest integer, ties to even (exact).</summary>
    private static BigInteger RoundHalfEven(BigInteger v, BigInteger unit)
    {
        BigInteger q = BigInteger.DivRem(BigInteger.Abs(v), unit, out BigInteger rem);
        int c = (rem * 2).CompareTo(unit);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += 1;
        }
        return v.Sign < 0 ? -q : q;
    }

    /// <summary>
    /// floatobject.c double_round: x rounded to ndigits decimal places, correctly rounded (ties to even on
    /// the exact binary value, so round(2.675, 2) is 2.67), then read back as the nearest double.
    /// </summary>
    private static double RoundFloat(double x, BigInteger ndigits)
    {
        const int NdigitsMax = 323, NdigitsMin = -308;
        if (!double.IsFinite(x) || ndigits > NdigitsMax)
        {
            return x;
        }
        if (ndigits < NdigitsMin)
        {
            return 0.0 * x;
        }
        int n = (int)ndigits;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mant = exp == 0 ? frac : frac | (1L << 52);
        int e2 = (exp == 0 ? 1 : exp) - 1075;
        if (mant.IsZero)
        {
            return x;
        }
        BigInteger num = mant, den = BigInteger.One;
        if (e2 >= 0)
        {
            num <<= e2;
        }
        else
        {
            den <<= -e2;
        }
        if (n >= 0)
        {
            num *= BigInteger.Pow(10, n);
        }
        else
        {
            den *= BigInteger.Pow(10, -n);
        }
        BigInteger q = RoundHalfEven(num, den);
        bool negative = x < 0;
        if (q.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }
        double r = double.Parse(q.ToString(System.Globalization.CultureInfo.InvariantCulture) + "e" + (-n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            System.Globalization.CultureInfo.InvariantCulture);
        if (double.IsInfinity(r))
        {
            throw Errors.OverflowError("rounded value too large to represent");
        }
        return negative ? -r : r;
    }

    // ---- exec / eval / compile -----------------------------------------------------------------------

    private static (nint globals, nint locals, bool ownsLocals) ResolveNamespaces(ReadOnlySpan<nint> args, string fn)
    {
        nint globals = args.Length > 1 && args[1] != Singletons.None ? args[1] : 0;
        nint locals = args.Length > 2 && args[2] != Singletons.None ? args[2] : 0;
        if (globals != 0 && !DictType.IsDict(globals))
        {
            throw Errors.TypeError(fn + "() globals must be a dict, not " + Ob.TypeOf(globals).Name);
        }
        if (globals == 0)
        {
            Interpreter.FrameState* f = Interpreter.Current;
            globals = f->Globals;
            if (locals == 0)
            {
                if (f->Locals != 0)
                {
                    return (globals, f->Locals, false);
                }
                // Inside a function: a snapshot of its locals, like locals().
                nint snapshot = DictType.New();
                CodeInfo info = CodeType.Info(f->Code);
                for (int i = 0; i < info.NLocals; i++)
                {
                    if (f->Fast[i] != 0)
                    {
                        DictType.Set(snapshot, TupleType.Item(info.VarNamesTuple, i), f->Fast[i]);
                    }
                }
                return (globals, snapshot, true);
            }
        }
        if (DictType.GetItemString(globals, "__builtins__") == 0)
        {
            DictType.Set(globals, StrObject.Intern("__builtins__"), Runtime.Current.BuiltinsModule);
        }
        return (globals, locals == 0 ? globals : locals, false);
    }

    private static nint RunSourceOrCode(nint source, ReadOnlySpan<nint> args, string fn, CompileMode mode)
    {
        var (globals, locals, owns) = ResolveNamespaces(args, fn);
        try
        {
            if (Ob.Type(source) == CodeType.Instance.Address)
            {
                return Interpreter.RunCode(source, globals, locals);
            }
            if (!StrObject.IsStr(source))
            {
                throw Errors.TypeError(fn + "() arg 1 must be a string, bytes or code object");
            }
            string text = StrObject.ToManaged(source);
            CompiledCode compiled = CompileText(text, "<string>", mode, keepConstants: true);
            try
            {
                return Interpreter.RunCode(compiled.Code, globals, locals);
            }
            finally
            {
                Ob.Decref(compiled.Code);
                compiled.Arena.Dispose();
            }
        }
        finally
        {
            if (owns)
            {
                Ob.Decref(locals);
            }
        }
    }

    private static nint Exec(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.Range("exec", args, 1, 3);
        nint r = RunSourceOrCode(args[0], args, "exec", CompileMode.Exec);
        Ob.Decref(r);
        return Singletons.None;
    }

    private static nint Eval(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.Range("eval", args, 1, 3);
        return RunSourceOrCode(args[0], args, "eval", CompileMode.Eval);
    }

    internal static CompiledCode CompileText(string text, string filename, CompileMode mode, bool keepConstants)
    {
        ICodeCompiler compiler = Runtime.Compiler ?? throw Errors.RuntimeError("no compiler available");
        try
        {
            return compiler.Compile(text, filename, mode, keepConstants);
        }
        catch (PythonSyntaxException e)
        {
            // CPython prints the SyntaxError's own filename, line, text and carets below the traceback.
            string last = e.ErrorType + ": " + e.Message + "\n";
            string? location = e.Formatted.EndsWith(last, StringComparison.Ordinal) ? e.Formatted[..^last.Length] : null;
            throw new PyException(e.ErrorType == "IndentationError" ? ExceptionType.IndentationError : ExceptionType.SyntaxError, e.Message)
            {
                SyntaxErrorLocation = location,
            };
        }
    }

    private static nint CompileBuiltin(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        nint[] a = Args.Parse("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3);
        string text = StrObject.ToManaged(Args.Str(a[0], "compile"));
        string filename = StrObject.ToManaged(Args.Str(a[1], "compile"));
        string modeText = StrObject.ToManaged(Args.Str(a[2], "compile"));
        CompileMode mode = modeText switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw Errors.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        CompiledCode compiled = CompileText(text, filename, mode, keepConstants: false);
        compiled.Arena.Dispose();
        return compiled.Code;
    }

    /// <summary>__build_class__(func, name, *bases): runs the class body in a fresh namespace, then creates the class.</summary>
    private static nint BuildClass(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length < 2 || Ob.Type(args[0]) != FunctionType.Instance.Address || !StrObject.IsStr(args[1]))
        {
            throw Errors.TypeError("__build_class__: func and name are required");
        }
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        int npos = args.Length - nkw;
        // Class keywords go to __init_subclass__; metaclass=type is the default, other metaclasses are not supported.
        nint classKw = 0;
        for (int i = 0; i < nkw; i++)
        {
            nint k = TupleType.Item(kwnames, i);
            nint v = args[npos + i];
            if (StrObject.ToManaged(k) == "metaclass")
            {
                if (v != TypeType.Instance.Address)
                {
                    Ob.XDecref(classKw);
                    throw Errors.TypeError("RefPy does not support metaclasses yet");
                }
                continue;
            }
            if (classKw == 0)
            {
                classKw = DictType.New();
            }
            DictType.Set(classKw, k, v);
        }
        nint bases = TupleType.New(npos - 2);
        for (int i = 2; i < npos; i++)
        {
            TupleType.SetItemInit(bases, i - 2, Ob.NewRef(args[i]));
        }
        nint ns = DictType.New();
        try
        {
            nint cell = Interpreter.RunClassBody(args[0], ns);
            nint cls;
            try
            {
                cls = ClassType.Create(StrObject.ToManaged(args[1]), bases, ns, classKw);
            }
            catch
            {
                Ob.Decref(cell);
                throw;
            }
            if (Ob.Type(cell) == CellType.Instance.Address)
            {
                CellType.Set(cell, Ob.NewRef(cls));
            }
            Ob.Decref(cell);
            return cls;
        }
        finally
        {
            Ob.Decref(ns);
            Ob.Decref(bases);
            Ob.XDecref(classKw);
        }
    }

    /// <summary>print(..., file=f): f.write(str(arg)), f.write(sep), ..., f.write(end), then f.flush() if asked.</summary>
    private static void PrintToFile(nint file, ReadOnlySpan<nint> args, nint sep, nint end, bool flush)
    {
        nint write = Abstract.GetAttr(file, StrObject.Intern("write"));
        try
        {
            void Put(nint s) => Ob.Decref(Abstract.Call(write, [s], 0));
            nint space = StrObject.Latin1Char(' ');
            nint newline = StrObject.Latin1Char('\n');
            for (int i = 0; i < args.Length; i++)
            {
                if (i > 0)
                {
                    Put(sep != 0 ? sep : space);
                }
                nint s = Abstract.Str(args[i]);
                try
                {
                    Put(s);
                }
                finally
                {
                    Ob.Decref(s);
                }
            }
            Put(end != 0 ? end : newline);
            if (flush)
            {
                Ob.Decref(Abstract.CallMethod(file, "flush"));
            }
        }
        finally
        {
            Ob.Decref(write);
        }
    }

    /// <summary>getattr/setattr/delattr/hasattr: the name must be a str.</summary>
    private static void CheckAttributeName(nint name)
    {
        if (!StrObject.IsStr(name))
        {
            throw Errors.TypeError("attribute name must be string, not '" + Ob.TypeOf(name).Name + "'");
        }
    }
}
