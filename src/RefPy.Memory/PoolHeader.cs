using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RefPy.Memory;

/// <summary>
/// The 48-byte header at the start of every pool: the same fields as CPython's
/// <c>struct pool_header</c>, in the same order.
/// </summary>
/// <remarks>
/// <para>
/// Blocks are carved lazily: <see cref="NextOffset"/> is the offset of the first block that has
/// never been handed out (the pool's <i>high-water mark</i>), and <see cref="FreeBlock"/> heads a
/// LIFO list of blocks that were handed out and freed again (each free block stores the link to the
/// next one in its first 8 bytes). Allocation pops the free list and only carves a new block from
/// the "virgin" area when the list is empty. Unlike CPython, which always keeps one virgin block
/// pre-carved on the list, every block below <see cref="NextOffset"/> has really been handed out,
/// which is what lets <see cref="PrivateHeap.Classify"/> report <see cref="BlockState.Freed"/>
/// precisely.
/// </para>
/// <para>
/// The per-block liveness bits are deliberately <i>not</i> here (they live in
/// <see cref="ArenaObject"/>), so the header keeps CPython's size and the first block stays at a
/// 16-byte-aligned offset.
/// </para>
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = HeapLayout.PoolHeaderSize)]
internal unsafe struct PoolHeader
{
    /// <summary>Number of allocated blocks in this pool (CPython's <c>ref.count</c>).</summary>
    public uint Count;

    /// <summary>CPython stores the count in a union with a pointer; this keeps the 8-byte slot.</summary>
    private readonly uint _padding;

    /// <summary>Head of the free-block list, or null.</summary>
    public byte* FreeBlock;

    /// <summary>
    /// Next pool in the size class's used-pool list while the pool is in use; next pool in the
    /// arena's free-pool list while the pool is empty.
    /// </summary>
    public PoolHeader* NextPool;

    /// <summary>Previous pool in the size class's used-pool list (unused while the pool is empty).</summary>
    public PoolHeader* PrevPool;

    /// <summary>Slot of the owning arena in the heap's arena table.</summary>
    public uint ArenaIndex;

    /// <summary>Size class of the blocks (kept while the pool is empty so it can be reused as is).</summary>
    public uint SizeClass;

    /// <summary>Offset of the first never-allocated block: the carved high-water mark.</summary>
    public uint NextOffset;

    /// <summary>Largest offset at which a whole block still fits (<c>PoolSize - blockSize</c>).</summary>
    public uint MaxNextOffset;

    /// <summary>True when neither the free list nor the virgin area can supply another block.</summary>
    public readonly bool IsFull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => FreeBlock == null && NextOffset > MaxNextOffset;
    }

    /// <summary>Prepares the pool to serve blocks of <paramref name="sizeClass"/>, starting from empty.</summary>
    public void Initialize(uint sizeClass, uint arenaIndex)
    {
        Count = 0;
        FreeBlock = null;
        NextPool = null;
        PrevPool = null;
        ArenaIndex = arenaIndex;
        SizeClass = sizeClass;
        NextOffset = HeapLayout.PoolHeaderSize;
        MaxNextOffset = HeapLayout.PoolSize - SizeClasses.BlockSize(sizeClass);
    }
}
