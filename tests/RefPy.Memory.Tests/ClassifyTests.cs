using static RefPy.Memory.Tests.TestMemory;

namespace RefPy.Memory.Tests;

public sealed unsafe class ClassifyTests
{
    [Fact]
    public void SmallBlocksAreLiveAtStartAndInterior()
    {
        using var heap = new PrivateHeap();
        nint a = heap.Allocate(40);   // 48-byte class
        nint b = heap.Allocate(48);
        Assert.Equal(a + 48, b);

        AssertState(heap, a, BlockState.Live, a, 48);
        AssertState(heap, a + 1, BlockState.Live, a, 48);
        AssertState(heap, a + 47, BlockState.Live, a, 48);
        AssertState(heap, a + 48, BlockState.Live, b, 48);
        AssertState(heap, b + 47, BlockState.Live, b, 48);
        Assert.True(heap.IsLive(a + 20));
    }

    [Fact]
    public void FreedSmallBlocksAreReportedAsFreed()
    {
        using var heap = new PrivateHeap();
        nint keep = heap.Allocate(32);
        nint a = heap.Allocate(32);
        heap.Free(a);
        AssertState(heap, a, BlockState.Freed, a, 32);
        AssertState(heap, a + 31, BlockState.Freed, a, 32);
        Assert.False(heap.IsLive(a + 5));
        AssertState(heap, keep, BlockState.Live, keep, 32);

        // Reallocating the block makes it live again.
        Assert.Equal(a, heap.Allocate(17));
        AssertState(heap, a + 3, BlockState.Live, a, 32);
    }

    [Fact]
    public void PoolHeadersAndUncarvedSpaceAreNotInHeap()
    {
        using var heap = new PrivateHeap();
        nint a = heap.Allocate(64);
        nint pool = PoolOf(a);
        Assert.Equal(pool + 48, a);

        AssertState(heap, pool, BlockState.NotInHeap, 0, 0);
        AssertState(heap, pool + 47, BlockState.NotInHeap, 0, 0);
        AssertState(heap, a + 64, BlockState.NotInHeap, 0, 0);             // never carved
        AssertState(heap, pool + PoolSize - 1, BlockState.NotInHeap, 0, 0);
        AssertState(heap, pool + PoolSize, BlockState.NotInHeap, 0, 0);    // a pool never used
        AssertState(heap, ArenaOf(a) + ArenaSize - 1, BlockState.NotInHeap, 0, 0);
    }

    [Fact]
    public void SlackAtTheEndOfAPoolIsNotInHeap()
    {
        using var heap = new PrivateHeap();
        int perPool = BlocksPerPool(48);   // 340 blocks use 16,320 of 16,336 bytes: 16 bytes of slack
        var blocks = Enumerable.Range(0, perPool).Select(_ => heap.Allocate(48)).ToList();
        nint pool = PoolOf(blocks[0]);
        Assert.Equal(pool + 48 + (perPool - 1) * 48, blocks[^1]);
        AssertState(heap, blocks[^1] + 47, BlockState.Live, blocks[^1], 48);
        AssertState(heap, blocks[^1] + 48, BlockState.NotInHeap, 0, 0);
        AssertState(heap, pool + PoolSize - 1, BlockState.NotInHeap, 0, 0);
    }

    [Fact]
    public void LargeBlocksAreLiveAtStartAndInterior()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(10_000);
        AssertState(heap, block, BlockState.Live, block, 10_000);
        AssertState(heap, block + 4_321, BlockState.Live, block, 10_000);
        AssertState(heap, block + 9_999, BlockState.Live, block, 10_000);
        AssertState(heap, block - 1, BlockState.NotInHeap, 0, 0);
        AssertState(heap, block + 10_000, BlockState.NotInHeap, 0, 0);

        heap.Free(block);
        AssertState(heap, block, BlockState.Freed, block, 10_000);
        AssertState(heap, block + 9_999, BlockState.Freed, block, 10_000);
    }

    [Fact]
    public void LargeBlocksSharingPagesAreToldApart()
    {
        using var heap = new PrivateHeap();
        var blocks = Enumerable.Range(0, 64).Select(i => heap.Allocate((nuint)(513 + 37 * i))).ToList();
        foreach (nint block in blocks)
        {
            nuint size = heap.BlockSize(block);
            for (nuint offset = 0; offset < size; offset += 8)
            {
                AssertState(heap, block + (nint)offset, BlockState.Live, block, size);
            }
        }

        // Free every other block: the neighbours stay live, the freed ones become Freed.
        for (int i = 0; i < blocks.Count; i += 2)
        {
            heap.Free(blocks[i]);
        }

        for (int i = 0; i < blocks.Count; i++)
        {
            nuint size = TestMemory.RoundUp16((nuint)(513 + 37 * i));
            BlockState expected = i % 2 == 0 ? BlockState.Freed : BlockState.Live;
            AssertState(heap, blocks[i], expected, blocks[i], size);
            AssertState(heap, blocks[i] + (nint)size - 1, expected, blocks[i], size);
        }
    }

    [Fact]
    public void FreedLargeBlockHistoryIsBounded()
    {
        using var heap = new PrivateHeap();
        int count = LargeBlocks.FreedHistoryCapacity + 10;
        // All live at once, so their ranges are disjoint and no later block reuses an earlier one.
        var blocks = Enumerable.Range(0, count).Select(_ => heap.Allocate(600)).ToList();
        blocks.ForEach(heap.Free);

        for (int i = 0; i < 10; i++)
        {
            AssertState(heap, blocks[i] + 100, BlockState.NotInHeap, 0, 0);   // evicted, oldest first
        }

        for (int i = 10; i < count; i += 97)
        {
            AssertState(heap, blocks[i] + 100, BlockState.Freed, blocks[i], 608);
        }
    }

    [Fact]
    public void UnrelatedAddressesAreNotInHeap()
    {
        using var heap = new PrivateHeap();
        nint small = heap.Allocate(100);
        nint large = heap.Allocate(5_000);
        int local = 42;
        byte[] managed = new byte[64];
        fixed (byte* pinned = managed)
        {
            Assert.Equal(BlockState.NotInHeap, heap.Classify((nint)pinned, out _, out _));
        }

        Assert.Equal(BlockState.NotInHeap, heap.Classify((nint)(&local), out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(0, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(16, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(-1, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(nint.MinValue, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(nint.MaxValue, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(unchecked((nint)0x0000_7FFF_FFFF_FFF0), out _, out _));
        var random = new Random(3);
        for (int i = 0; i < 10_000; i++)
        {
            nint address = (nint)random.NextInt64(1L << 47);
            if (ArenaOf(address) != ArenaOf(small))
            {
                Assert.NotEqual(BlockState.Live, heap.Classify(address, out _, out _));
            }
        }

        Assert.True(heap.IsLive(small) && heap.IsLive(large));
    }

    [Fact]
    public void AnotherHeapsBlocksAreNotInThisHeap()
    {
        using var heap = new PrivateHeap();
        using var other = new PrivateHeap();
        nint mine = heap.Allocate(32);
        nint theirs = other.Allocate(32);
        nint theirsLarge = other.Allocate(2_000);
        Assert.Equal(BlockState.NotInHeap, heap.Classify(theirs, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(theirsLarge, out _, out _));
        Assert.Throws<InvalidOperationException>(() => heap.Free(theirs));
        Assert.Throws<InvalidOperationException>(() => heap.Free(theirsLarge));
        Assert.True(heap.IsLive(mine));
        Assert.True(other.IsLive(theirs));
    }

    [Fact]
    public void ContainsLiveRangeRequiresOneLiveBlock()
    {
        using var heap = new PrivateHeap();
        nint a = heap.Allocate(64);
        nint b = heap.Allocate(64);
        Assert.Equal(a + 64, b);

        Assert.True(heap.ContainsLiveRange(a, 64));
        Assert.True(heap.ContainsLiveRange(a + 10, 54));
        Assert.True(heap.ContainsLiveRange(a + 63, 1));
        Assert.True(heap.ContainsLiveRange(a + 8, 0));        // empty range at a live address
        Assert.False(heap.ContainsLiveRange(a, 65));          // crosses into the next (live) block
        Assert.False(heap.ContainsLiveRange(a + 63, 2));
        Assert.False(heap.ContainsLiveRange(a + 1, nuint.MaxValue));
        Assert.False(heap.ContainsLiveRange(PoolOf(a), 8));   // pool header

        heap.Free(b);
        Assert.False(heap.ContainsLiveRange(b, 1));
        Assert.False(heap.ContainsLiveRange(b, 0));
        Assert.True(heap.ContainsLiveRange(a, 64));

        nint large = heap.Allocate(1_000);                    // 1,008 usable bytes
        Assert.True(heap.ContainsLiveRange(large, 1_008));
        Assert.True(heap.ContainsLiveRange(large + 1_000, 8));
        Assert.False(heap.ContainsLiveRange(large + 1_000, 9));
        Assert.False(heap.ContainsLiveRange(large - 16, 32));
        heap.Free(large);
        Assert.False(heap.ContainsLiveRange(large, 16));
    }

    private static void AssertState(PrivateHeap heap, nint address, BlockState expected, nint expectedStart, nuint expectedSize)
    {
        BlockState state = heap.Classify(address, out nint start, out nuint size);
        Assert.Equal(expected, state);
        Assert.Equal(expectedStart, start);
        Assert.Equal(expectedSize, size);
    }
}
