namespace RefPy.Memory;

/// <summary>
/// The geometry of the private heap, modelled on CPython 3.12's obmalloc.
/// </summary>
/// <remarks>
/// <para>
/// The heap hands out <b>small blocks</b> (requests of 1..512 bytes) from <b>arenas</b> and passes
/// larger requests to the native allocator (see <see cref="LargeBlocks"/>).
/// </para>
/// <code>
/// arena (1 MiB, aligned to 1 MiB)
/// +-----------+-----------+-----+-----------+
/// |  pool 0   |  pool 1   | ... |  pool 63  |     64 pools of 16 KiB, all usable
/// +-----------+-----------+-----+-----------+
///
/// pool (16 KiB, one size class)
/// +--------+-------+-------+-----+-------+---------+
/// | header | block | block | ... | block | (slack) |     header = 48 bytes (PoolHeader)
/// +--------+-------+-------+-----+-------+---------+
/// </code>
/// <para>
/// <b>Why arenas are aligned to their size:</b> the arena of any address is
/// <c>address &amp; ~(ArenaSize - 1)</c> and its pool is <c>address &amp; ~(PoolSize - 1)</c>, so
/// going from a pointer to its metadata is a couple of mask operations plus one lookup in the
/// <see cref="ArenaMap"/>. CPython instead allocates unaligned 1 MiB arenas and loses the partial
/// first pool; aligning them keeps all 64 pools usable.
/// </para>
/// <para>
/// <b>Why the pool header is 48 bytes:</b> it holds exactly CPython's <c>pool_header</c> fields
/// (see <see cref="PoolHeader"/>) and 48 is a multiple of the 16-byte alignment, so the first
/// block (at offset 48) and therefore every block is 16-byte aligned.
/// </para>
/// </remarks>
internal static class HeapLayout
{
    /// <summary>Every block address is a multiple of this; block sizes are too.</summary>
    public const int Alignment = 16;

    /// <summary>log2 of <see cref="Alignment"/>.</summary>
    public const int AlignmentShift = 4;

    /// <summary>Requests up to this many bytes are served from pools; larger ones are "large blocks".</summary>
    public const int SmallRequestThreshold = 512;

    /// <summary>Number of small size classes: 16, 32, ..., 512 bytes.</summary>
    public const int SizeClassCount = SmallRequestThreshold / Alignment;

    /// <summary>log2 of <see cref="ArenaSize"/>.</summary>
    public const int ArenaShift = 20;

    /// <summary>Size (and alignment) of an arena: 1 MiB.</summary>
    public const int ArenaSize = 1 << ArenaShift;

    /// <summary>Mask selecting the offset of an address inside its arena.</summary>
    public const nint ArenaOffsetMask = ArenaSize - 1;

    /// <summary>log2 of <see cref="PoolSize"/>.</summary>
    public const int PoolShift = 14;

    /// <summary>Size (and alignment) of a pool: 16 KiB.</summary>
    public const int PoolSize = 1 << PoolShift;

    /// <summary>Mask selecting the offset of an address inside its pool.</summary>
    public const nint PoolOffsetMask = PoolSize - 1;

    /// <summary>Pools per arena. All of them are usable because arenas are aligned.</summary>
    public const int PoolsPerArena = ArenaSize / PoolSize;

    /// <summary>Bytes at the start of every pool reserved for its <see cref="PoolHeader"/>.</summary>
    public const int PoolHeaderSize = 48;

    /// <summary>
    /// One liveness bit per 16-byte granule of an arena (65,536 bits = 8 KiB per arena, 1,024 bits
    /// per pool). Bit <c>(address &amp; ArenaOffsetMask) / 16</c> is set while a block starts at
    /// <c>address</c> and is allocated.
    /// </summary>
    public const int LiveBitsPerArena = ArenaSize / Alignment;

    /// <summary>Number of 64-bit words in an arena's liveness bitmap.</summary>
    public const int LiveWordsPerArena = LiveBitsPerArena / 64;

    /// <summary>
    /// Arenas must lie below 2^47 (the user-space limit of x64 and of the usual arm64
    /// configurations), so the <see cref="ArenaMap"/> needs to index only 47 - 20 = 27 address bits.
    /// </summary>
    public const int UserAddressBits = 47;
}
