using System.Runtime.InteropServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>Arena management: obtaining, ordering, reusing and releasing 1 MiB arenas.</summary>
/// <remarks>
/// <para>
/// <b>Usable arenas</b> (CPython's <c>usable_arenas</c>): the doubly linked list of arenas that have
/// at least one free pool, sorted by <see cref="ArenaObject.FreePoolCount"/> ascending, so the head
/// is the most-full arena. New pools always come from the head; this concentrates allocations in
/// few arenas and gives lightly used arenas the chance to drain completely. The sort is kept in O(1)
/// per change with CPython's <c>nfp2lasta</c> table (<see cref="_lastUsableArenaWith"/>): entry
/// <c>n</c> is the rightmost arena in the list with exactly <c>n</c> free pools, which is where an
/// arena whose count just grew from <c>n</c> to <c>n + 1</c> must move.
/// </para>
/// <para>
/// <b>Release rule</b> (CPython bpo-37257): an arena whose pools have all become free is returned to
/// the operating system immediately, <i>unless it is the last arena in the usable list</i>. Since the
/// list is sorted, wholly free arenas gather at its tail, so this keeps <b>at most one</b> wholly free
/// arena cached. That avoids thrashing when a program repeatedly allocates and frees about one
/// arena's worth of memory, while still returning everything else.
/// </para>
/// </remarks>
public sealed unsafe partial class PrivateHeap
{
    /// <summary>CPython's <c>arenas</c> table; pool headers refer to their arena by its slot here. Null slots are free.</summary>
    private ArenaObject*[] _arenaTable = new ArenaObject*[8];

    /// <summary>Head of the usable-arena list (fewest free pools first), or null.</summary>
    private ArenaObject* _usableArenas;

    /// <summary>CPython's <c>nfp2lasta</c>: the rightmost usable arena with exactly <c>n</c> free pools, or null.</summary>
    private readonly ArenaObject*[] _lastUsableArenaWith = new ArenaObject*[PoolsPerArena + 1];

    private int _arenasInUse;
    private int _arenasHighWater;
    private long _arenasAllocatedTotal;
    private long _arenasReleasedTotal;

    /// <summary>
    /// Takes an empty pool from the most-full usable arena (obtaining a new arena if none has one),
    /// prepares it for <paramref name="sizeClass"/> and makes it the head of that class's used-pool
    /// list (which is empty when this is called).
    /// </summary>
    private PoolHeader* TakeFreePool(uint sizeClass)
    {
        if (_usableArenas == null)
        {
            _usableArenas = NewArena();
            _lastUsableArenaWith[PoolsPerArena] = _usableArenas;
        }

        ArenaObject* arena = _usableArenas;
        int freePools = arena->FreePoolCount;

        // The head has the fewest free pools, so after taking one it is still the head; only the
        // nfp2lasta entries for its old and new counts change.
        if (_lastUsableArenaWith[freePools] == arena)
        {
            _lastUsableArenaWith[freePools] = null;
        }

        if (freePools > 1)
        {
            _lastUsableArenaWith[freePools - 1] = arena;
        }

        PoolHeader* pool;
        if (arena->FreePools != null)
        {
            // A previously used pool. If it last served the same size class, its free list and
            // high-water mark are still valid and it is reused as is (as CPython does).
            pool = arena->FreePools;
            arena->FreePools = pool->NextPool;
            if (pool->SizeClass != sizeClass)
            {
                pool->Initialize(sizeClass, arena->Index);
            }
        }
        else
        {
            pool = arena->Pool(arena->NextVirginPool++);
            pool->Initialize(sizeClass, arena->Index);
        }

        arena->FreePoolCount = freePools - 1;
        if (arena->FreePoolCount == 0)
        {
            // Wholly allocated: leave the usable list (it is the head).
            _usableArenas = arena->NextArena;
            if (_usableArenas != null)
            {
                _usableArenas->PrevArena = null;
            }

            arena->NextArena = null;
        }

        pool->NextPool = null;
        pool->PrevPool = null;
        _usedPools[sizeClass] = pool;
        return pool;
    }

    /// <summary>
    /// Puts <paramref name="pool"/>, whose last block was just freed (and which is already off its
    /// used-pool list), back on its arena's free-pool list, then repositions or releases the arena.
    /// </summary>
    private void ReturnPoolToArena(PoolHeader* pool)
    {
        ArenaObject* arena = _arenaTable[pool->ArenaIndex];
        pool->NextPool = arena->FreePools;
        arena->FreePools = pool;

        int oldCount = arena->FreePoolCount;
        int newCount = oldCount + 1;
        ArenaObject* lastWithOldCount = _lastUsableArenaWith[oldCount];
        if (lastWithOldCount == arena)
        {
            ArenaObject* prev = arena->PrevArena;
            _lastUsableArenaWith[oldCount] = prev != null && prev->FreePoolCount == oldCount ? prev : null;
        }

        arena->FreePoolCount = newCount;

        // Wholly free and not the tail of the usable list: release it (see the release rule above).
        if (newCount == PoolsPerArena && arena->NextArena != null)
        {
            UnlinkUsableArena(arena);
            ReleaseArena(arena);
            return;
        }

        if (newCount == 1)
        {
            // The arena was wholly allocated and off the list; it is now the most-full usable arena.
            arena->PrevArena = null;
            arena->NextArena = _usableArenas;
            if (_usableArenas != null)
            {
                _usableArenas->PrevArena = arena;
            }

            _usableArenas = arena;
            if (_lastUsableArenaWith[1] == null)
            {
                _lastUsableArenaWith[1] = arena;
            }

            return;
        }

        if (_lastUsableArenaWith[newCount] == null)
        {
            _lastUsableArenaWith[newCount] = arena;
        }

        if (arena == lastWithOldCount)
        {
            return;   // its right neighbour already has at least newCount free pools: still sorted
        }

        // Move the arena to just after the rightmost arena that still has oldCount free pools.
        UnlinkUsableArena(arena);
        arena->PrevArena = lastWithOldCount;
        arena->NextArena = lastWithOldCount->NextArena;
        if (arena->NextArena != null)
        {
            arena->NextArena->PrevArena = arena;
        }

        lastWithOldCount->NextArena = arena;
    }

    private void UnlinkUsableArena(ArenaObject* arena)
    {
        if (arena->PrevArena != null)
        {
            arena->PrevArena->NextArena = arena->NextArena;
        }
        else
        {
            _usableArenas = arena->NextArena;
        }

        if (arena->NextArena != null)
        {
            arena->NextArena->PrevArena = arena->PrevArena;
        }

        arena->NextArena = null;
        arena->PrevArena = null;
    }

    /// <summary>
    /// Obtains a 1 MiB, 1 MiB-aligned arena from the operating system with all pools free. It is
    /// not yet linked into the usable list. On failure nothing changes.
    /// </summary>
    private ArenaObject* NewArena()
    {
        uint slot = FindFreeArenaSlot();
        byte* memory = (byte*)NativeMemory.AlignedAlloc(ArenaSize, ArenaSize);
        ArenaObject* arena = null;
        try
        {
            if (!ArenaMap.CanMap(memory))
            {
                throw new OutOfMemoryException(
                    "The operating system placed an arena above the 47-bit address range covered by the arena map.");
            }

            arena = (ArenaObject*)NativeMemory.AllocZeroed((nuint)sizeof(ArenaObject));
            arena->Address = memory;
            arena->FreePoolCount = PoolsPerArena;
            arena->Index = slot;
            _arenaMap.Add(arena);
        }
        catch
        {
            NativeMemory.Free(arena);
            NativeMemory.AlignedFree(memory);
            throw;
        }

        _arenaTable[slot] = arena;
        _arenasInUse++;
        _arenasAllocatedTotal++;
        _arenasHighWater = Math.Max(_arenasHighWater, _arenasInUse);
        return arena;
    }

    /// <summary>Returns <paramref name="arena"/> (already off the usable list) to the operating system.</summary>
    private void ReleaseArena(ArenaObject* arena)
    {
        _arenaMap.Remove(arena->Address);
        _arenaTable[arena->Index] = null;
        NativeMemory.AlignedFree(arena->Address);
        NativeMemory.Free(arena);
        _arenasInUse--;
        _arenasReleasedTotal++;
    }

    /// <summary>Releases every arena (used by <see cref="Dispose"/>).</summary>
    private void ReleaseAllArenas()
    {
        for (int slot = 0; slot < _arenaTable.Length; slot++)
        {
            if (_arenaTable[slot] != null)
            {
                ReleaseArena(_arenaTable[slot]);
            }
        }

        _usableArenas = null;
        Array.Clear(_lastUsableArenaWith);
    }

    /// <summary>The first free slot of the arena table, growing the table when it is full.</summary>
    private uint FindFreeArenaSlot()
    {
        for (int slot = 0; slot < _arenaTable.Length; slot++)
        {
            if (_arenaTable[slot] == null)
            {
                return (uint)slot;
            }
        }

        var grown = new ArenaObject*[_arenaTable.Length * 2];
        Array.Copy(_arenaTable, grown, _arenaTable.Length);
        uint firstNew = (uint)_arenaTable.Length;
        _arenaTable = grown;
        return firstNew;
    }
}
