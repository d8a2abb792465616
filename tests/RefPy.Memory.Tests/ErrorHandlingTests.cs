namespace RefPy.Memory.Tests;

public sealed unsafe class ErrorHandlingTests
{
    [Fact]
    public void DoubleFreeOfASmallBlockThrowsAndChangesNothing()
    {
        using var heap = new PrivateHeap();
        nint keep = heap.Allocate(24);
        nint block = heap.Allocate(24);
        heap.Free(block);
        long blocks = heap.BlocksInUse;
        long bytes = heap.BytesInUse;

        var error = Assert.Throws<InvalidOperationException>(() => heap.Free(block));
        Assert.Contains("double free", error.Message);
        Assert.Equal(blocks, heap.BlocksInUse);
        Assert.Equal(bytes, heap.BytesInUse);
        heap.Validate();

        // The free list was not corrupted: the block comes back exactly once.
        Assert.Equal(block, heap.Allocate(24));
        Assert.NotEqual(block, heap.Allocate(24));
        Assert.True(heap.IsLive(keep));
    }

    [Fact]
    public void DoubleFreeOfALargeBlockThrows()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(4_000);
        heap.Free(block);
        var error = Assert.Throws<InvalidOperationException>(() => heap.Free(block));
        Assert.Contains("double free", error.Message);
        Assert.Equal(0, heap.BlocksInUse);
        Assert.Equal(0, heap.LargeBlocksInUse);
    }

    [Fact]
    public void FreeingAnInteriorPointerThrowsAndKeepsTheBlock()
    {
        using var heap = new PrivateHeap();
        nint small = heap.Allocate(64);
        nint large = heap.Allocate(2_048);
        Assert.Throws<InvalidOperationException>(() => heap.Free(small + 16));   // aligned, inside
        Assert.Throws<InvalidOperationException>(() => heap.Free(small + 8));    // unaligned
        Assert.Throws<InvalidOperationException>(() => heap.Free(small + 1));
        Assert.Throws<InvalidOperationException>(() => heap.Free(large + 16));
        Assert.Throws<InvalidOperationException>(() => heap.BlockSize(small + 16));
        Assert.True(heap.IsLive(small) && heap.IsLive(large));
        Assert.Equal(2, heap.BlocksInUse);
        heap.Validate();
        heap.Free(small);
        heap.Free(large);
    }

    [Fact]
    public void FreeingForeignAddressesThrows()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(16);
        long local = 0;
        nint stackAddress = (nint)(&local);
        void* native = System.Runtime.InteropServices.NativeMemory.Alloc(64);
        try
        {
            Assert.Throws<InvalidOperationException>(() => heap.Free(stackAddress));
            Assert.Throws<InvalidOperationException>(() => heap.Free((nint)native));
            Assert.Throws<InvalidOperationException>(() => heap.Free(0x1234_5670));
            Assert.Throws<InvalidOperationException>(() => heap.Free(-16));
            Assert.Throws<InvalidOperationException>(() => heap.Free(TestMemory.PoolOf(block)));   // a pool header
            Assert.Throws<InvalidOperationException>(() => heap.Free(block + 16));                // never carved
            Assert.Throws<InvalidOperationException>(() => heap.Reallocate((nint)native, 10));
            Assert.Equal(1, heap.BlocksInUse);
        }
        finally
        {
            System.Runtime.InteropServices.NativeMemory.Free(native);
        }
    }

    [Fact]
    public void FreeingNullDoesNothing()
    {
        using var heap = new PrivateHeap();
        heap.Free(0);
        Assert.Equal(0, heap.BlocksInUse);
    }

    [Fact]
    public void ExceedingTheLimitThrowsAndLeavesTheHeapUnchanged()
    {
        using var heap = new PrivateHeap(limitBytes: 1_000);
        nint a = heap.Allocate(500);   // 512 bytes
        Assert.Equal(512, heap.BytesInUse);

        var error = Assert.Throws<HeapLimitExceededException>(() => heap.Allocate(500));
        Assert.Equal(512, error.RequestedBytes);
        Assert.Equal(512, error.BytesInUse);
        Assert.Equal(1_000, error.LimitBytes);
        Assert.Equal(1, heap.BlocksInUse);
        Assert.Equal(512, heap.BytesInUse);
        Assert.Throws<HeapLimitExceededException>(() => heap.Allocate(600));          // large path
        Assert.Throws<HeapLimitExceededException>(() => heap.AllocateZeroed(489));    // 496 > 488 left
        Assert.Equal(1, heap.BlocksInUse);
        Assert.Equal(0, heap.LargeBlocksInUse);
        heap.Validate();

        nint b = heap.Allocate(480);   // 992 bytes: fits
        Assert.Equal(992, heap.BytesInUse);
        Assert.Throws<HeapLimitExceededException>(() => heap.Allocate(1));
        heap.Free(b);
        heap.Free(a);
        Assert.Equal(0, heap.BytesInUse);
        heap.Validate();
    }

    [Fact]
    public void TheLimitAppliesToTheFastPathToo()
    {
        using var heap = new PrivateHeap();
        nint first = heap.Allocate(32);   // the 32-byte class now has a pool with room
        heap.LimitBytes = 64;
        nint second = heap.Allocate(32);
        Assert.Throws<HeapLimitExceededException>(() => heap.Allocate(32));
        Assert.Equal(64, heap.BytesInUse);

        heap.LimitBytes = 0;   // below current usage: frees still work, growth is refused
        heap.Free(first);
        Assert.Throws<HeapLimitExceededException>(() => heap.Allocate(1));
        heap.Free(second);
        Assert.Equal(0, heap.BlocksInUse);
        Assert.Throws<ArgumentOutOfRangeException>(() => heap.LimitBytes = -1);
    }

    [Fact]
    public void ReallocationIsLimitedByNetGrowthAndKeepsTheBlockOnFailure()
    {
        using var heap = new PrivateHeap(limitBytes: 1_100);
        nint block = heap.Allocate(512);
        TestMemory.Fill(block, 512, 0x5A);

        // 512 -> 1,008 bytes: net growth of 496 fits even though both blocks briefly coexist.
        nint grown = heap.Reallocate(block, 1_000);
        Assert.Equal(1_008, heap.BytesInUse);
        Assert.True(TestMemory.AllEqual(grown, 512, 0x5A));

        var error = Assert.Throws<HeapLimitExceededException>(() => heap.Reallocate(grown, 2_000));
        Assert.Equal(2_000 - 1_008, error.RequestedBytes);
        Assert.Equal(1_008, heap.BytesInUse);
        Assert.Equal((nuint)1_008, heap.BlockSize(grown));
        Assert.True(TestMemory.AllEqual(grown, 512, 0x5A));
        heap.Free(grown);
        heap.Validate();
    }

    [Fact]
    public void UsingADisposedHeapThrows()
    {
        var heap = new PrivateHeap();
        nint small = heap.Allocate(16);
        nint large = heap.Allocate(1_000);
        heap.Dispose();
        Assert.Throws<ObjectDisposedException>(() => heap.Allocate(16));
        Assert.Throws<ObjectDisposedException>(() => heap.Allocate(1_000));
        Assert.Throws<ObjectDisposedException>(() => heap.Free(small));
        Assert.Throws<ObjectDisposedException>(() => heap.Free(large));
        Assert.Throws<ObjectDisposedException>(() => heap.BlockSize(small));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(small, out _, out _));
        Assert.Equal(BlockState.NotInHeap, heap.Classify(large, out _, out _));
    }

    [Fact]
    public void AbsurdSizesThrowOutOfMemory()
    {
        using var heap = new PrivateHeap();
        Assert.Throws<OutOfMemoryException>(() => heap.Allocate(nuint.MaxValue));
        Assert.Throws<OutOfMemoryException>(() => heap.Allocate(nuint.MaxValue - 8));
        Assert.Equal(0, heap.BlocksInUse);
    }
}
