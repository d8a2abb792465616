using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>
/// A private unmanaged heap for runtime objects, modelled on CPython 3.12's obmalloc. Not thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Requests of up to 512 bytes are rounded up to one of 32 size classes (16, 32, ..., 512 bytes)
/// and served from 16 KiB <b>pools</b> carved out of 1 MiB <b>arenas</b> (see
/// <see cref="HeapLayout"/> for the geometry and the reasons behind it). Larger requests become
/// tracked native allocations (<see cref="LargeBlocks"/>). Every address returned is 16-byte aligned.
/// </para>
/// <para>The moving parts, as in CPython:</para>
/// <list type="bullet">
/// <item><b>Used pools</b>: per size class, a list of pools that have allocated blocks and room for
/// more. Allocation takes a block from the first pool; a pool that fills up leaves the list, and one
/// that was full re-enters at the front when a block in it is freed.</item>
/// <item><b>Free pools</b>: a pool whose last block is freed goes back to its arena's free-pool list
/// and can then serve any size class.</item>
/// <item><b>Usable arenas</b>: arenas with at least one free pool, kept sorted most-full first so
/// that new pools come from the fullest arenas and lightly used arenas can drain and be released.
/// See <c>PrivateHeap.Arenas.cs</c> for the release rule.</item>
/// <item><b>Arena map and liveness bitmaps</b>: an O(1) address → arena table (<see cref="ArenaMap"/>)
/// plus one bit per 16-byte granule (<see cref="ArenaObject"/>) make <see cref="Free"/> validate its
/// argument and <see cref="Classify"/> answer without any search.</item>
/// </list>
/// <para>
/// The heap has no finalizer: its owner must call <see cref="Dispose"/> (a heap that is never
/// disposed keeps its memory until the process exits). A finalizer could free arenas while raw
/// block addresses are still in use elsewhere.
/// </para>
/// </remarks>
public sealed unsafe partial class PrivateHeap : IDisposable
{
    /// <summary>Byte written over freed memory when <see cref="PoisonFreedMemory"/> is on.</summary>
    internal const byte PoisonByte = 0xDD;

    /// <summary>Largest accepted request; keeps rounding and the <c>long</c> accounting overflow-free.</summary>
    private static readonly nuint MaxRequestSize = (nuint)(nint.MaxValue / 4);

    /// <summary>CPython's <c>usedpools</c>: the head of each size class's used-pool list, or null.</summary>
    private readonly PoolHeader*[] _usedPools = new PoolHeader*[SizeClassCount];

    private readonly ArenaMap _arenaMap = new();
    private readonly LargeBlocks _largeBlocks = new();

    private long _limitBytes;
    private long _blocksInUse;
    private long _bytesInUse;
    private bool _disposed;

    /// <summary>Creates an empty heap. No memory is reserved until the first allocation.</summary>
    /// <param name="limitBytes">Initial value of <see cref="LimitBytes"/>.</param>
    public PrivateHeap(long limitBytes = long.MaxValue)
    {
        LimitBytes = limitBytes;
    }

    /// <summary>
    /// Upper bound for <see cref="BytesInUse"/>. An allocation that would exceed it throws
    /// <see cref="HeapLimitExceededException"/> and leaves the heap unchanged. Lowering the limit
    /// below the current usage is allowed; it only refuses further growth.
    /// </summary>
    public long LimitBytes
    {
        get => _limitBytes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _limitBytes = value;
        }
    }

    /// <summary>
    /// Debug aid: when true, freed small blocks are filled with 0xDD after their 8-byte free-list
    /// link, and freed large blocks entirely, before the memory is reused or released.
    /// </summary>
    public bool PoisonFreedMemory { get; set; }

    /// <summary>Allocated blocks, small and large.</summary>
    public long BlocksInUse => _blocksInUse;

    /// <summary>Bytes in allocated blocks: the class size of small blocks plus the 16-rounded size of large ones.</summary>
    public long BytesInUse => _bytesInUse;

    /// <summary>Allocated large (&gt; 512 byte) blocks.</summary>
    public long LargeBlocksInUse => _largeBlocks.Count;

    /// <summary>
    /// Allocates a block of at least <paramref name="size"/> bytes (0 is treated as 1), 16-byte
    /// aligned, with unspecified contents.
    /// </summary>
    /// <exception cref="HeapLimitExceededException">The block would take the heap above <see cref="LimitBytes"/>.</exception>
    /// <exception cref="OutOfMemoryException">The operating system refused memory.</exception>
    public nint Allocate(nuint size)
    {
        // Fast path: a small request whose size class has a pool with room, within the limit.
        // A size of 0 wraps around to a huge class number and takes the slow path.
        nuint sizeClass = (size - 1) >> AlignmentShift;
        if (sizeClass < SizeClassCount)
        {
            PoolHeader* pool = _usedPools[(int)sizeClass];
            uint blockSize = SizeClasses.BlockSize((uint)sizeClass);
            if (pool != null && blockSize <= _limitBytes - _bytesInUse)
            {
                return AllocateFromPool(pool, blockSize);
            }
        }

        return AllocateSlow(size);
    }

    /// <summary>Like <see cref="Allocate"/>, but the whole usable block is zero-filled.</summary>
    public nint AllocateZeroed(nuint size)
    {
        nint block = Allocate(size);
        NativeMemory.Clear((void*)block, SizeClasses.RoundUp(size == 0 ? 1 : size));
        return block;
    }

    /// <summary>
    /// Frees the block starting at <paramref name="block"/>. Freeing 0 does nothing, like C's
    /// <c>free(NULL)</c> and CPython's <c>PyObject_Free(NULL)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="block"/> is not the start of a live block of this heap (for example a double
    /// free or an interior pointer). The heap is unchanged.
    /// </exception>
    public void Free(nint block)
    {
        // Small blocks: arena map, alignment, and one liveness bit validate the address.
        ArenaObject* arena = _arenaMap.Lookup(block);
        if (arena != null && (block & (Alignment - 1)) == 0 && arena->TryMarkFree(block))
        {
            PoolHeader* pool = (PoolHeader*)(block & ~PoolOffsetMask);
            uint blockSize = SizeClasses.BlockSize(pool->SizeClass);
            bool wasFull = pool->IsFull;
            if (PoisonFreedMemory)
            {
                NativeMemory.Fill((byte*)block + sizeof(byte*), blockSize - (uint)sizeof(byte*), PoisonByte);
            }

            *(byte**)block = pool->FreeBlock;
            pool->FreeBlock = (byte*)block;
            _blocksInUse--;
            _bytesInUse -= blockSize;
            if (--pool->Count == 0 || wasFull)
            {
                OnPoolNoLongerFullOrEmpty(pool, wasFull);
            }

            return;
        }

        FreeSlow(block);
    }

    /// <summary>
    /// Resizes the block at <paramref name="block"/> to at least <paramref name="newSize"/> bytes
    /// and returns its (possibly new) address; the first <c>min(old, new)</c> bytes are preserved.
    /// A small block is kept in place when CPython would keep it: when the new size still fits and
    /// does not waste more than a quarter of it (<c>3 * blockSize &lt; 4 * newSize &lt;= 4 * blockSize</c>).
    /// Otherwise a new block is allocated, the data copied and the old block freed.
    /// Reallocating 0 is <see cref="Allocate"/>.
    /// </summary>
    /// <exception cref="HeapLimitExceededException">
    /// The net growth would take the heap above <see cref="LimitBytes"/>; the old block is untouched.
    /// </exception>
    /// <exception cref="InvalidOperationException"><paramref name="block"/> is not the start of a live block.</exception>
    public nint Reallocate(nint block, nuint newSize)
    {
        if (block == 0)
        {
            return Allocate(newSize);
        }

        if (newSize == 0)
        {
            newSize = 1;
        }

        nuint oldSize = BlockSize(block);
        bool isSmall = _arenaMap.Lookup(block) != null;
        if (isSmall && newSize <= oldSize && 4 * newSize > 3 * oldSize)
        {
            return block;
        }

        // Only the net growth counts against the limit: the old block is freed right away.
        nuint newBlockSize = RoundedBlockSize(newSize);
        EnsureWithinLimit((long)newBlockSize - (long)oldSize);
        nint moved = AllocateWithinLimit(newSize, newBlockSize);
        nuint preserved = Math.Min(oldSize, newBlockSize);
        Buffer.MemoryCopy((void*)block, (void*)moved, newBlockSize, preserved);
        Free(block);
        return moved;
    }

    /// <summary>The usable size of the live block starting at <paramref name="block"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="block"/> is not the start of a live block.</exception>
    public nuint BlockSize(nint block)
    {
        ArenaObject* arena = _arenaMap.Lookup(block);
        if (arena != null)
        {
            if ((block & (Alignment - 1)) == 0 && arena->IsLive(block))
            {
                return SizeClasses.BlockSize(((PoolHeader*)(block & ~PoolOffsetMask))->SizeClass);
            }
        }
        else if (_largeBlocks.TryGetSize(block, out nuint size))
        {
            return size;
        }

        ThrowIfDisposed();
        throw InvalidBlock(nameof(BlockSize), block);
    }

    /// <summary>
    /// Returns every arena and large block to the operating system, whether or not blocks are still
    /// allocated. Afterwards the statistics read zero and allocating or freeing throws
    /// <see cref="ObjectDisposedException"/>. Calling it again does nothing.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Array.Clear(_usedPools);   // every allocation now takes the slow path, which throws
        ReleaseAllArenas();
        _arenaMap.Dispose();       // every address now misses the map
        _largeBlocks.Dispose();
        _blocksInUse = 0;
        _bytesInUse = 0;
    }

    /// <summary>
    /// Takes the next block from <paramref name="pool"/>, the head of its size class's used-pool
    /// list: the most recently freed block if there is one, else the next virgin block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private nint AllocateFromPool(PoolHeader* pool, uint blockSize)
    {
        byte* block = pool->FreeBlock;
        if (block != null)
        {
            pool->FreeBlock = *(byte**)block;
        }
        else
        {
            block = (byte*)pool + pool->NextOffset;
            pool->NextOffset += blockSize;
        }

        pool->Count++;
        if (pool->IsFull)
        {
            RemoveFullPool(pool);
        }

        _arenaTable[pool->ArenaIndex]->MarkLive((nint)block);
        _blocksInUse++;
        _bytesInUse += blockSize;
        return (nint)block;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private nint AllocateSlow(nuint size)
    {
        ThrowIfDisposed();
        if (size == 0)
        {
            size = 1;
        }

        nuint blockSize = RoundedBlockSize(size);
        EnsureWithinLimit((long)blockSize);
        return AllocateWithinLimit(size, blockSize);
    }

    /// <summary>Allocates once the limit has been checked. <paramref name="blockSize"/> is the 16-rounded size.</summary>
    private nint AllocateWithinLimit(nuint size, nuint blockSize)
    {
        if (size <= SmallRequestThreshold)
        {
            uint sizeClass = SizeClasses.IndexOf(size);
            PoolHeader* pool = _usedPools[sizeClass];
            if (pool == null)
            {
                pool = TakeFreePool(sizeClass);
            }

            return AllocateFromPool(pool, (uint)blockSize);
        }

        nint block = _largeBlocks.Allocate(blockSize);
        _blocksInUse++;
        _bytesInUse += (long)blockSize;
        return block;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FreeSlow(nint block)
    {
        if (block == 0)
        {
            return;
        }

        ThrowIfDisposed();
        if (_arenaMap.Lookup(block) == null && _largeBlocks.TryFree(block, PoisonFreedMemory, out nuint size))
        {
            _blocksInUse--;
            _bytesInUse -= (long)size;
            return;
        }

        throw InvalidBlock(nameof(Free), block);
    }

    /// <summary>
    /// Called after a free when the pool was full (it re-enters its used-pool list at the front, as
    /// it is the likeliest to be reused soon) or has just become empty (it returns to its arena).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnPoolNoLongerFullOrEmpty(PoolHeader* pool, bool wasFull)
    {
        if (pool->Count > 0)
        {
            LinkUsedPoolAtFront(pool);
            return;
        }

        if (!wasFull)
        {
            UnlinkUsedPool(pool);
        }

        ReturnPoolToArena(pool);
    }

    /// <summary>Removes the head pool of its used-pool list after it filled up.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RemoveFullPool(PoolHeader* pool) => UnlinkUsedPool(pool);

    private void LinkUsedPoolAtFront(PoolHeader* pool)
    {
        ref PoolHeader* head = ref _usedPools[pool->SizeClass];
        pool->PrevPool = null;
        pool->NextPool = head;
        if (head != null)
        {
            head->PrevPool = pool;
        }

        head = pool;
    }

    private void UnlinkUsedPool(PoolHeader* pool)
    {
        if (pool->PrevPool != null)
        {
            pool->PrevPool->NextPool = pool->NextPool;
        }
        else
        {
            _usedPools[pool->SizeClass] = pool->NextPool;
        }

        if (pool->NextPool != null)
        {
            pool->NextPool->PrevPool = pool->PrevPool;
        }

        pool->NextPool = null;
        pool->PrevPool = null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureWithinLimit(long additionalBytes)
    {
        if (additionalBytes > _limitBytes - _bytesInUse)
        {
            ThrowLimitExceeded(additionalBytes);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowLimitExceeded(long additionalBytes) =>
        throw new HeapLimitExceededException(additionalBytes, _bytesInUse, _limitBytes);

    private static nuint RoundedBlockSize(nuint size)
    {
        if (size > MaxRequestSize)
        {
            throw new OutOfMemoryException($"A request for {size} bytes exceeds the private heap's maximum block size.");
        }

        return SizeClasses.RoundUp(size);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Explains why <paramref name="address"/> was rejected by <paramref name="operation"/>.</summary>
    private InvalidOperationException InvalidBlock(string operation, nint address)
    {
        string reason = Classify(address, out nint start, out _) switch
        {
            BlockState.Freed when start == address => "the block has already been freed (double free)",
            BlockState.Freed => $"the address is inside the freed block at 0x{start:X}",
            BlockState.Live => $"the address is inside the live block at 0x{start:X}, not at its start",
            _ => "the address is not a block of this heap",
        };
        return new InvalidOperationException($"{operation}(0x{address:X}): {reason}.");
    }
}
