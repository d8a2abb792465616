using System.Runtime.InteropServices;

namespace RefPy.Memory.Tests;

public sealed unsafe class LayoutTests
{
    [Fact]
    public void PoolHeaderIsFortyEightBytesLikeCPython()
    {
        Assert.Equal(48, sizeof(PoolHeader));
        Assert.Equal(0, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.Count)));
        Assert.Equal(8, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.FreeBlock)));
        Assert.Equal(16, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.NextPool)));
        Assert.Equal(24, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.PrevPool)));
        Assert.Equal(32, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.ArenaIndex)));
        Assert.Equal(36, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.SizeClass)));
        Assert.Equal(40, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.NextOffset)));
        Assert.Equal(44, (int)Marshal.OffsetOf<PoolHeader>(nameof(PoolHeader.MaxNextOffset)));
        Assert.Equal(0, HeapLayout.PoolHeaderSize % HeapLayout.Alignment);
    }

    [Fact]
    public void GeometryMatchesTheDesign()
    {
        Assert.Equal(1 << 20, HeapLayout.ArenaSize);
        Assert.Equal(16 << 10, HeapLayout.PoolSize);
        Assert.Equal(64, HeapLayout.PoolsPerArena);
        Assert.Equal(32, HeapLayout.SizeClassCount);
        Assert.Equal(1024, HeapLayout.LiveWordsPerArena);
        Assert.Equal(1024, HeapLayout.PoolSize / HeapLayout.Alignment);   // liveness bits per pool
    }

    [Theory]
    [InlineData(1u, 0u, 16u)]
    [InlineData(16u, 0u, 16u)]
    [InlineData(17u, 1u, 32u)]
    [InlineData(56u, 3u, 64u)]
    [InlineData(496u, 30u, 496u)]
    [InlineData(497u, 31u, 512u)]
    [InlineData(512u, 31u, 512u)]
    public void SizeClassesRoundUpToSixteen(uint request, uint expectedClass, uint expectedBlockSize)
    {
        uint sizeClass = SizeClasses.IndexOf(request);
        Assert.Equal(expectedClass, sizeClass);
        Assert.Equal(expectedBlockSize, SizeClasses.BlockSize(sizeClass));
    }

    [Fact]
    public void BlocksPerPoolAccountsForTheHeader()
    {
        Assert.Equal(1021, SizeClasses.BlocksPerPool(0));    // (16384 - 48) / 16
        Assert.Equal(31, SizeClasses.BlocksPerPool(31));     // (16384 - 48) / 512
        Assert.Equal(340, SizeClasses.BlocksPerPool(2));     // 48-byte blocks
    }

    [Fact]
    public void EveryRequestSizeIsSixteenByteAlignedAndRoundedUp()
    {
        using var heap = new PrivateHeap();
        var blocks = new List<nint>();
        for (nuint size = 0; size <= 2048; size++)
        {
            nint block = heap.Allocate(size);
            Assert.Equal(0, block % 16);
            Assert.Equal(TestMemory.RoundUp16(size), heap.BlockSize(block));
            blocks.Add(block);
        }

        Assert.Equal(blocks.Count, blocks.Distinct().Count());
        foreach (nint block in blocks)
        {
            heap.Free(block);
        }

        Assert.Equal(0, heap.BlocksInUse);
        Assert.Equal(0, heap.BytesInUse);
        heap.Validate();
    }

    [Fact]
    public void SizeZeroIsTreatedAsOne()
    {
        using var heap = new PrivateHeap();
        nint block = heap.Allocate(0);
        Assert.Equal((nuint)16, heap.BlockSize(block));
        Assert.Equal(16, heap.BytesInUse);
        Assert.Equal(BlockState.Live, heap.Classify(block, out _, out _));
        heap.Free(block);
    }
}
