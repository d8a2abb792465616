// Mirrors CPython Python/errors.c: raising built-in exceptions with CPython's messages.
namespace RefPy.Runtime.Objects;

/// <summary>A Python exception raised through .NET: its type and message, plus the traceback collected while unwinding.</summary>
internal sealed class PyException : Exception
{
    public PyException(ExceptionType type, string message) : base(message)
    {
        PyType = type;
        PyMessage = message;
    }

    /// <summary>Raises an exception object made by Python code (raise X(...)); takes ownership of value.</summary>
    public PyException(ExceptionType builtinType, string message, nint value, string? typeName) : this(builtinType, message)
    {
        Value = value;
        TypeDisplayName = typeName;
    }

    public ExceptionType PyType { get; }
    public string PyMessage { get; }
    public List<TracebackEntry> Traceback { get; } = new();

    /// <summary>The exception object in the heap (owned), once Python code has seen it; 0 before.</summary>
    public nint Value { get; set; }
    /// <summary>The class name shown in tracebacks when the exception is an instance of a Python class.</summary>
    public string? TypeDisplayName { get; set; }
    /// <summary>The exception being handled when this one was raised (__context__), or the explicit cause.</summary>
    public PyException? Context { get; set; }
    public PyException? Cause { get; set; }
    public bool SuppressContext { get; set; }
    /// <summary>The frame (its state's address) that last added itself to <see cref="Traceback"/>.</summary>
    public nint TracebackFrame { get; set; }

    /// <summary>The exception's type object: the Python class for raised instances, else the built-in type.</summary>
    public nint TypeObject => Value != 0 ? Ob.Type(Value) : PyType.Address;

    /// <summary>
    /// Locals of the function frames this exception unwound: CPython's traceback keeps those frames alive, so
    /// what they hold is released only when the exception itself goes away.
    /// </summary>
    public List<nint>? KeptLocals { get; private set; }

    public void KeepLocal(nint o) => (KeptLocals ??= new List<nint>()).Add(o);

    /// <summary>Releases the frames' locals kept by the traceback (the exception object died).</summary>
    public void ReleaseKeptLocals()
    {
        List<nint>? kept = KeptLocals;
        KeptLocals = null;
        if (kept is not null)
        {
            foreach (nint o in kept)
            {
                Ob.Decref(o);
            }
        }
    }

    /// <summary>Drops the heap exception object, the kept frames (and those of the chain) when .NET code is done with the exception.</summary>
    public void Release()
    {
        nint v = Value;
        Value = 0;
        if (v != 0)
        {
            ExceptionType.InFlight.Remove(v);
            Ob.Decref(v);
        }
        ReleaseKeptLocals();
        Context?.Release();
        Cause?.Release();
    }

    /// <summary>"TypeError: message" or just "KeyError" when the message is empty.</summary>
    public string FormatExceptionLine()
    {
        string name = TypeDisplayName ?? PyType.Name;
        return PyMessage.Length == 0 ? name : name + ": " + PyMessage;
    }

    /// <summary>NameError / AttributeError raised by the runtime: the missing name (CPython's exc.name).</summary>
    public string? MissingName { get; set; }
    /// <summary>What the traceback's "Did you mean" is computed from, captured at raise time (Vm/Suggestions.cs).</summary>
    public Vm.SuggestionSource? Suggestion { get; set; }
    /// <summary>The __notes__ of the exception object, kept when the object died before the traceback was printed.</summary>
    public List<string>? Notes { get; set; }
    /// <summary>A SyntaxError from compiling a string: the "  File ..., line N" block with text and carets.</summary>
    public string? SyntaxErrorLocation { get; set; }
}

/// <summary>One line of a traceback: where a frame was when the exception passed through it.</summary>
internal readonly record struct TracebackEntry(string Filename, string FunctionName, SourcePosition Position, string? SourceText);

/// <summary>Start and end of an instruction's source, like CPython's co_positions (1-based lines, 0-based columns).</summary>
internal readonly record struct SourcePosition(int Line, int EndLine, int Col, int EndCol)
{
    /// <summary>For binary operations and subscripts: where the operator sits, so tracebacks can draw ~~^~~.</summary>
    public int AnchorStart { get; init; } = -1;
    public int AnchorEnd { get; init; } = -1;
}

internal static class Errors
{
    public static PyException TypeError(string msg) => new(ExceptionType.TypeError, msg);
    public static PyException ValueError(string msg) => new(ExceptionType.ValueError, msg);
    public static PyException IndexError(string msg) => new(ExceptionType.IndexError, msg);
    public static PyException KeyError(string msg) => new(ExceptionType.KeyError, msg);

    /// <summary>KeyError(key): args holds the key itself, str() shows its repr (dict_subscript, dict.pop, set.remove).</summary>
    public static PyException KeyErrorFor(nint key)
    {
        nint exc = ExceptionType.Alloc(ExceptionType.KeyError, [key]);
        return new PyException(ExceptionType.KeyError, Abstract.ReprString(key), exc, null);
    }
    public static PyException AttributeError(string msg) => new(ExceptionType.AttributeError, msg);
    public static PyException NameError(string msg) => new(ExceptionType.NameError, msg);
    public static PyException ZeroDivisionError(string msg) => new(ExceptionType.ZeroDivisionError, msg);
    public static PyException OverflowError(string msg) => new(ExceptionType.OverflowError, msg);
    public static PyException RecursionError(string msg) => new(ExceptionType.RecursionError, msg);
    public static PyException MemoryError() => new(ExceptionType.MemoryError, "");
    public static PyException UnboundLocalError(string msg) => new(ExceptionType.UnboundLocalError, msg);
    public static PyException ImportError(string msg) => new(ExceptionType.ModuleNotFoundError, msg);
    public static PyException NotImplementedError(string msg) => new(ExceptionType.NotImplementedError, msg);
    public static PyException SystemExit(string msg) => new(ExceptionType.SystemExit, msg);
    public static PyException StopIteration() => new(ExceptionType.StopIteration, "");
    public static PyException AssertionError(string msg) => new(ExceptionType.AssertionError, msg);
    public static PyException RuntimeError(string msg) => new(ExceptionType.RuntimeError, msg);

    public static PyException SyntaxError(string msg) => new(ExceptionType.SyntaxError, msg);

    public static PyException UnsupportedOperands(string op, nint a, nint b) =>
        TypeError("unsupported operand type(s) for " + op + ": '" + Ob.TypeOf(a).Name + "' and '" + Ob.TypeOf(b).Name + "'");
}
