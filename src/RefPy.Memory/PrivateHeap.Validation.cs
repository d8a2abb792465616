using System.Numerics;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>A full consistency check of the heap's internal structures, for tests and debugging.</summary>
public sealed unsafe partial class PrivateHeap
{
    /// <summary>
    /// Walks every structure and throws <see cref="InvalidOperationException"/> describing the first
    /// broken invariant. O(heap size); meant for tests, never called by the heap itself.
    /// </summary>
    internal void Validate()
    {
        long smallBlocks = 0;
        long smallBytes = 0;
        int arenas = 0;
        int whollyFree = 0;
        for (int slot = 0; slot < _arenaTable.Length; slot++)
        {
            ArenaObject* arena = _arenaTable[slot];
            if (arena == null)
            {
                continue;
            }

            arenas++;
            Check(arena->Index == slot, "arena slot index");
            Check(_arenaMap.Lookup((nint)arena->Address) == arena, "arena map entry");
            Check(_arenaMap.Lookup((nint)arena->Address + ArenaSize - 1) == arena, "arena map entry (end)");
            ValidateArena(arena, ref smallBlocks, ref smallBytes);
            if (arena->IsWhollyFree)
            {
                whollyFree++;
            }
        }

        Check(arenas == _arenasInUse, "ArenasInUse");
        Check(whollyFree <= 1, "at most one wholly free arena is cached");
        ValidateUsedPools();
        ValidateUsableArenas();
        Check(smallBlocks + _largeBlocks.Count == _blocksInUse, "BlocksInUse");
        Check(smallBytes + _largeBlocks.Bytes == _bytesInUse, "BytesInUse");
    }

    private void ValidateArena(ArenaObject* arena, ref long smallBlocks, ref long smallBytes)
    {
        int freeListed = 0;
        for (PoolHeader* pool = arena->FreePools; pool != null; pool = pool->NextPool)
        {
            Check(pool->Count == 0, "free pool has no blocks");
            Check(((nint)pool & ~ArenaOffsetMask) == (nint)arena->Address, "free pool belongs to its arena");
            Check(++freeListed <= PoolsPerArena, "free-pool list is not cyclic");
        }

        Check(arena->FreePoolCount == freeListed + PoolsPerArena - arena->NextVirginPool, "FreePoolCount");

        for (int i = 0; i < arena->NextVirginPool; i++)
        {
            PoolHeader* pool = arena->Pool(i);
            ulong* bits = arena->LiveBits + i * (PoolSize / Alignment / 64);
            int liveBits = 0;
            for (int w = 0; w < PoolSize / Alignment / 64; w++)
            {
                liveBits += BitOperations.PopCount(bits[w]);
            }

            Check(liveBits == pool->Count, "live bits match the pool's count");
            if (pool->Count == 0)
            {
                continue;
            }

            Check(pool->ArenaIndex == arena->Index, "pool's arena index");
            uint size = SizeClasses.BlockSize(pool->SizeClass);
            Check(pool->SizeClass < SizeClassCount, "pool size class");
            Check(pool->MaxNextOffset == PoolSize - size, "MaxNextOffset");
            Check(pool->NextOffset >= PoolHeaderSize && (pool->NextOffset - PoolHeaderSize) % size == 0, "NextOffset on the block grid");
            long freeBlocks = 0;
            for (byte* block = pool->FreeBlock; block != null; block = *(byte**)block)
            {
                nint offset = (nint)block - (nint)pool;
                Check(offset >= PoolHeaderSize && offset < pool->NextOffset && (offset - PoolHeaderSize) % size == 0,
                    "free block lies on the carved block grid of its pool");
                Check(!arena->IsLive((nint)block), "free block is not live");
                Check(++freeBlocks <= PoolSize / Alignment, "free list is not cyclic");
            }

            long carved = (pool->NextOffset - PoolHeaderSize) / size;
            Check(freeBlocks + pool->Count == carved, "free + allocated blocks = carved blocks");
            smallBlocks += pool->Count;
            smallBytes += pool->Count * size;
        }
    }

    private void ValidateUsedPools()
    {
        for (uint c = 0; c < SizeClassCount; c++)
        {
            PoolHeader* prev = null;
            int length = 0;
            for (PoolHeader* pool = _usedPools[c]; pool != null; pool = pool->NextPool)
            {
                Check(pool->PrevPool == prev, "used-pool back link");
                Check(pool->SizeClass == c, "used pool serves its list's size class");
                Check(pool->Count > 0 && !pool->IsFull, "used pool is neither empty nor full");
                Check(++length <= _arenasInUse * PoolsPerArena, "used-pool list is not cyclic");
                prev = pool;
            }
        }

        // Conversely, every pool that is neither empty nor full must be on its list.
        foreach (nint slot in ArenaSlots())
        {
            var arena = (ArenaObject*)slot;
            for (int i = 0; i < arena->NextVirginPool; i++)
            {
                PoolHeader* pool = arena->Pool(i);
                if (pool->Count > 0 && !pool->IsFull)
                {
                    Check(pool->PrevPool != null || _usedPools[pool->SizeClass] == pool, "partly used pool is on its list");
                }
            }
        }
    }

    private void ValidateUsableArenas()
    {
        int listed = 0;
        ArenaObject* prev = null;
        for (ArenaObject* arena = _usableArenas; arena != null; arena = arena->NextArena)
        {
            Check(arena->PrevArena == prev, "usable-arena back link");
            Check(arena->FreePoolCount > 0, "usable arena has a free pool");
            Check(prev == null || prev->FreePoolCount <= arena->FreePoolCount, "usable arenas sorted most-full first");
            bool lastWithCount = arena->NextArena == null || arena->NextArena->FreePoolCount != arena->FreePoolCount;
            Check((_lastUsableArenaWith[arena->FreePoolCount] == arena) == lastWithCount, "nfp2lasta entry");
            Check(++listed <= _arenasInUse, "usable-arena list is not cyclic");
            prev = arena;
        }

        int withFreePools = 0;
        foreach (nint slot in ArenaSlots())
        {
            if (((ArenaObject*)slot)->FreePoolCount > 0)
            {
                withFreePools++;
            }
        }

        Check(listed == withFreePools, "every arena with a free pool is usable");
        for (int n = 0; n <= PoolsPerArena; n++)
        {
            ArenaObject* last = _lastUsableArenaWith[n];
            Check(last == null || last->FreePoolCount == n, "nfp2lasta points at an arena with that count");
        }
    }

    private static void Check(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Private heap invariant broken: {invariant}.");
        }
    }
}
