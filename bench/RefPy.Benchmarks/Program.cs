using BenchmarkDotNet.Running;

namespace RefPy.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/RefPy.Benchmarks -- --filter '*Allocator*'</c>.
/// Each benchmark class lives in its own file.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
