using RefPy.Tests.Corpus;

namespace RefPy.Tests;

/// <summary>Bad input gets a clear error and loses nothing: the cases CPython would crash on or report.</summary>
public sealed class BadInputTests
{
    private static ProgramResult RunSource(string source)
    {
        string dir = Path.Combine(CorpusTests.RepoRoot, "tests", "RefPy.Tests", "bin", "scratch");
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, "prog_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(file, source);
        try
        {
            return CorpusTests.Run(Path.GetRelativePath(CorpusTests.RepoRoot, file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void FromAddressOutsideHeapRaisesValueError()
    {
        ProgramResult r = RunSource("import ctypes\nprint('before')\nctypes.c_long.from_address(16).value\n");
        Assert.Equal("before\n", r.Stdout);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ValueError: ctypes.c_long.from_address(0x10): address is not inside a live block of RefPy's private heap", r.Stderr);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void FromAddressOfFreedObjectSaysSo()
    {
        ProgramResult r = RunSource("import ctypes\nx = [1, 2, 3]\naddr = id(x)\ndel x\nctypes.c_long.from_address(addr).value\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("held an object that has since been freed", r.Stderr);
    }

    [Fact]
    public void FromAddressInsideLiveObjectReadsLikeCPython()
    {
        ProgramResult r = RunSource(
            "import ctypes\nx = [7, 8]\nprint(ctypes.c_void_p.from_address(id(x) + 8).value == id(list))\n" +
            "print(ctypes.c_ssize_t.from_address(id(x) + 16).value)\nprint(ctypes.c_long.from_address(id(x) + 32).value)\n");
        Assert.Equal("True\n2\n2\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void NullAndNegativeAddressesRaise()
    {
        ProgramResult r = RunSource("import ctypes\ntry_null = 0\nctypes.c_int.from_address(try_null).value\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ValueError: ctypes.c_int.from_address(0x0)", r.Stderr);
        r = RunSource("import ctypes\nctypes.c_long.from_address(-8)\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ValueError", r.Stderr);
    }

    [Fact]
    public void SyntaxErrorHasFileLineAndCaret()
    {
        ProgramResult r = RunSource("x = 1\ny = (2 +\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("line 2", r.Stderr);
        Assert.Contains("^", r.Stderr);
        Assert.Contains("SyntaxError: '(' was never closed", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void DeepRecursionIsARecursionErrorNotACrash()
    {
        ProgramResult r = RunSource("def f(n):\n    return f(n + 1)\nf(0)\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("RecursionError: maximum recursion depth exceeded", r.Stderr);
        Assert.Contains("[Previous line repeated 996 more times]", r.Stderr);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void UnbufferedStdoutKeepsNoReferences()
    {
        // What CPython 3.12 prints for this program under PYTHONUNBUFFERED=1 or -u (write_through: the
        // pending buffer is flushed at once, so print() leaves no reference behind).
        Runtime.Runtime.StdoutUnbuffered = true;
        try
        {
            ProgramResult r = RunSource(
                "import sys\ns = 'abc' + str(len('xy'))\nprint(s)\nprint(sys.getrefcount(s))\n" +
                "sep = '-' + '-'\nprint(1, 2, sep=sep)\nprint(sys.getrefcount(sep))\n");
            Assert.Equal("abc2\n2\n1--2\n4\n", r.Stdout);
            Assert.Equal(0, r.BlocksInUse);
        }
        finally
        {
            Runtime.Runtime.StdoutUnbuffered = false;
        }
    }

    [Fact]
    public void UnsupportedLiteralsAreACleanSyntaxError()
    {
        // complex objects do not exist in RefPy: the compiler says so at the literal, never crashes.
        ProgramResult r = RunSource("def f():\n    return (1, 2j)\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("SyntaxError: complex literals are not supported yet", r.Stderr);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void HeapLimitGivesMemoryError()
    {
        string dir = Path.Combine(CorpusTests.RepoRoot, "tests", "RefPy.Tests", "bin");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = 0;
        long blocks = -1;
        var t = new Thread(() =>
        {
            RefPy.Compiler.PythonCompiler.Register();
            var rt = new Runtime.Runtime(new Runtime.RuntimeOptions { Stdout = stdout, Stderr = stderr, HeapLimitBytes = 4 << 20 });
            code = rt.RunMain("x = []\nwhile True:\n    x.append([0, 1, 2])\n", Path.Combine(dir, "mem.py"));
            rt.Dispose();
            blocks = rt.BlocksInUseAtShutdown;
        }, 64 << 20);
        t.Start();
        t.Join();
        Assert.Equal(1, code);
        Assert.Contains("MemoryError", stderr.ToString());
        Assert.Equal(0, blocks);
    }
}
