namespace RefPy.Memory.Tests;

public sealed class ReallocateTests
{
    [Theory]
    [InlineData(64u, true)]    // same size
    [InlineData(49u, true)]    // 4 * 49 = 196 > 192: less than a quarter wasted
    [InlineData(48u, false)]   // 4 * 48 = 192: exactly a quarter, CPython moves it
    [InlineData(16u, false)]
    [InlineData(65u, false)]   // grows
    public void SmallBlocksStayInPlaceWhenCPythonWouldKeepThem(uint newSize, bool keptInPlace)
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(64);
        TestMemory.Fill(block, 64, 0x3C);
        nint result = heap.Reallocate(block, newSize);
        Assert.Equal(keptInPlace, result == block);
        nuint expectedSize = keptInPlace ? 64 : TestMemory.RoundUp16(newSize);
        Assert.Equal(expectedSize, heap.BlockSize(result));
        Assert.True(TestMemory.AllEqual(result, Math.Min(64, expectedSize), 0x3C));
        Assert.Equal(1, heap.BlocksInUse);
        Assert.Equal((long)expectedSize, heap.BytesInUse);
        if (!keptInPlace)
        {
            Assert.Equal(BlockState.Freed, heap.Classify(block, out _, out _));
        }

        heap.Validate();
    }

    [Fact]
    public void ContentsSurviveSmallToLargeToSmall()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(100);
        for (int i = 0; i < 100; i++)
        {
            TestMemory.Bytes(block, 100)[i] = (byte)i;
        }

        nint large = heap.Reallocate(block, 50_000);
        Assert.Equal(1, heap.LargeBlocksInUse);
        Assert.Equal((nuint)50_000, heap.BlockSize(large));
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal((byte)i, TestMemory.Bytes(large, 100)[i]);
        }

        nint largeAgain = heap.Reallocate(large, 40_000);   // large blocks always move
        Assert.NotEqual(BlockState.Live, heap.Classify(large, out _, out _));
        nint small = heap.Reallocate(largeAgain, 60);
        Assert.Equal((nuint)64, heap.BlockSize(small));
        for (int i = 0; i < 60; i++)
        {
            Assert.Equal((byte)i, TestMemory.Bytes(small, 60)[i]);
        }

        Assert.Equal(1, heap.BlocksInUse);
        Assert.Equal(0, heap.LargeBlocksInUse);
        Assert.Equal(64, heap.BytesInUse);
        heap.Validate();
    }

    [Fact]
    public void ReallocatingNullAllocatesAndZeroSizeMeansOne()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Reallocate(0, 30);
        Assert.Equal((nuint)32, heap.BlockSize(block));

        nint tiny = heap.Reallocate(block, 0);   // 1 byte: too wasteful to keep a 32-byte block
        Assert.NotEqual(block, tiny);
        Assert.Equal((nuint)16, heap.BlockSize(tiny));
        Assert.Equal(16, heap.BytesInUse);
    }

    [Fact]
    public void AllocateZeroedClearsRecycledMemory()
    {
        using var heap = new PrivateHeap();
        nint keep = heap.Allocate(48);
        nint dirty = heap.Allocate(48);
        TestMemory.Fill(dirty, 48, 0xFF);
        heap.Free(dirty);
        nint zeroed = heap.AllocateZeroed(40);
        Assert.Equal(dirty, zeroed);   // LIFO reuse of the freed block
        Assert.True(TestMemory.AllEqual(zeroed, 48, 0));

        nint large = heap.AllocateZeroed(5_000);
        Assert.True(TestMemory.AllEqual(large, 5_008, 0));
        Assert.True(heap.IsLive(keep));
    }

    [Fact]
    public void PoisoningFillsFreedBlocksAfterTheLink()
    {
        using var heap = new PrivateHeap { PoisonFreedMemory = true };
        nint keep = heap.Allocate(64);   // keeps the pool in use, so its memory stays readable
        nint block = heap.Allocate(64);
        TestMemory.Fill(block, 64, 0x11);
        heap.Free(block);
        Assert.True(TestMemory.AllEqual(block + 8, 56, 0xDD));
        Assert.True(TestMemory.AllEqual(keep, 0, 0));

        heap.PoisonFreedMemory = false;
        nint again = heap.Allocate(64);
        Assert.Equal(block, again);
        TestMemory.Fill(again, 64, 0x22);
        heap.Free(again);
        Assert.True(TestMemory.AllEqual(again + 8, 56, 0x22));
    }
}
