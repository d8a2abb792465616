using System.Runtime.CompilerServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>Address classification: is an (interior) address inside a live or a freed block?</summary>
public sealed unsafe partial class PrivateHeap
{
    /// <summary>
    /// Classifies <paramref name="address"/>, which may point anywhere inside a block.
    /// </summary>
    /// <remarks>
    /// <para>O(1) for small blocks: an arena-map lookup, the pool header, one division and one
    /// liveness bit. O(1) expected for large blocks: a page-table lookup.</para>
    /// <list type="bullet">
    /// <item><see cref="BlockState.Live"/>: inside a currently allocated block.</item>
    /// <item><see cref="BlockState.Freed"/>: inside a block that was handed out and freed since. For
    /// small blocks that means below the pool's carved high-water mark and not live (until the pool
    /// is reused for another size class or its arena is released); for large blocks, one of the
    /// last <see cref="LargeBlocks.FreedHistoryCapacity"/> freed.</item>
    /// <item><see cref="BlockState.NotInHeap"/>: anything else, including pool headers, pool space
    /// never carved into blocks, and released arenas.</item>
    /// </list>
    /// </remarks>
    /// <param name="address">Any address.</param>
    /// <param name="blockStart">Start of the containing block when Live or Freed, else 0.</param>
    /// <param name="blockSize">Usable size of that block when Live or Freed, else 0.</param>
    public BlockState Classify(nint address, out nint blockStart, out nuint blockSize)
    {
        ArenaObject* arena = _arenaMap.Lookup(address);
        if (arena != null)
        {
            return ClassifySmall(arena, address, out blockStart, out blockSize);
        }

        if (_largeBlocks.TryFindLive(address, out AddressRange block))
        {
            (blockStart, blockSize) = block;
            return BlockState.Live;
        }

        if (_largeBlocks.TryFindFreed(address, out block))
        {
            (blockStart, blockSize) = block;
            return BlockState.Freed;
        }

        blockStart = 0;
        blockSize = 0;
        return BlockState.NotInHeap;
    }

    /// <summary>True when <paramref name="address"/> lies inside a live block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLive(nint address) => Classify(address, out _, out _) == BlockState.Live;

    /// <summary>
    /// True when the whole range [<paramref name="address"/>, <paramref name="address"/> +
    /// <paramref name="length"/>) lies inside one live block. An empty range is accepted when
    /// <paramref name="address"/> itself is inside a live block.
    /// </summary>
    public bool ContainsLiveRange(nint address, nuint length)
    {
        if (Classify(address, out nint start, out nuint size) != BlockState.Live)
        {
            return false;
        }

        nuint bytesToBlockEnd = size - (nuint)(address - start);
        return length <= bytesToBlockEnd;
    }

    private static BlockState ClassifySmall(ArenaObject* arena, nint address, out nint blockStart, out nuint blockSize)
    {
        blockStart = 0;
        blockSize = 0;
        int poolIndex = (int)((address & ArenaOffsetMask) >> PoolShift);
        uint offset = (uint)(address & PoolOffsetMask);
        if (poolIndex >= arena->NextVirginPool || offset < PoolHeaderSize)
        {
            return BlockState.NotInHeap;   // a pool never used, or a pool header
        }

        PoolHeader* pool = arena->Pool(poolIndex);
        if (offset >= pool->NextOffset)
        {
            return BlockState.NotInHeap;   // never carved into blocks (includes the slack at the pool's end)
        }

        uint size = SizeClasses.BlockSize(pool->SizeClass);
        uint blockOffset = offset - (offset - PoolHeaderSize) % size;
        blockStart = (nint)pool + (nint)blockOffset;
        blockSize = size;
        return arena->IsLive(blockStart) ? BlockState.Live : BlockState.Freed;
    }
}
