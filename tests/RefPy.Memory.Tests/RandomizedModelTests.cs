using static RefPy.Memory.Tests.TestMemory;

namespace RefPy.Memory.Tests;

/// <summary>
/// Long random allocate / free / reallocate sequences checked against a simple model of the live
/// blocks: contents survive, blocks never overlap, addresses are aligned, and the heap's counters
/// and classification agree with the model.
/// </summary>
public sealed class RandomizedModelTests
{
    private sealed record LiveBlock(nuint Size, byte Fill, bool IsLarge);

    private sealed class Model
    {
        private const int PageShift = 12;

        public readonly Dictionary<nint, LiveBlock> Blocks = new();
        public readonly List<nint> Order = new();                        // for uniform random picks
        private readonly Dictionary<nint, int> _indexInOrder = new();
        private readonly Dictionary<nint, List<nint>> _blocksByPage = new(); // for overlap checks
        public long Bytes;
        public long LargeCount;

        public void Add(nint block, LiveBlock info)
        {
            Blocks.Add(block, info);
            _indexInOrder.Add(block, Order.Count);
            Order.Add(block);
            foreach (nint page in Pages(block, info.Size))
            {
                if (!_blocksByPage.TryGetValue(page, out List<nint>? blocks))
                {
                    _blocksByPage[page] = blocks = new List<nint>();
                }

                blocks.Add(block);
            }

            Bytes += (long)info.Size;
            LargeCount += info.IsLarge ? 1 : 0;
        }

        public LiveBlock Remove(nint block)
        {
            LiveBlock info = Blocks[block];
            Blocks.Remove(block);
            int index = _indexInOrder[block];
            nint last = Order[^1];
            Order[index] = last;
            _indexInOrder[last] = index;
            Order.RemoveAt(Order.Count - 1);
            _indexInOrder.Remove(block);
            foreach (nint page in Pages(block, info.Size))
            {
                _blocksByPage[page].Remove(block);
            }

            Bytes -= (long)info.Size;
            LargeCount -= info.IsLarge ? 1 : 0;
            return info;
        }

        /// <summary>Asserts that [block, block + size) overlaps no block already in the model.</summary>
        public void AssertNoOverlap(nint block, nuint size)
        {
            foreach (nint page in Pages(block, size))
            {
                if (!_blocksByPage.TryGetValue(page, out List<nint>? blocks))
                {
                    continue;
                }

                foreach (nint other in blocks)
                {
                    bool disjoint = other + (nint)Blocks[other].Size <= block || block + (nint)size <= other;
                    Assert.True(disjoint, $"block 0x{block:X}+{size} overlaps the live block at 0x{other:X}");
                }
            }
        }

        private static IEnumerable<nint> Pages(nint block, nuint size)
        {
            for (nint page = block >> PageShift; page <= (block + (nint)size - 1) >> PageShift; page++)
            {
                yield return page;
            }
        }
    }

    [Theory]
    [InlineData(20240601, 200_000, long.MaxValue, false)]
    [InlineData(7, 60_000, 3L << 20, false)]      // tight limit: many refused requests
    [InlineData(99, 40_000, long.MaxValue, true)] // with poisoning
    public void RandomOperationsMatchModel(int seed, int operations, long limit, bool poison)
    {
        var random = new Random(seed);
        using var heap = new PrivateHeap(limit) { PoisonFreedMemory = poison };
        var model = new Model();
        int refused = 0;

        for (int op = 1; op <= operations; op++)
        {
            int live = model.Order.Count;
            double allocateProbability = live < 2_000 ? 0.7 : live > 25_000 ? 0.3 : 0.5;
            double roll = random.NextDouble();
            if (live == 0 || roll < allocateProbability)
            {
                refused += Allocate(heap, model, random) ? 0 : 1;
            }
            else if (roll < allocateProbability + 0.35)
            {
                Free(heap, model, model.Order[random.Next(live)]);
            }
            else
            {
                refused += Reallocate(heap, model, random, model.Order[random.Next(live)]) ? 0 : 1;
            }

            if (op % 1_000 == 0)
            {
                AssertCountersMatch(heap, model);
                AssertInteriorAddressesClassify(heap, model, random);
            }

            if (op % 25_000 == 0)
            {
                heap.Validate();
            }
        }

        if (limit != long.MaxValue)
        {
            Assert.True(refused > 0, "the tight limit should have refused some requests");
        }

        heap.Validate();
        foreach (nint block in model.Order.ToArray())
        {
            Free(heap, model, block);
        }

        Assert.Equal(0, heap.BlocksInUse);
        Assert.Equal(0, heap.BytesInUse);
        Assert.Equal(0, heap.LargeBlocksInUse);
        Assert.True(heap.ArenasInUse <= 1, $"{heap.ArenasInUse} arenas still held after freeing everything");
        heap.Validate();
    }

    private static nuint RandomSize(Random random)
    {
        int roll = random.Next(1000);
        return roll switch
        {
            < 10 => 0,
            < 500 => (nuint)random.Next(1, 65),           // typical small objects
            < 880 => (nuint)random.Next(1, 513),          // any small size class
            < 995 => (nuint)random.Next(513, 8_193),      // large, often sharing pages
            _ => (nuint)random.Next(8_193, 200_000),      // occasionally much larger
        };
    }

    /// <returns>False when the heap refused the request because of its limit.</returns>
    private static bool Allocate(PrivateHeap heap, Model model, Random random)
    {
        nuint size = RandomSize(random);
        nuint expected = RoundUp16(size);
        long blocksBefore = heap.BlocksInUse;
        long bytesBefore = heap.BytesInUse;
        nint block;
        try
        {
            block = random.Next(8) == 0 ? heap.AllocateZeroed(size) : heap.Allocate(size);
        }
        catch (HeapLimitExceededException)
        {
            Assert.True(bytesBefore + (long)expected > heap.LimitBytes, "refused a request that fits the limit");
            Assert.Equal(blocksBefore, heap.BlocksInUse);
            Assert.Equal(bytesBefore, heap.BytesInUse);
            return false;
        }

        Assert.True(heap.BytesInUse <= heap.LimitBytes);
        Assert.Equal(0, block % 16);
        Assert.Equal(expected, heap.BlockSize(block));
        Assert.False(model.Blocks.ContainsKey(block), $"0x{block:X} handed out twice");
        model.AssertNoOverlap(block, expected);

        byte fill = (byte)random.Next(1, 256);
        Fill(block, expected, fill);
        model.Add(block, new LiveBlock(expected, fill, size > 512));
        return true;
    }

    private static void Free(PrivateHeap heap, Model model, nint block)
    {
        LiveBlock info = model.Blocks[block];
        Assert.True(AllEqual(block, info.Size, info.Fill), $"contents of 0x{block:X} were overwritten");
        heap.Free(block);
        model.Remove(block);

        BlockState state = heap.Classify(block, out nint start, out nuint size);
        Assert.NotEqual(BlockState.Live, state);
        if (info.IsLarge)
        {
            Assert.Equal(BlockState.Freed, state);   // just freed: still in the bounded history
        }

        if (state == BlockState.Freed)
        {
            Assert.Equal(block, start);
            Assert.Equal(info.Size, size);
        }
    }

    /// <returns>False when the heap refused the request because of its limit.</returns>
    private static bool Reallocate(PrivateHeap heap, Model model, Random random, nint block)
    {
        LiveBlock old = model.Blocks[block];
        nuint newSize = RandomSize(random);
        if (random.Next(3) == 0 && old.Size > 16)
        {
            newSize = old.Size - (nuint)random.Next(0, 16);   // small shrink: often kept in place
        }

        nuint expected = RoundUp16(newSize);
        long bytesBefore = heap.BytesInUse;
        nint moved;
        try
        {
            moved = heap.Reallocate(block, newSize);
        }
        catch (HeapLimitExceededException)
        {
            Assert.True(bytesBefore - (long)old.Size + (long)expected > heap.LimitBytes,
                "refused a reallocation whose net growth fits the limit");
            Assert.Equal(bytesBefore, heap.BytesInUse);
            Assert.Equal(old.Size, heap.BlockSize(block));
            Assert.True(AllEqual(block, old.Size, old.Fill));
            return false;
        }

        bool keptInPlace = !old.IsLarge && newSize <= old.Size && 4 * Math.Max(newSize, 1) > 3 * old.Size;
        Assert.Equal(keptInPlace, moved == block);
        nuint newBlockSize = keptInPlace ? old.Size : expected;
        Assert.Equal(newBlockSize, heap.BlockSize(moved));
        Assert.True(AllEqual(moved, Math.Min(old.Size, newBlockSize), old.Fill),
            "reallocation lost the block's contents");

        model.Remove(block);
        if (!keptInPlace)
        {
            model.AssertNoOverlap(moved, newBlockSize);
            Assert.NotEqual(BlockState.Live, heap.Classify(block, out _, out _));
        }

        byte fill = (byte)random.Next(1, 256);
        Fill(moved, newBlockSize, fill);
        model.Add(moved, new LiveBlock(newBlockSize, fill, newBlockSize > 512));
        return true;
    }

    private static void AssertCountersMatch(PrivateHeap heap, Model model)
    {
        Assert.Equal(model.Blocks.Count, heap.BlocksInUse);
        Assert.Equal(model.Bytes, heap.BytesInUse);
        Assert.Equal(model.LargeCount, heap.LargeBlocksInUse);
        Assert.True(heap.ArenasInUse <= heap.ArenasHighWater);
        Assert.Equal(heap.ArenasAllocatedTotal - heap.ArenasReleasedTotal, heap.ArenasInUse);
    }

    private static void AssertInteriorAddressesClassify(PrivateHeap heap, Model model, Random random)
    {
        for (int i = 0; i < 20 && model.Order.Count > 0; i++)
        {
            nint block = model.Order[random.Next(model.Order.Count)];
            LiveBlock info = model.Blocks[block];
            nint interior = block + (nint)random.NextInt64((long)info.Size);
            Assert.Equal(BlockState.Live, heap.Classify(interior, out nint start, out nuint size));
            Assert.Equal(block, start);
            Assert.Equal(info.Size, size);
            Assert.True(heap.ContainsLiveRange(interior, info.Size - (nuint)(interior - block)));
            Assert.False(heap.ContainsLiveRange(interior, info.Size - (nuint)(interior - block) + 1));
        }
    }
}
