// Mirrors CPython Lib/traceback.py's everyday entry points over RefPy's traceback formatter.
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>traceback</c> module: print_exc, format_exc, print_exception, format_exception, format_exception_only.</summary>
internal static class TracebackModule
{
    public static nint Create()
    {
        nint m = ModuleType.New("traceback");
        nint d = ModuleType.Dict(m);
        void Fn(string name, BuiltinFn fn)
        {
            nint f = BuiltinFunctionObject.New(new NativeFunction(name, fn), m);
            DictType.Set(d, StrObject.Intern(name), f);
            Ob.Decref(f);
        }
        Fn("format_exc", (self, args, kw) => StrObject.New(Handled() is { } e ? Runtime.Current.FormatException(e) : "NoneType: None\n"));
        Fn("print_exc", (self, args, kw) =>
        {
            WriteErr(Handled() is { } e ? Runtime.Current.FormatException(e) : "NoneType: None\n");
            return Singletons.None;
        });
        Fn("print_exception", (self, args, kw) =>
        {
            Args.Range("print_exception", args, 1, 3);
            WriteErr(Runtime.Current.FormatException(Of(ExceptionArg(args))));
            return Singletons.None;
        });
        Fn("format_exception", (self, args, kw) =>
        {
            Args.Range("format_exception", args, 1, 3);
            return Lines(Runtime.Current.FormatException(Of(ExceptionArg(args))));
        });
        Fn("format_exception_only", (self, args, kw) =>
        {
            Args.Range("format_exception_only", args, 1, 2);
            nint exc = ExceptionArg(args);
            return Lines(Of(exc).FormatExceptionLine() + "\n");
        });
        return m;
    }

    /// <summary>The exception argument: (exc) in 3.10+, or (type, value, tb) where value is the exception.</summary>
    private static nint ExceptionArg(ReadOnlySpan<nint> args) => args.Length >= 2 && args[1] != Singletons.None ? args[1] : args[0];

    private static PyException? Handled()
    {
        nint h = Interpreter.HandledException;
        return h == 0 ? null : Of(h);
    }

    /// <summary>The .NET exception carrying an exception object (its traceback), or a fresh one without frames.</summary>
    private static PyException Of(nint exc)
    {
        if (ExceptionType.InFlight.TryGetValue(exc, out PyException? e))
        {
            return e;
        }
        PyType t = Ob.TypeOf(exc);
        ExceptionType? builtin = t as ExceptionType ?? (t is ClassType ct ? ct.BuiltinBase as ExceptionType : null);
        if (builtin is null)
        {
            throw Errors.TypeError("Exception expected for value, " + t.Name + " found");
        }
        return new PyException(builtin, Abstract.StrString(exc)) { TypeDisplayName = t is ClassType c ? c.DisplayName : null };
    }

    /// <summary>The list format_exception returns: one string per line, except that a frame's "  File ..." line
    /// and the source and caret lines under it form one entry, as traceback.StackSummary.format() does.</summary>
    private static nint Lines(string text)
    {
        var entries = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            string line = text[start..end];
            bool continuesFrame = line.StartsWith("    ", StringComparison.Ordinal) && entries.Count > 0 &&
                entries[^1].StartsWith("  File ", StringComparison.Ordinal);
            if (continuesFrame)
            {
                entries[^1] += line;
            }
            else
            {
                entries.Add(line);
            }
            start = end;
        }
        nint list = ListType.New(0);
        foreach (string entry in entries)
        {
            ListType.AppendSteal(list, StrObject.New(entry));
        }
        return list;
    }

    private static void WriteErr(string text)
    {
        Runtime rt = Runtime.Current;
        StdoutBuffer.Flush(rt);
        rt.Stderr.Write(text);
        rt.Stderr.Flush();
    }
}
