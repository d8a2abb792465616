using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RefPy.Memory;

/// <summary>An immutable snapshot of a <see cref="PrivateHeap"/>'s usage.</summary>
public sealed class HeapStatistics
{
    /// <summary>The heap's byte limit.</summary>
    public required long LimitBytes { get; init; }

    /// <summary>Allocated blocks, small and large.</summary>
    public required long BlocksInUse { get; init; }

    /// <summary>Bytes in allocated blocks (class size for small blocks, rounded size for large ones).</summary>
    public required long BytesInUse { get; init; }

    /// <summary>Allocated large blocks.</summary>
    public required long LargeBlocksInUse { get; init; }

    /// <summary>Bytes in allocated large blocks.</summary>
    public required long LargeBytesInUse { get; init; }

    /// <summary>Arenas currently obtained from the operating system.</summary>
    public required int ArenasInUse { get; init; }

    /// <summary>Arenas ever obtained from the operating system.</summary>
    public required long ArenasAllocatedTotal { get; init; }

    /// <summary>Arenas ever returned to the operating system.</summary>
    public required long ArenasReleasedTotal { get; init; }

    /// <summary>Largest number of arenas held at once.</summary>
    public required int ArenasHighWater { get; init; }

    /// <summary>Pools in current arenas that hold no allocated block (free-listed or never used).</summary>
    public required long UnusedPools { get; init; }

    /// <summary>Per-size-class usage, indexed by size class (always 32 entries).</summary>
    public required ImmutableArray<SizeClassStatistics> SizeClasses { get; init; }

    /// <summary>Allocated small blocks.</summary>
    public long SmallBlocksInUse => BlocksInUse - LargeBlocksInUse;

    /// <summary>Bytes in allocated small blocks.</summary>
    public long SmallBytesInUse => BytesInUse - LargeBytesInUse;

    /// <summary>Pools with at least one allocated block.</summary>
    public long PoolsInUse => SizeClasses.Sum(c => (long)c.Pools);

    /// <summary>Bytes in the available blocks of pools in use.</summary>
    public long BytesInAvailableBlocks => SizeClasses.Sum(c => c.AvailableBlocks * c.BlockSize);

    /// <summary>Bytes taken by the headers of pools in use.</summary>
    public long BytesLostToPoolHeaders => PoolsInUse * HeapLayout.PoolHeaderSize;

    /// <summary>Bytes at the end of pools in use that are too small for one more block.</summary>
    public long BytesLostToQuantization =>
        SizeClasses.Sum(c => (long)c.Pools * ((HeapLayout.PoolSize - HeapLayout.PoolHeaderSize) % c.BlockSize));

    /// <summary>
    /// Renders the snapshot as a table in the style of CPython's <c>sys._debugmallocstats()</c>.
    /// The small-block lines add up to the arenas' total size.
    /// </summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Small block threshold = {HeapLayout.SmallRequestThreshold}, in {HeapLayout.SizeClassCount} size classes.\n\n");
        text.Append("class   size   num pools   blocks in use  avail blocks\n");
        text.Append("-----   ----   ---------   -------------  ------------\n");
        foreach (SizeClassStatistics c in SizeClasses)
        {
            if (c.Pools > 0)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{c.SizeClass,5}  {c.BlockSize,5}  {c.Pools,10}  {c.BlocksInUse,14}  {c.AvailableBlocks,12}\n");
            }
        }

        text.Append('\n');
        Line(text, "# arenas allocated total", ArenasAllocatedTotal);
        Line(text, "# arenas reclaimed", ArenasReleasedTotal);
        Line(text, "# arenas highwater mark", ArenasHighWater);
        Line(text, "# arenas allocated current", ArenasInUse);
        Line(text, $"{ArenasInUse} arenas * {HeapLayout.ArenaSize} bytes/arena", (long)ArenasInUse * HeapLayout.ArenaSize);
        text.Append('\n');
        Line(text, "# bytes in allocated blocks", SmallBytesInUse);
        Line(text, "# bytes in available blocks", BytesInAvailableBlocks);
        Line(text, $"{UnusedPools} unused pools * {HeapLayout.PoolSize} bytes", UnusedPools * HeapLayout.PoolSize);
        Line(text, "# bytes lost to pool headers", BytesLostToPoolHeaders);
        Line(text, "# bytes lost to quantization", BytesLostToQuantization);
        Line(text, "# bytes lost to arena alignment", 0);
        Line(text, "Total", SmallBytesInUse + BytesInAvailableBlocks + UnusedPools * HeapLayout.PoolSize
                             + BytesLostToPoolHeaders + BytesLostToQuantization);
        text.Append('\n');
        Line(text, "# large blocks in use", LargeBlocksInUse);
        Line(text, "# bytes in large blocks", LargeBytesInUse);
        Line(text, "# blocks in use (all)", BlocksInUse);
        Line(text, "# bytes in use (all)", BytesInUse);
        text.Append(CultureInfo.InvariantCulture,
            $"{"# byte limit",-35}= {(LimitBytes == long.MaxValue ? "none" : LimitBytes.ToString("N0", CultureInfo.InvariantCulture)),20}\n");
        return text.ToString();
    }

    /// <inheritdoc cref="Format"/>
    public override string ToString() => Format();

    private static void Line(StringBuilder text, string label, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"{label,-35}= {value,20:N0}\n");
}
