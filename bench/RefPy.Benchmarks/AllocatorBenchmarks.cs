using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RefPy.Memory;

namespace RefPy.Benchmarks;

/// <summary>
/// Small-block allocation cost of <see cref="PrivateHeap"/> against the native allocator
/// (<see cref="NativeMemory.Alloc(nuint)"/> / <see cref="NativeMemory.Free"/>), which is the baseline
/// of each category. All figures are per allocate + free pair; <see cref="MemoryDiagnoserAttribute"/>
/// confirms that the heap makes no managed allocations.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public unsafe class AllocatorBenchmarks
{
    private const int BurstSize = 1000;

    private PrivateHeap _heap = null!;
    private nint[] _keepAlive = null!;
    private nint[] _burst = null!;
    private nuint[] _burstSizes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _heap = new PrivateHeap();

        // Keep a block of each measured size class alive so that its pool stays on the used-pool
        // list: this measures the steady state of a running program, not pool set-up.
        _keepAlive = [_heap.Allocate(32), _heap.Allocate(56)];

        // Object-like sizes from 16 to 128 bytes (Python ints, floats, tuples, lists, small dicts).
        var random = new Random(42);
        _burstSizes = Enumerable.Range(0, BurstSize).Select(_ => (nuint)random.Next(16, 129)).ToArray();
        _burst = new nint[BurstSize];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (nint block in _keepAlive)
        {
            _heap.Free(block);
        }

        _heap.Dispose();
    }

    [Benchmark(Baseline = true, Description = "NativeMemory alloc+free")]
    [BenchmarkCategory("32 B")]
    public nint Native_AllocFree_32()
    {
        void* block = NativeMemory.Alloc(32);
        NativeMemory.Free(block);
        return (nint)block;
    }

    [Benchmark(Description = "PrivateHeap alloc+free")]
    [BenchmarkCategory("32 B")]
    public nint Heap_AllocFree_32()
    {
        nint block = _heap.Allocate(32);
        _heap.Free(block);
        return block;
    }

    [Benchmark(Baseline = true, Description = "NativeMemory alloc+free")]
    [BenchmarkCategory("56 B")]
    public nint Native_AllocFree_56()
    {
        void* block = NativeMemory.Alloc(56);
        NativeMemory.Free(block);
        return (nint)block;
    }

    [Benchmark(Description = "PrivateHeap alloc+free")]
    [BenchmarkCategory("56 B")]
    public nint Heap_AllocFree_56()
    {
        nint block = _heap.Allocate(56);
        _heap.Free(block);
        return block;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BurstSize, Description = "NativeMemory 1000 allocs, 1000 frees")]
    [BenchmarkCategory("Burst 16-128 B")]
    public void Native_Burst()
    {
        nint[] blocks = _burst;
        nuint[] sizes = _burstSizes;
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i] = (nint)NativeMemory.Alloc(sizes[i]);
        }

        for (int i = 0; i < blocks.Length; i++)
        {
            NativeMemory.Free((void*)blocks[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = BurstSize, Description = "PrivateHeap 1000 allocs, 1000 frees")]
    [BenchmarkCategory("Burst 16-128 B")]
    public void Heap_Burst()
    {
        nint[] blocks = _burst;
        nuint[] sizes = _burstSizes;
        for (int i = 0; i < blocks.Length; i++)
        {
            blocks[i] = _heap.Allocate(sizes[i]);
        }

        for (int i = 0; i < blocks.Length; i++)
        {
            _heap.Free(blocks[i]);
        }
    }
}
