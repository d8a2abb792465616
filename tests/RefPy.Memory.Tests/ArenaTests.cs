using static RefPy.Memory.Tests.TestMemory;

namespace RefPy.Memory.Tests;

public sealed class ArenaTests
{
    [Fact]
    public void ArenasAreAlignedToTheirSize()
    {
        using var heap = new PrivateHeap();
        nint first = heap.Allocate(16);
        Assert.Equal(ArenaOf(first) + 48, first);   // first pool of a new arena, first block after the header
        heap.Free(first);
    }

    [Fact]
    public void FreeingEverythingReleasesAllButOneArena()
    {
        using var heap = new PrivateHeap();
        const int blockSize = 256;
        int perArena = 64 * BlocksPerPool(blockSize);
        int count = perArena * 5 + 100;   // needs six arenas
        var blocks = new List<nint>(count);
        for (int i = 0; i < count; i++)
        {
            blocks.Add(heap.Allocate(blockSize));
        }

        Assert.Equal(6, heap.ArenasInUse);
        Assert.Equal(6, heap.ArenasAllocatedTotal);
        Assert.Equal(6, heap.ArenasHighWater);
        Assert.Equal(0, heap.ArenasReleasedTotal);
        heap.Validate();

        // Free in random order so arenas drain at different times.
        Shuffle(blocks, new Random(1));
        for (int i = 0; i < blocks.Count; i++)
        {
            heap.Free(blocks[i]);
            if (i % 5_000 == 0)
            {
                heap.Validate();
            }
        }

        Assert.Equal(0, heap.BlocksInUse);
        Assert.Equal(1, heap.ArenasInUse);                 // one wholly free arena stays cached
        Assert.Equal(5, heap.ArenasReleasedTotal);
        Assert.Equal(6, heap.ArenasHighWater);
        heap.Validate();

        // Addresses in the released arenas are no longer part of the heap; the cached arena still
        // remembers its freed blocks.
        var byArena = blocks.GroupBy(ArenaOf).ToList();
        Assert.Equal(6, byArena.Count);
        var states = byArena.Select(g => g.Select(b => heap.Classify(b, out _, out _)).Distinct().Single()).ToList();
        Assert.Equal(5, states.Count(s => s == BlockState.NotInHeap));
        Assert.Equal(1, states.Count(s => s == BlockState.Freed));
        Assert.False(heap.IsLive(byArena[0].Key + 48));
    }

    [Fact]
    public void TheCachedArenaPreventsThrashing()
    {
        using var heap = new PrivateHeap();
        for (int round = 0; round < 50; round++)
        {
            var blocks = Enumerable.Range(0, 200).Select(i => heap.Allocate((nuint)(16 + i % 100))).ToList();
            blocks.ForEach(heap.Free);
            Assert.Equal(1, heap.ArenasInUse);
        }

        Assert.Equal(1, heap.ArenasAllocatedTotal);
        Assert.Equal(0, heap.ArenasReleasedTotal);
        heap.Validate();
    }

    [Fact]
    public void AnEmptyPoolIsReusedForAnotherSizeClass()
    {
        using var heap = new PrivateHeap();
        int perPool = BlocksPerPool(16);
        var blocks = Enumerable.Range(0, perPool).Select(_ => heap.Allocate(16)).ToList();
        nint pool = PoolOf(blocks[0]);
        Assert.All(blocks, b => Assert.Equal(pool, PoolOf(b)));   // exactly one full pool
        heap.Validate();

        blocks.ForEach(heap.Free);
        heap.Validate();

        nint big = heap.Allocate(512);
        Assert.Equal(pool, PoolOf(big));
        Assert.Equal(pool + 48, big);
        Assert.Equal((nuint)512, heap.BlockSize(big));

        // The old 16-byte blocks beyond the new high-water mark are no longer blocks at all.
        Assert.Equal(BlockState.Live, heap.Classify(blocks[5], out nint start, out _));
        Assert.Equal(big, start);
        Assert.Equal(BlockState.NotInHeap, heap.Classify(blocks[^1], out _, out _));
        heap.Free(big);
        heap.Validate();
    }

    [Fact]
    public void AnEmptyPoolKeepsItsFreeListForTheSameSizeClass()
    {
        using var heap = new PrivateHeap();
        nint a = heap.Allocate(64);
        nint b = heap.Allocate(64);
        heap.Free(a);
        heap.Free(b);   // the pool is now empty and back in its arena
        Assert.Equal(BlockState.Freed, heap.Classify(a, out _, out _));

        Assert.Equal(b, heap.Allocate(64));   // LIFO free list survives the round trip
        Assert.Equal(a, heap.Allocate(64));
        heap.Validate();
    }

    [Fact]
    public void NewPoolsComeFromTheFullestArena()
    {
        using var heap = new PrivateHeap();
        const int blockSize = 512;
        int perPool = BlocksPerPool(blockSize);
        var blocks = Enumerable.Range(0, 2 * 64 * perPool).Select(_ => heap.Allocate(blockSize)).ToList();
        Assert.Equal(2, heap.ArenasInUse);
        nint arenaA = ArenaOf(blocks[0]);
        nint arenaB = ArenaOf(blocks[^1]);
        Assert.NotEqual(arenaA, arenaB);

        var pools = blocks.GroupBy(PoolOf).ToDictionary(g => g.Key, g => g.ToList());
        var poolsOfA = pools.Keys.Where(p => ArenaOf(p) == arenaA).Order().ToList();
        var poolsOfB = pools.Keys.Where(p => ArenaOf(p) == arenaB).Order().ToList();
        Assert.Equal(64, poolsOfA.Count);
        Assert.Equal(64, poolsOfB.Count);

        void FreePools(IEnumerable<nint> poolAddresses)
        {
            foreach (nint pool in poolAddresses)
            {
                pools[pool].ForEach(heap.Free);
            }
        }

        // A gets 10 free pools, B 20: A is fuller, so the next new pool comes from A.
        FreePools(poolsOfA.Take(10));
        FreePools(poolsOfB.Take(20));
        heap.Validate();
        nint small = heap.Allocate(16);
        Assert.Equal(arenaA, ArenaOf(small));

        // Now A has 9 + 20 = 29 free pools and B 20: B is fuller. Fill the 16-byte pool in A so the
        // next 16-byte request needs a new pool.
        FreePools(poolsOfA.Skip(10).Take(20));
        var smallBlocks = Enumerable.Range(0, BlocksPerPool(16) - 1).Select(_ => heap.Allocate(16)).ToList();
        Assert.All(smallBlocks, b => Assert.Equal(PoolOf(small), PoolOf(b)));
        nint next = heap.Allocate(16);
        Assert.Equal(arenaB, ArenaOf(next));
        heap.Validate();
    }

    [Fact]
    public void DisposeReleasesEverythingEvenWithLiveBlocks()
    {
        var heap = new PrivateHeap();
        for (int i = 0; i < 10_000; i++)
        {
            heap.Allocate((nuint)(i % 600));
        }

        Assert.True(heap.ArenasInUse >= 1);
        Assert.True(heap.LargeBlocksInUse > 0);
        long allocated = heap.ArenasAllocatedTotal;
        heap.Dispose();
        Assert.Equal(0, heap.ArenasInUse);
        Assert.Equal(allocated, heap.ArenasReleasedTotal);
        Assert.Equal(0, heap.BlocksInUse);
        Assert.Equal(0, heap.LargeBlocksInUse);
        heap.Dispose();   // idempotent
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
