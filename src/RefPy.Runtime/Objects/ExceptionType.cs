// Mirrors CPython Objects/exceptions.c: the built-in exception hierarchy (types only, for now).
namespace RefPy.Runtime.Objects;

/// <summary>
/// A built-in exception class. Exceptions are raised as <see cref="PyException"/>; the type object exists in
/// the heap so the names resolve and print like CPython's.
/// </summary>
internal sealed unsafe class ExceptionType : PyType
{
    /// <summary>PyBaseExceptionObject: dict +16, args +24, notes +32, traceback +40, context +48, cause +56, suppress_context +64.</summary>
    public const int Size = 72;
    public const int DictOffset = 16, ArgsOffset = 24, NotesOffset = 32, TracebackOffset = 40, ContextOffset = 48, CauseOffset = 56,
        SuppressContextOffset = 64, VerbatimOffset = 65;

    /// <summary>Exceptions a Python handler is running for: the heap object and the .NET exception that carried it.</summary>
    public static readonly Dictionary<nint, PyException> InFlight = new();

    private ExceptionType(string name, ExceptionType? baseType) : base(name, Size, 0, true, baseType ?? (PyType)ObjectType.Instance)
    {
        All.Add(this);
        if (baseType is null)
        {
            this.AddProperty("args", o => Ob.NewRef(Args(o)));
            this.AddProperty("__traceback__", o => Singletons.None);
            this.AddProperty("__context__", o => Ob.NewRef(*(nint*)(o + ContextOffset) == 0 ? Singletons.None : *(nint*)(o + ContextOffset)));
            this.AddProperty("__cause__", o => Ob.NewRef(*(nint*)(o + CauseOffset) == 0 ? Singletons.None : *(nint*)(o + CauseOffset)));
            this.AddProperty("__suppress_context__", o => BoolObject.NewRef(*(byte*)(o + SuppressContextOffset) != 0));
            this.AddMethod("__init__", (self, args, kw) =>
            {
                SetArgs(self, args);
                return Singletons.None;
            });
            this.AddMethod("with_traceback", (self, args, kw) => Ob.NewRef(self));
            this.AddMethod("__str__", (self, args, kw) => { Objects.Args.Exact("BaseException.__str__", args, 0); return StrObject.New(StrOf(self)); });
            this.AddMethod("__repr__", (self, args, kw) =>
            {
                Objects.Args.Exact("BaseException.__repr__", args, 0);
                PyType t = Ob.TypeOf(self);
                return StrObject.New(ReprOf(self, t.Name));
            });
        }
    }

    public static nint Args(nint o) => *(nint*)(o + ArgsOffset);

    public static void SetArgs(nint o, ReadOnlySpan<nint> args)
    {
        nint t = TupleType.New(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            TupleType.SetItemInit(t, i, Ob.NewRef(args[i]));
        }
        nint old = *(nint*)(o + ArgsOffset);
        *(nint*)(o + ArgsOffset) = t;
        Ob.XDecref(old);
    }

    /// <summary>Allocates an exception object of type (a built-in exception type or a Python subclass of one).</summary>
    public static nint Alloc(PyType type, ReadOnlySpan<nint> args)
    {
        nint o;
        if (type is ClassType ct)
        {
            o = ct.NewInstance();
        }
        else
        {
            o = type.AllocObject(Size);
        }
        SetArgs(o, args);
        return o;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (kwnames != 0)
        {
            throw Errors.TypeError(Name + "() takes no keyword arguments");
        }
        return Alloc(this, args);
    }

    /// <summary>The heap object for an exception raised by .NET code: args = (message,) or ().</summary>
    public static nint FromManaged(PyException e)
    {
        nint o = e.PyType.AllocObject(Size);
        if (e.PyMessage.Length == 0)
        {
            SetArgs(o, []);
        }
        else
        {
            nint msg = StrObject.New(e.PyMessage);
            SetArgs(o, [msg]);
            Ob.Decref(msg);
            if (e.PyType == KeyError)
            {
                *(byte*)(o + VerbatimOffset) = 1; // the message is already repr(key)
            }
        }
        return o;
    }

    /// <summary>Releases an exception object's fields (shared by Python subclasses' instances).</summary>
    public static void ReleaseFields(nint o)
    {
        if (InFlight.Remove(o, out PyException? e))
        {
            e.ReleaseKeptLocals();
            e.Notes ??= ExceptionExtras.NoteLines(o);
        }
        foreach (int off in (ReadOnlySpan<int>)[DictOffset, ArgsOffset, NotesOffset, TracebackOffset, ContextOffset, CauseOffset])
        {
            nint v = *(nint*)(o + off);
            *(nint*)(o + off) = 0;
            Ob.XDecref(v);
        }
    }

    public override void Dealloc(nint o)
    {
        ReleaseFields(o);
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        foreach (int off in (ReadOnlySpan<int>)[DictOffset, ArgsOffset, NotesOffset, ContextOffset, CauseOffset])
        {
            nint v = *(nint*)(o + off);
            if (v != 0)
            {
                visit(v, arg);
            }
        }
    }

    public override void TpClear(nint o)
    {
        foreach (int off in (ReadOnlySpan<int>)[DictOffset, ArgsOffset, NotesOffset, ContextOffset, CauseOffset])
        {
            nint v = *(nint*)(o + off);
            *(nint*)(o + off) = 0;
            Ob.XDecref(v);
        }
    }

    /// <summary>BaseException.__str__ (KeyError shows the repr of its one argument).</summary>
    public static string StrOf(nint o)
    {
        nint args = Args(o);
        long n = args == 0 ? 0 : TupleType.Count(args);
        if (n == 0)
        {
            return "";
        }
        if (n == 1)
        {
            nint a = TupleType.Item(args, 0);
            bool isKeyError = Ob.TypeOf(o).IsSubtypeOf(KeyError);
            if (isKeyError && *(byte*)(o + VerbatimOffset) == 0)
            {
                return Abstract.ReprString(a);
            }
            return Abstract.StrString(a);
        }
        return Abstract.StrString(args);
    }

    /// <summary>BaseException.__repr__: Name('x'), Name(1, 2) or Name().</summary>
    public static string ReprOf(nint o, string name)
    {
        nint args = Args(o);
        long n = args == 0 ? 0 : TupleType.Count(args);
        if (n == 1)
        {
            nint a = TupleType.Item(args, 0);
            return name + "(" + (*(byte*)(o + VerbatimOffset) != 0 ? StrObject.ToManaged(a) : Abstract.ReprString(a)) + ")";
        }
        return n == 0 ? name + "()" : name + Abstract.ReprString(args);
    }

    public override string Str(nint o) => StrOf(o);

    public override string Repr(nint o) => ReprOf(o, Name);

    public override nint GetAttr(nint o, nint name) => InstanceDictAttr.Get(this, o, name, DictOffset);

    public override void SetAttr(nint o, nint name, nint value)
    {
        nint dict = *(nint*)(o + DictOffset);
        if (dict == 0)
        {
            dict = DictType.New();
            *(nint*)(o + DictOffset) = dict;
        }
        if (value == 0)
        {
            if (!DictType.Remove(dict, name))
            {
                throw Errors.AttributeError("'" + Name + "' object has no attribute '" + StrObject.ToManaged(name) + "'");
            }
            return;
        }
        DictType.Set(dict, name, value);
    }

    /// <summary>Whether a type object can be raised or caught: a built-in exception type or a Python subclass of one.</summary>
    public static bool IsExceptionClass(nint typeObject)
    {
        if (Ob.Type(typeObject) != TypeType.Instance.Address)
        {
            return false;
        }
        PyType t = FromAddress(typeObject);
        return t is ExceptionType || (t is ClassType ct && ct.BuiltinBase is ExceptionType);
    }

    public static readonly List<ExceptionType> All = new();

    public static readonly ExceptionType BaseException = new("BaseException", null);
    public static readonly ExceptionType SystemExit = new("SystemExit", BaseException);
    public static readonly ExceptionType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly ExceptionType GeneratorExit = new("GeneratorExit", BaseException);
    public static readonly ExceptionType Exception = new("Exception", BaseException);
    public static readonly ExceptionType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly ExceptionType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly ExceptionType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly ExceptionType AssertionError = new("AssertionError", Exception);
    public static readonly ExceptionType AttributeError = new("AttributeError", Exception);
    public static readonly ExceptionType LookupError = new("LookupError", Exception);
    public static readonly ExceptionType IndexError = new("IndexError", LookupError);
    public static readonly ExceptionType KeyError = new("KeyError", LookupError);
    public static readonly ExceptionType MemoryError = new("MemoryError", Exception);
    public static readonly ExceptionType NameError = new("NameError", Exception);
    public static readonly ExceptionType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly ExceptionType RuntimeError = new("RuntimeError", Exception);
    public static readonly ExceptionType ReferenceError = new("ReferenceError", Exception);
    public static readonly ExceptionType RecursionError = new("RecursionError", RuntimeError);
    public static readonly ExceptionType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly ExceptionType ImportError = new("ImportError", Exception);
    public static readonly ExceptionType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly ExceptionType StopIteration = new("StopIteration", Exception);
    public static readonly ExceptionType SyntaxError = new("SyntaxError", Exception);
    public static readonly ExceptionType IndentationError = new("IndentationError", SyntaxError);
    public static readonly ExceptionType TypeError = new("TypeError", Exception);
    public static readonly ExceptionType ValueError = new("ValueError", Exception);
    public static readonly ExceptionType OSError = new("OSError", Exception);
    public static readonly ExceptionType BlockingIOError = new("BlockingIOError", OSError);
    public static readonly ExceptionType ChildProcessError = new("ChildProcessError", OSError);
    public static readonly ExceptionType ConnectionError = new("ConnectionError", OSError);
    public static readonly ExceptionType BrokenPipeError = new("BrokenPipeError", ConnectionError);
    public static readonly ExceptionType ConnectionAbortedError = new("ConnectionAbortedError", ConnectionError);
    public static readonly ExceptionType ConnectionRefusedError = new("ConnectionRefusedError", ConnectionError);
    public static readonly ExceptionType ConnectionResetError = new("ConnectionResetError", ConnectionError);
    public static readonly ExceptionType FileExistsError = new("FileExistsError", OSError);
    public static readonly ExceptionType FileNotFoundError = new("FileNotFoundError", OSError);
    public static readonly ExceptionType InterruptedError = new("InterruptedError", OSError);
    public static readonly ExceptionType IsADirectoryError = new("IsADirectoryError", OSError);
    public static readonly ExceptionType NotADirectoryError = new("NotADirectoryError", OSError);
    public static readonly ExceptionType PermissionError = new("PermissionError", OSError);
    public static readonly ExceptionType ProcessLookupError = new("ProcessLookupError", OSError);
    public static readonly ExceptionType TimeoutError = new("TimeoutError", OSError);
    public static readonly ExceptionType EOFError = new("EOFError", Exception);
    public static readonly ExceptionType UnicodeError = new("UnicodeError", ValueError);
    public static readonly ExceptionType UnicodeDecodeError = new("UnicodeDecodeError", UnicodeError);
    public static readonly ExceptionType UnicodeEncodeError = new("UnicodeEncodeError", UnicodeError);
    public static readonly ExceptionType UnicodeTranslateError = new("UnicodeTranslateError", UnicodeError);
    public static readonly ExceptionType SystemError = new("SystemError", Exception);
    public static readonly ExceptionType BufferError = new("BufferError", Exception);
    public static readonly ExceptionType StopAsyncIteration = new("StopAsyncIteration", Exception);
    public static readonly ExceptionType FloatingPointError = new("FloatingPointError", ArithmeticError);
    public static readonly ExceptionType TabError = new("TabError", IndentationError);
    public static readonly ExceptionType Warning = new("Warning", Exception);
    public static readonly ExceptionType UserWarning = new("UserWarning", Warning);
    public static readonly ExceptionType DeprecationWarning = new("DeprecationWarning", Warning);
    public static readonly ExceptionType PendingDeprecationWarning = new("PendingDeprecationWarning", Warning);
    public static readonly ExceptionType SyntaxWarning = new("SyntaxWarning", Warning);
    public static readonly ExceptionType RuntimeWarning = new("RuntimeWarning", Warning);
    public static readonly ExceptionType FutureWarning = new("FutureWarning", Warning);
    public static readonly ExceptionType ImportWarning = new("ImportWarning", Warning);
    public static readonly ExceptionType UnicodeWarning = new("UnicodeWarning", Warning);
    public static readonly ExceptionType BytesWarning = new("BytesWarning", Warning);
    public static readonly ExceptionType ResourceWarning = new("ResourceWarning", Warning);
    public static readonly ExceptionType EncodingWarning = new("EncodingWarning", Warning);
    /// <summary>add_note, SystemExit.code, StopIteration.value (Objects/ExceptionExtras.cs), once every type exists.</summary>
    internal static readonly bool ExtrasInstalled = ExceptionExtras.Install();

}
