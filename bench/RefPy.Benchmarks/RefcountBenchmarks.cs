using BenchmarkDotNet.Attributes;
using RefPy.Runtime.Objects;

namespace RefPy.Benchmarks;

/// <summary>incref+decref on a heap object, and allocate+release of a small list through the runtime.</summary>
[MemoryDiagnoser]
public class RefcountBenchmarks
{
    private Runtime.Runtime runtime = null!;
    private nint obj;

    [GlobalSetup]
    public void Setup()
    {
        runtime = new Runtime.Runtime(new Runtime.RuntimeOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        obj = IntType.FromLong(123456789);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Ob.Decref(obj);
        runtime.Dispose();
    }

    [Benchmark]
    public void IncrefDecref()
    {
        Ob.Incref(obj);
        Ob.Decref(obj);
    }

    [Benchmark]
    public void NewListAndRelease()
    {
        nint l = ListType.New(2);
        ListType.SetItemInit(l, 0, Ob.NewRef(obj));
        ListType.SetItemInit(l, 1, Ob.NewRef(obj));
        Ob.Decref(l);
    }
}
