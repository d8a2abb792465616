using System.Runtime.CompilerServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>
/// Small requests are rounded up to a multiple of 16 bytes; each multiple is a size class.
/// Class <c>i</c> holds blocks of <c>(i + 1) * 16</c> bytes, so a request of <c>n</c> bytes
/// (1 &lt;= n &lt;= 512) uses class <c>(n - 1) &gt;&gt; 4</c>, exactly like CPython's
/// <c>size_class = (nbytes - 1) &gt;&gt; ALIGNMENT_SHIFT</c>.
/// </summary>
internal static class SizeClasses
{
    /// <summary>The size class serving a request of <paramref name="size"/> bytes (1..512).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint IndexOf(nuint size) => (uint)((size - 1) >> AlignmentShift);

    /// <summary>The block size of size class <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint BlockSize(uint index) => (index + 1) << AlignmentShift;

    /// <summary>How many blocks of size class <paramref name="index"/> fit in one pool.</summary>
    public static int BlocksPerPool(uint index) => (PoolSize - PoolHeaderSize) / (int)BlockSize(index);

    /// <summary>Rounds <paramref name="size"/> up to a multiple of <see cref="HeapLayout.Alignment"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nuint RoundUp(nuint size) => (size + (Alignment - 1)) & ~(nuint)(Alignment - 1);
}
