// Mirrors CPython Include/cpython/object.h's trashcan (Py_TRASHCAN_BEGIN/END): bounded-depth deallocation.
namespace RefPy.Runtime.Objects;

/// <summary>
/// Runs a type's deallocator when a count reaches zero. Nested deallocation (a list freeing its items, which
/// free theirs) recurses directly up to <see cref="MaxDepth"/> levels, like CPython's trashcan; deeper objects
/// are parked on a deferred stack in unmanaged memory and freed iteratively when the outermost deallocation
/// unwinds, so a list nested a million deep is freed without growing the machine stack.
/// </summary>
internal static unsafe class Dealloc
{
    public const int MaxDepth = 50;

    private static int depth;
    private static nint* deferred;
    private static int deferredCount;
    private static int deferredCapacity;

    public static void Run(nint o)
    {
        // Like every GC type's tp_dealloc in CPython: untrack first, so a collection never sees an object
        // whose count already reached zero (including one parked on the deferred stack).
        PyType t = Ob.TypeOf(o);
        if (t.IsGc)
        {
            Gc.Untrack(o);
        }
        if (depth >= MaxDepth)
        {
            Defer(o);
            return;
        }
        depth++;
        try
        {
            t.Dealloc(o);
        }
        finally
        {
            depth--;
        }
        if (depth == 0 && deferredCount > 0)
        {
            DrainDeferred();
        }
    }

    private static void Defer(nint o)
    {
        if (deferredCount == deferredCapacity)
        {
            int newCapacity = deferredCapacity == 0 ? 1024 : deferredCapacity * 2;
            deferred = (nint*)System.Runtime.InteropServices.NativeMemory.Realloc(deferred, (nuint)(newCapacity * sizeof(nint)));
            deferredCapacity = newCapacity;
        }
        deferred[deferredCount++] = o;
    }

    private static void DrainDeferred()
    {
        depth++;
        try
        {
            while (deferredCount > 0)
            {
                nint o = deferred[--deferredCount];
                Ob.TypeOf(o).Dealloc(o);
            }
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>Releases the deferred stack's memory (runtime shutdown).</summary>
    public static void ReleaseBuffers()
    {
        if (deferred != null)
        {
            System.Runtime.InteropServices.NativeMemory.Free(deferred);
            deferred = null;
            deferredCapacity = 0;
            deferredCount = 0;
        }
    }
}
