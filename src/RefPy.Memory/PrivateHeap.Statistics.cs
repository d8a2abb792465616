using System.Collections.Immutable;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>Usage counters and snapshots.</summary>
public sealed unsafe partial class PrivateHeap
{
    /// <summary>Arenas currently obtained from the operating system.</summary>
    public int ArenasInUse => _arenasInUse;

    /// <summary>Arenas ever obtained from the operating system.</summary>
    public long ArenasAllocatedTotal => _arenasAllocatedTotal;

    /// <summary>Arenas ever returned to the operating system (including by <see cref="Dispose"/>).</summary>
    public long ArenasReleasedTotal => _arenasReleasedTotal;

    /// <summary>Largest number of arenas held at once.</summary>
    public int ArenasHighWater => _arenasHighWater;

    /// <summary>
    /// Takes an immutable snapshot of the heap's usage. Per-size-class figures are computed by
    /// walking the pool headers of every arena (O(arenas), no cost on the allocation path).
    /// </summary>
    public HeapStatistics GetStatistics()
    {
        var pools = new int[SizeClassCount];
        var blocksInUse = new long[SizeClassCount];
        var availableBlocks = new long[SizeClassCount];
        long unusedPools = 0;
        foreach (nint slot in ArenaSlots())
        {
            var arena = (ArenaObject*)slot;
            unusedPools += arena->FreePoolCount;
            for (int i = 0; i < arena->NextVirginPool; i++)
            {
                PoolHeader* pool = arena->Pool(i);
                if (pool->Count == 0)
                {
                    continue;   // free pool
                }

                uint c = pool->SizeClass;
                pools[c]++;
                blocksInUse[c] += pool->Count;
                availableBlocks[c] += SizeClasses.BlocksPerPool(c) - pool->Count;
            }
        }

        var classes = ImmutableArray.CreateBuilder<SizeClassStatistics>(SizeClassCount);
        for (uint c = 0; c < SizeClassCount; c++)
        {
            classes.Add(new SizeClassStatistics(
                (int)c, (int)SizeClasses.BlockSize(c), pools[c], blocksInUse[c], availableBlocks[c]));
        }

        return new HeapStatistics
        {
            LimitBytes = _limitBytes,
            BlocksInUse = _blocksInUse,
            BytesInUse = _bytesInUse,
            LargeBlocksInUse = _largeBlocks.Count,
            LargeBytesInUse = _largeBlocks.Bytes,
            ArenasInUse = _arenasInUse,
            ArenasAllocatedTotal = _arenasAllocatedTotal,
            ArenasReleasedTotal = _arenasReleasedTotal,
            ArenasHighWater = _arenasHighWater,
            UnusedPools = unusedPools,
            SizeClasses = classes.MoveToImmutable(),
        };
    }

    /// <summary>A table in the style of CPython's <c>sys._debugmallocstats()</c>; see <see cref="HeapStatistics.Format"/>.</summary>
    public string FormatStatistics() => GetStatistics().Format();

    /// <summary>The live arenas, as addresses of their <see cref="ArenaObject"/>s.</summary>
    private List<nint> ArenaSlots()
    {
        var arenas = new List<nint>(_arenasInUse);
        foreach (ArenaObject* arena in _arenaTable)
        {
            if (arena != null)
            {
                arenas.Add((nint)arena);
            }
        }

        return arenas;
    }
}
