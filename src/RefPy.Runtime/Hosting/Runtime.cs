// Mirrors CPython Python/pylifecycle.c and Python/pythonrun.c: start-up, running a program, finalization.
using System.Text;
using RefPy.Memory;
using RefPy.Runtime.Modules;
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime;

/// <summary>Which code a compilation produces (compile()'s mode).</summary>
public enum CompileMode { Exec, Eval, Single }

/// <summary>Settings for a runtime.</summary>
public sealed class RuntimeOptions
{
    /// <summary>The most bytes the private heap may hold; MemoryError beyond it.</summary>
    public long HeapLimitBytes { get; init; } = 8L << 30;
    public TextWriter? Stdout { get; init; }
    public TextWriter? Stderr { get; init; }
    public IReadOnlyList<string> Argv { get; init; } = [""];
}

/// <summary>
/// A Python runtime: a private heap, the built-in types and modules, and the interpreter. One runtime is
/// active on a process at a time (created, used, disposed); disposing releases every object and the heap.
/// </summary>
public sealed unsafe class Runtime : IDisposable
{
    internal static Runtime Current = null!;
    private static readonly object ActiveLock = new();
    private static bool active;

    private readonly Dictionary<string, string[]> sources = new(StringComparer.Ordinal);
    private bool disposed;

    /// <summary>The compiler, supplied by RefPy.Compiler (which depends on this assembly, not the reverse).</summary>
    public static ICodeCompiler? Compiler { get; set; }

    public Runtime(RuntimeOptions? options = null)
    {
        options ??= new RuntimeOptions();
        lock (ActiveLock)
        {
            if (active)
            {
                throw new InvalidOperationException("Another RefPy runtime is active on this process; dispose it first.");
            }
            active = true;
        }
        Options = options;
        Stdout = options.Stdout ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        Stderr = options.Stderr ?? new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
        Heap = new PrivateHeap(options.HeapLimitBytes);
        Mem.Heap = Heap;
        Current = this;
        Bootstrap.Start(this);
    }

    public RuntimeOptions Options { get; }

    /// <summary>When stdout is a terminal, print output is line buffered and holds no objects (set by the CLI).</summary>
    public static bool StdoutIsInteractive
    {
        get => StdoutBuffer.LineBuffered;
        set => StdoutBuffer.LineBuffered = value;
    }

    /// <summary>python -u / PYTHONUNBUFFERED: stdout writes through at once and holds no objects (set by the CLI).</summary>
    public static bool StdoutUnbuffered
    {
        get => StdoutBuffer.Unbuffered;
        set => StdoutBuffer.Unbuffered = value;
    }
    public PrivateHeap Heap { get; }
    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    internal nint BuiltinsModule { get; set; }
    internal nint BuiltinsDict { get; set; }
    internal nint SysModule { get; set; }
    internal nint ModulesDict { get; set; }
    internal nint MainModule { get; set; }
    internal volatile bool Interrupted;

    /// <summary>Blocks in use after the last program finished and everything was released (set by Dispose).</summary>
    public long BlocksInUseAtShutdown { get; private set; } = -1;

    internal void RememberSource(string filename, string source)
    {
        sources[filename] = source.Replace("\r\n", "\n").Split('\n');
    }

    /// <summary>
    /// A source line for a traceback, like CPython's _Py_DisplaySourceLine: none for names like "&lt;string&gt;"
    /// (exec, eval, compile, -c), else the main script's text or the file read from disk.
    /// </summary>
    internal string? SourceLine(string filename, int line)
    {
        if (filename.Length > 1 && filename[0] == '<' && filename[^1] == '>')
        {
            return null;
        }
        if (!sources.TryGetValue(filename, out string[]? lines))
        {
            try
            {
                lines = File.Exists(filename) ? File.ReadAllText(filename).Replace("\r\n", "\n").Split('\n') : [];
            }
            catch (IOException)
            {
                lines = [];
            }
            catch (UnauthorizedAccessException)
            {
                lines = [];
            }
            sources[filename] = lines;
        }
        if (line >= 1 && line <= lines.Length)
        {
            return lines[line - 1];
        }
        return null;
    }

    /// <summary>Runs a program's source as __main__. Returns the process exit code (0, or 1 after an uncaught exception).</summary>
    public int RunMain(string source, string filename)
    {
        ICodeCompiler compiler = Compiler ?? throw new InvalidOperationException("No compiler registered.");
        RememberSource(filename, source);
        CompiledCode compiled;
        try
        {
            compiled = compiler.Compile(source, filename, CompileMode.Exec, keepConstantsAlive: true);
        }
        catch (PythonSyntaxException e)
        {
            StdoutBuffer.Flush(this);
            Stdout.Flush();
            Stderr.Write(e.Formatted);
            Stderr.Flush();
            return 1;
        }
        nint globals = ModuleType.Dict(MainModule);
        try
        {
            nint file = StrObject.New(filename);
            DictType.Set(globals, StrObject.Intern("__file__"), file);
            Ob.Decref(file);
            Gc.StartMain();
            nint result = Interpreter.RunCode(compiled.Code, globals, globals);
            Ob.Decref(result);
            return 0;
        }
        catch (PyException e)
        {
            StdoutBuffer.Flush(this);
            Stdout.Flush();
            try
            {
                if (e.PyType == ExceptionType.SystemExit)
                {
                    return SystemExitCode(e);
                }
                Stderr.Write(FormatException(e));
                Stderr.Flush();
                return 1;
            }
            finally
            {
                e.Release();
            }
        }
        catch (Exception ex) when (ex is not PyException)
        {
            // An internal error: keep what the program printed, then let the host report it.
            StdoutBuffer.Flush(this);
            Stdout.Flush();
            throw;
        }
        finally
        {
            Ob.Decref(compiled.Code);
            compiled.Arena.Dispose();
            StdoutBuffer.Flush(this);
            Stdout.Flush();
        }
    }

    /// <summary>handle_system_exit: None or no code exits 0, an int is the status, anything else is printed to stderr and exits 1.</summary>
    private int SystemExitCode(PyException e)
    {
        if (e.PyMessage.Length == 0 || e.PyMessage == "None")
        {
            return 0;
        }
        if (int.TryParse(e.PyMessage, out int code))
        {
            return code;
        }
        Stderr.Write(e.PyMessage + "\n");
        Stderr.Flush();
        return 1;
    }

    /// <summary>The traceback text of an exception, preceded by its cause or context chain like CPython's excepthook.</summary>
    internal string FormatException(PyException e)
    {
        var sb = new StringBuilder();
        FormatChain(e, sb, new HashSet<PyException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private void FormatChain(PyException e, StringBuilder sb, HashSet<PyException> seen)
    {
        seen.Add(e);
        if (e.Cause is not null && !seen.Contains(e.Cause))
        {
            FormatChain(e.Cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (e.Context is not null && !e.SuppressContext && !seen.Contains(e.Context))
        {
            FormatChain(e.Context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        sb.Append(Traceback.Format(e, SourceLine));
    }

    /// <summary>PyErr_WriteUnraisable: an exception nobody can catch (e.g. raised by __del__) goes to stderr.</summary>
    internal void ReportUnraisable(PyException e, string header)
    {
        Stderr.Write(header + "\n" + FormatException(e));
        Stderr.Flush();
    }

    /// <summary>import name: built-in modules only.</summary>
    internal nint Import(nint name)
    {
        nint m = DictType.GetItemStr(ModulesDict, name);
        if (m != 0)
        {
            return Ob.NewRef(m);
        }
        string n = StrObject.ToManaged(name);
        nint created = n switch
        {
            "ctypes" => CTypesModule.Create(),
            "gc" => GcModule.Create(),
            "weakref" => WeakrefModule.Create(),
            "traceback" => TracebackModule.Create(),
            "math" => MathModule.Create(),
            "time" => TimeModule.Create(),
            "copy" => CopyModule.Create(),
            "collections" => CollectionsModule.Create(),
            "dataclasses" => DataclassesModule.Create(),
            "functools" => FunctoolsModule.Create(),
            "itertools" => ItertoolsModule.Create(),
            "operator" => OperatorModule.Create(),
            "random" => RandomModule.Create(),
            "contextlib" => ContextlibModule.Create(),
            "abc" => AbcModule.Create(),
            "heapq" => HeapqModule.Create(),
            "bisect" => BisectModule.Create(),
            "string" => StringModule.Create(),
            "json" => JsonModule.Create(),
            "statistics" => StatisticsModule.Create(),
            "typing" => TypingModule.Create(),
            _ => 0,
        };
        if (created == 0)
        {
            throw new PyException(ExceptionType.ModuleNotFoundError, "No module named '" + n + "'");
        }
        DictType.Set(ModulesDict, name, created);
        return created;
    }

    /// <summary>Releases every object, the immortals last, then checks and releases the heap.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            StdoutBuffer.Flush(this);
            Stdout.Flush();
            Bootstrap.Finalize(this);
            BlocksInUseAtShutdown = Heap.BlocksInUse;
        }
        finally
        {
            Heap.Dispose();
            lock (ActiveLock)
            {
                active = false;
            }
        }
    }
}

/// <summary>The result of compiling source: a code object and the constants the parser's arena keeps alive.</summary>
public sealed class CompiledCode
{
    internal CompiledCode(nint code, ConstantArena arena)
    {
        Code = code;
        Arena = arena;
    }

    internal nint Code { get; }
    internal ConstantArena Arena { get; }
}

/// <summary>
/// CPython keeps the AST arena of the main script (and of exec(str)) alive while the code runs, and that
/// arena holds one reference to every constant the parser created: this is that reference.
/// </summary>
public sealed class ConstantArena : IDisposable
{
    private readonly List<nint> refs = new();

    internal void Add(nint o)
    {
        Ob.Incref(o);
        refs.Add(o);
    }

    public void Dispose()
    {
        foreach (nint o in refs)
        {
            Ob.Decref(o);
        }
        refs.Clear();
    }
}

/// <summary>Turns source into code objects; implemented by RefPy.Compiler.</summary>
public interface ICodeCompiler
{
    /// <summary>
    /// Compiles source. With keepConstantsAlive, the returned arena holds a reference to each constant
    /// (as the main script's AST arena does in CPython) until it is disposed.
    /// </summary>
    CompiledCode Compile(string source, string filename, CompileMode mode, bool keepConstantsAlive);
}

/// <summary>A SyntaxError raised while compiling, already formatted like CPython's report.</summary>
public sealed class PythonSyntaxException : Exception
{
    public PythonSyntaxException(string message, string formatted, string errorType = "SyntaxError") : base(message)
    {
        Formatted = formatted;
        ErrorType = errorType;
    }

    public string Formatted { get; }
    public string ErrorType { get; }
}
