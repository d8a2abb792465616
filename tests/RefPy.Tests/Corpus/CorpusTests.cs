using RefPy.Compiler;
using Xunit;

namespace RefPy.Tests.Corpus;

/// <summary>
/// Runs every tests/corpus/*.py on RefPy and compares stdout with the .out file CPython 3.12 produced
/// (and stderr/exit code where .err/.code exist). After each program the runtime is disposed and the
/// private heap must hold no block at all.
/// </summary>
public sealed class CorpusTests
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "RefPy.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("repository root (RefPy.slnx) not found");
    }

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "tests", "corpus"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    public static ProgramResult Run(string relativePath)
    {
        string full = Path.Combine(RepoRoot, relativePath);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var result = new ProgramResult();
        var thread = new Thread(() =>
        {
            PythonCompiler.Register();
            var runtime = new Runtime.Runtime(new Runtime.RuntimeOptions { Stdout = stdout, Stderr = stderr, Argv = [relativePath] });
            try
            {
                result.ExitCode = runtime.RunMain(File.ReadAllText(full), full);
            }
            finally
            {
                runtime.Dispose();
            }
            result.BlocksInUse = runtime.BlocksInUseAtShutdown;
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        result.Stdout = stdout.ToString();
        // CPython prints the main script's absolute path; goldens record it relative to the repository.
        result.Stderr = stderr.ToString().Replace(RepoRoot + "/", "", StringComparison.Ordinal);
        return result;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string name)
    {
        string rel = Path.Combine("tests", "corpus", name + ".py");
        string expectedOut = File.ReadAllText(Path.Combine(RepoRoot, "tests", "corpus", name + ".out"));
        ProgramResult r = Run(rel);
        Assert.Equal(expectedOut, r.Stdout);
        string codeFile = Path.Combine(RepoRoot, "tests", "corpus", name + ".code");
        int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
        Assert.Equal(expectedCode, r.ExitCode);
        string errFile = Path.Combine(RepoRoot, "tests", "corpus", name + ".err");
        if (File.Exists(errFile))
        {
            Assert.Equal(File.ReadAllText(errFile), r.Stderr);
        }
        // Teardown clears the modules and runs a full cycle collection, so even programs that leave
        // reference cycles behind must end with an empty heap.
        Assert.Equal(0, r.BlocksInUse);
    }
}

public sealed class ProgramResult
{
    public string Stdout { get; set; } = "";
    public string Stderr { get; set; } = "";
    public int ExitCode { get; set; }
    public long BlocksInUse { get; set; } = -1;
}
