namespace RefPy.Memory.Tests;

/// <summary>Helpers shared by the tests.</summary>
internal static unsafe class TestMemory
{
    public const int ArenaSize = 1 << 20;
    public const int PoolSize = 16 << 10;

    public static Span<byte> Bytes(nint address, nuint length) => new((void*)address, checked((int)length));

    public static void Fill(nint address, nuint length, byte value) => Bytes(address, length).Fill(value);

    public static bool AllEqual(nint address, nuint length, byte value) =>
        Bytes(address, length).IndexOfAnyExcept(value) < 0;

    public static nint ArenaOf(nint address) => address & ~(nint)(ArenaSize - 1);

    public static nint PoolOf(nint address) => address & ~(nint)(PoolSize - 1);

    public static nuint RoundUp16(nuint size) => (Math.Max(size, 1) + 15) & ~(nuint)15;

    /// <summary>Blocks of <paramref name="blockSize"/> bytes that fit in one 16 KiB pool after its 48-byte header.</summary>
    public static int BlocksPerPool(int blockSize) => (PoolSize - 48) / blockSize;
}
