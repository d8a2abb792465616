using System.Runtime.InteropServices;

namespace RefPy.Memory;

/// <summary>
/// Blocks larger than <see cref="HeapLayout.SmallRequestThreshold"/> bytes: each one is a separate
/// 16-byte-aligned native allocation, tracked so that it can be freed, sized and classified.
/// </summary>
/// <remarks>
/// Live blocks are kept in a start → size dictionary (for <c>Free</c> and <c>BlockSize</c>) and in a
/// <see cref="PageRangeIndex"/> (for interior-pointer lookups). The ranges of the last
/// <see cref="FreedHistoryCapacity"/> freed blocks are remembered in a second index, oldest evicted
/// first, so that <see cref="PrivateHeap.Classify"/> can report recent use-after-free addresses as
/// <see cref="BlockState.Freed"/>.
/// </remarks>
internal sealed unsafe class LargeBlocks : IDisposable
{
    /// <summary>How many freed large blocks are remembered for classification.</summary>
    public const int FreedHistoryCapacity = 4096;

    private readonly Dictionary<nint, nuint> _sizes = new();
    private readonly PageRangeIndex _live = new();
    private readonly PageRangeIndex _freed = new();
    private readonly Queue<AddressRange> _freedHistory = new();

    /// <summary>Number of live large blocks.</summary>
    public long Count => _sizes.Count;

    /// <summary>Total size of the live large blocks.</summary>
    public long Bytes { get; private set; }

    /// <summary>Allocates a block of <paramref name="size"/> bytes (a non-zero multiple of 16).</summary>
    public nint Allocate(nuint size)
    {
        nint block = (nint)NativeMemory.AlignedAlloc(size, HeapLayout.Alignment);
        _sizes.Add(block, size);
        _live.Add(new AddressRange(block, size));
        Bytes += (long)size;
        return block;
    }

    /// <summary>The size of the live block starting at <paramref name="block"/>, if there is one.</summary>
    public bool TryGetSize(nint block, out nuint size) => _sizes.TryGetValue(block, out size);

    /// <summary>
    /// Frees the live block starting at <paramref name="block"/>; returns false (and changes
    /// nothing) when no live block starts there.
    /// </summary>
    public bool TryFree(nint block, bool poison, out nuint size)
    {
        if (!_sizes.Remove(block, out size))
        {
            return false;
        }

        var range = new AddressRange(block, size);
        _live.Remove(range);
        Bytes -= (long)size;
        if (poison)
        {
            NativeMemory.Fill((void*)block, size, PrivateHeap.PoisonByte);
        }

        NativeMemory.AlignedFree((void*)block);
        RememberFreed(range);
        return true;
    }

    /// <summary>Finds the live block containing <paramref name="address"/>.</summary>
    public bool TryFindLive(nint address, out AddressRange block) => _live.TryFind(address, out block);

    /// <summary>Finds a remembered freed block containing <paramref name="address"/>.</summary>
    public bool TryFindFreed(nint address, out AddressRange block) => _freed.TryFind(address, out block);

    /// <summary>Frees every live block and forgets all history.</summary>
    public void Dispose()
    {
        foreach (nint block in _sizes.Keys)
        {
            NativeMemory.AlignedFree((void*)block);
        }

        _sizes.Clear();
        _live.Clear();
        _freed.Clear();
        _freedHistory.Clear();
        Bytes = 0;
    }

    private void RememberFreed(AddressRange range)
    {
        if (_freedHistory.Count == FreedHistoryCapacity)
        {
            _freed.Remove(_freedHistory.Dequeue());
        }

        _freedHistory.Enqueue(range);
        _freed.Add(range);
    }
}
