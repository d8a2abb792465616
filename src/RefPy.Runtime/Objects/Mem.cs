// Mirrors CPython Objects/obmalloc.c's PyObject_Malloc/PyMem_Malloc entry points and gc pre-header allocation.
using System.Runtime.CompilerServices;
using RefPy.Memory;

namespace RefPy.Runtime.Objects;

/// <summary>
/// The runtime's door to its private heap. Objects of GC types get CPython's 16-byte PyGC_Head in front
/// of the object, so <c>id(x)</c> is the block start + 16 for them, as in CPython.
/// Only one runtime is active on a process at a time; <see cref="Heap"/> is that runtime's heap.
/// </summary>
internal static unsafe class Mem
{
    public const int GcHeaderSize = 16;

    public static PrivateHeap Heap = null!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Alloc(long size)
    {
        try
        {
            return Heap.Allocate((nuint)size);
        }
        catch (HeapLimitExceededException)
        {
            throw Errors.MemoryError();
        }
    }

    public static nint Realloc(nint p, long size)
    {
        try
        {
            return Heap.Reallocate(p, (nuint)size);
        }
        catch (HeapLimitExceededException)
        {
            throw Errors.MemoryError();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Free(nint p) => Heap.Free(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint AllocObject(int size, bool gc)
    {
        if (gc)
        {
            nint block = Alloc(size + GcHeaderSize);
            ((long*)block)[0] = 0;
            ((long*)block)[1] = 0;
            return block + GcHeaderSize;
        }
        return Alloc(size);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FreeObject(nint o, bool gc)
    {
        if (gc)
        {
            Gc.Untrack(o);
            Heap.Free(o - GcHeaderSize);
        }
        else
        {
            Heap.Free(o);
        }
    }
}
