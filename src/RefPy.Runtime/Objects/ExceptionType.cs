// Mirrors CPython Objects/exceptions.c: the built-in exception hierarchy (types only, for now).
namespace RefPy.Runtime.Objects;

/// <summary>
/// A built-in exception class. Exceptions are raised as <see cref="PyException"/>; the type object exists in
/// the heap so the names resolve and print like CPython's.
/// </summary>
internal sealed class ExceptionType : PyType
{
    private ExceptionType(string name, ExceptionType? baseType) : base(name, 64, 0, true, baseType ?? (PyType)ObjectType.Instance)
    {
        All.Add(this);
    }

    public static readonly List<ExceptionType> All = new();

    public static readonly ExceptionType BaseException = new("BaseException", null);
    public static readonly ExceptionType SystemExit = new("SystemExit", BaseException);
    public static readonly ExceptionType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
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
    public static readonly ExceptionType RecursionError = new("RecursionError", RuntimeError);
    public static readonly ExceptionType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly ExceptionType ImportError = new("ImportError", Exception);
    public static readonly ExceptionType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly ExceptionType StopIteration = new("StopIteration", Exception);
    public static readonly ExceptionType SyntaxError = new("SyntaxError", Exception);
    public static readonly ExceptionType IndentationError = new("IndentationError", SyntaxError);
    public static readonly ExceptionType TypeError = new("TypeError", Exception);
    public static readonly ExceptionType ValueError = new("ValueError", Exception);

    public override string Repr(nint o) => "<" + Name + " object>";
}
