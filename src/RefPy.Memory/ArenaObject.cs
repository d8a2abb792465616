using System.Runtime.CompilerServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>
/// Bookkeeping for one 1 MiB arena (CPython's <c>struct arena_object</c>), stored in unmanaged
/// memory outside the arena itself so that all 64 pools stay usable.
/// </summary>
/// <remarks>
/// Besides CPython's fields it carries the arena's <b>liveness bitmap</b>: one bit per 16-byte
/// granule, set while an allocated block starts there. Because every block starts on a granule,
/// <c>Free</c> detects double frees and non-block addresses with a single bit test, and
/// <c>Classify</c> tells live blocks from freed ones in O(1).
/// </remarks>
internal unsafe struct ArenaObject
{
    /// <summary>Base address of the arena (a multiple of <see cref="ArenaSize"/>).</summary>
    public byte* Address;

    /// <summary>Singly linked list (through <see cref="PoolHeader.NextPool"/>) of empty, previously used pools.</summary>
    public PoolHeader* FreePools;

    /// <summary>Neighbours in the heap's usable-arena list (only while <see cref="FreePoolCount"/> &gt; 0).</summary>
    public ArenaObject* NextArena;

    /// <summary>See <see cref="NextArena"/>.</summary>
    public ArenaObject* PrevArena;

    /// <summary>Pools with no allocated block: the <see cref="FreePools"/> list plus the never-used pools.</summary>
    public int FreePoolCount;

    /// <summary>Pools in the arena that have never been used start at this index (CPython's <c>pool_address</c>).</summary>
    public int NextVirginPool;

    /// <summary>Slot of this arena in the heap's arena table (stored in every pool header).</summary>
    public uint Index;

    /// <summary>Liveness bitmap; see the type remarks.</summary>
    public fixed ulong LiveBits[LiveWordsPerArena];

    /// <summary>True when no pool of the arena holds an allocated block.</summary>
    public readonly bool IsWhollyFree => FreePoolCount == PoolsPerArena;

    /// <summary>The header of pool number <paramref name="poolIndex"/>.</summary>
    public readonly PoolHeader* Pool(int poolIndex) => (PoolHeader*)(Address + ((nint)poolIndex << PoolShift));

    /// <summary>True when an allocated block starts at <paramref name="block"/> (which must be in this arena).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsLive(nint block) => (LiveBits[WordIndex(block)] & BitMask(block)) != 0;

    /// <summary>Records that the block at <paramref name="block"/> is allocated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarkLive(nint block) => LiveBits[WordIndex(block)] |= BitMask(block);

    /// <summary>
    /// Clears the live bit of <paramref name="block"/>; returns false (and changes nothing) when it
    /// was not set, i.e. the address is not the start of an allocated block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryMarkFree(nint block)
    {
        ref ulong word = ref LiveBits[WordIndex(block)];
        ulong mask = BitMask(block);
        if ((word & mask) == 0)
        {
            return false;
        }

        word &= ~mask;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordIndex(nint address) => (int)((address & ArenaOffsetMask) >> (AlignmentShift + 6));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitMask(nint address) => 1UL << (int)((address >> AlignmentShift) & 63);
}
