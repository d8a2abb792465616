// Mirrors CPython Modules/main.c: the command line.
using RefPy.Compiler;
using RefPy.Runtime;

namespace RefPy.Cli;

/// <summary><c>refpy script.py [args]</c>, <c>refpy -c "code" [args]</c>; exit codes as python's (0, 1, 2).</summary>
public static class Program
{
    private const string Usage = "usage: refpy [--heap-stats] [-u] [-c cmd | file] [arg] ...";

    public static int Main(string[] args)
    {
        bool heapStats = false;
        // PYTHONUNBUFFERED (any non-empty value) or -u: unbuffered stdout, as in CPython.
        bool unbuffered = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"));
        int i = 0;
        string? command = null;
        string? file = null;
        while (i < args.Length)
        {
            string a = args[i];
            if (a == "--heap-stats")
            {
                heapStats = true;
                i++;
                continue;
            }
            if (a == "-u")
            {
                unbuffered = true;
                i++;
                continue;
            }
            if (a is "-h" or "--help")
            {
                Console.Out.WriteLine(Usage);
                return 0;
            }
            if (a == "-c")
            {
                if (i + 1 >= args.Length)
                {
                    Console.Error.WriteLine("Argument expected for the -c option");
                    Console.Error.WriteLine(Usage);
                    return 2;
                }
                command = args[i + 1];
                i += 2;
                break;
            }
            if (a.StartsWith('-') && a != "-")
            {
                Console.Error.WriteLine("Unknown option: " + a);
                Console.Error.WriteLine(Usage);
                return 2;
            }
            file = a;
            i++;
            break;
        }
        if (command is null && file is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        string source;
        string filename;
        var argv = new List<string>();
        if (command is not null)
        {
            source = command;
            filename = "<string>";
            argv.Add("-c");
        }
        else
        {
            string full = Path.GetFullPath(file!);
            if (!File.Exists(full))
            {
                Console.Error.WriteLine("refpy: can't open file '" + full + "': [Errno 2] No such file or directory");
                return 2;
            }
            source = File.ReadAllText(full);
            filename = full;
            argv.Add(file!);
        }
        argv.AddRange(args.Skip(i));
        int exitCode = 0;
        // Python recursion goes through the .NET stack: give the interpreter a thread with room to spare.
        var thread = new Thread(() =>
        {
            try
            {
                exitCode = Run(source, filename, argv, heapStats, unbuffered);
            }
            catch (Exception ex)
            {
                // A bug in RefPy itself: report it like CPython's fatal errors instead of a .NET crash dump.
                Console.Out.Flush();
                Console.Error.WriteLine("Fatal Python error: RefPy internal error: " + ex.GetType().Name + ": " + ex.Message);
                exitCode = 70;
            }
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int Run(string source, string filename, List<string> argv, bool heapStats, bool unbuffered)
    {
        PythonCompiler.Register();
        RefPy.Runtime.Runtime.StdoutIsInteractive = !Console.IsOutputRedirected;
        RefPy.Runtime.Runtime.StdoutUnbuffered = unbuffered;
        using var runtime = new Runtime.Runtime(new RuntimeOptions { Argv = argv });
        int code = runtime.RunMain(source, filename);
        if (heapStats)
        {
            runtime.Stdout.Flush();
            runtime.Stderr.Write(runtime.Heap.FormatStatistics());
        }
        runtime.Dispose();
        if (heapStats)
        {
            Console.Error.WriteLine("blocks in use after shutdown: " + runtime.BlocksInUseAtShutdown);
        }
        return code;
    }
}
