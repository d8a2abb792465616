namespace RefPy.Memory.Tests;

public sealed class StatisticsTests
{
    [Fact]
    public void SnapshotReportsPerSizeClassUsage()
    {
        using var heap = new PrivateHeap();
        for (int i = 0; i < 10; i++)
        {
            heap.Allocate(32);
        }

        for (int i = 0; i < 5; i++)
        {
            heap.Allocate(100);   // 112-byte class
        }

        nint large = heap.Allocate(3_000);

        HeapStatistics stats = heap.GetStatistics();
        Assert.Equal(32, stats.SizeClasses.Length);
        Assert.Equal(new SizeClassStatistics(1, 32, 1, 10, 510 - 10), stats.SizeClasses[1]);
        Assert.Equal(new SizeClassStatistics(6, 112, 1, 5, 145 - 5), stats.SizeClasses[6]);
        Assert.All(stats.SizeClasses.Where(c => c.SizeClass is not (1 or 6)), c => Assert.Equal(0, c.Pools));

        Assert.Equal(16, stats.BlocksInUse);
        Assert.Equal(15, stats.SmallBlocksInUse);
        Assert.Equal(10 * 32 + 5 * 112 + 3_008, stats.BytesInUse);
        Assert.Equal(1, stats.LargeBlocksInUse);
        Assert.Equal(3_008, stats.LargeBytesInUse);
        Assert.Equal(1, stats.ArenasInUse);
        Assert.Equal(62, stats.UnusedPools);
        Assert.Equal(2, stats.PoolsInUse);
        heap.Free(large);
    }

    [Fact]
    public void SmallBlockAccountingAddsUpToTheArenas()
    {
        using var heap = new PrivateHeap();
        var random = new Random(5);
        var blocks = new List<nint>();
        for (int i = 0; i < 30_000; i++)
        {
            blocks.Add(heap.Allocate((nuint)random.Next(1, 513)));
        }

        for (int i = 0; i < blocks.Count; i += 3)
        {
            heap.Free(blocks[i]);
        }

        HeapStatistics s = heap.GetStatistics();
        long total = s.SmallBytesInUse + s.BytesInAvailableBlocks + s.UnusedPools * TestMemory.PoolSize
                     + s.BytesLostToPoolHeaders + s.BytesLostToQuantization;
        Assert.Equal((long)s.ArenasInUse * TestMemory.ArenaSize, total);
        Assert.Equal(heap.BlocksInUse, s.SizeClasses.Sum(c => c.BlocksInUse));
        Assert.Equal(heap.BytesInUse, s.SizeClasses.Sum(c => c.BlocksInUse * c.BlockSize));
    }

    [Fact]
    public void SnapshotsAreImmutable()
    {
        using var heap = new PrivateHeap();
        heap.Allocate(16);
        HeapStatistics before = heap.GetStatistics();
        heap.Allocate(16);
        heap.Allocate(700);
        Assert.Equal(1, before.BlocksInUse);
        Assert.Equal(1, before.SizeClasses[0].BlocksInUse);
        Assert.Equal(0, before.LargeBlocksInUse);
        Assert.Equal(3, heap.GetStatistics().BlocksInUse);
    }

    [Fact]
    public void ArenaCountersFollowTheHeap()
    {
        using var heap = new PrivateHeap();
        Assert.Equal(0, heap.ArenasInUse);
        var blocks = Enumerable.Range(0, 64 * 31 + 1).Select(_ => heap.Allocate(512)).ToList();   // 2 arenas
        Assert.Equal(2, heap.ArenasInUse);
        Assert.Equal(2, heap.ArenasHighWater);
        blocks.ForEach(heap.Free);
        HeapStatistics s = heap.GetStatistics();
        Assert.Equal(1, s.ArenasInUse);
        Assert.Equal(2, s.ArenasAllocatedTotal);
        Assert.Equal(1, s.ArenasReleasedTotal);
        Assert.Equal(2, s.ArenasHighWater);
        Assert.Equal(64, s.UnusedPools);
    }

    [Fact]
    public void FormatLooksLikeDebugMallocStats()
    {
        using var heap = new PrivateHeap(limitBytes: 1 << 30);
        heap.Allocate(24);
        heap.Allocate(2_000);
        string text = heap.FormatStatistics();
        Assert.StartsWith("Small block threshold = 512, in 32 size classes.", text);
        Assert.Contains("class   size   num pools   blocks in use  avail blocks", text);
        Assert.Matches(@"\n\s+1\s+32\s+1\s+1\s+509\n", text);
        Assert.Matches(@"# arenas allocated current\s+=\s+1\n", text);
        Assert.Matches(@"Total\s+=\s+1,048,576\n", text);
        Assert.Matches(@"# large blocks in use\s+=\s+1\n", text);
        Assert.Matches(@"# byte limit\s+=\s+1,073,741,824\n", text);
        Assert.Equal(text, heap.GetStatistics().ToString());
    }
}
