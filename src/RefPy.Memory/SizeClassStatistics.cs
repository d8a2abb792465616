namespace RefPy.Memory;

/// <summary>Usage of one small size class at the time of a <see cref="HeapStatistics"/> snapshot.</summary>
/// <param name="SizeClass">Size-class index (0..31).</param>
/// <param name="BlockSize">Block size of the class in bytes (16..512).</param>
/// <param name="Pools">Pools currently serving the class (pools with at least one allocated block).</param>
/// <param name="BlocksInUse">Allocated blocks of the class.</param>
/// <param name="AvailableBlocks">Blocks still available in those pools (free-listed or never carved).</param>
public readonly record struct SizeClassStatistics(
    int SizeClass, int BlockSize, int Pools, long BlocksInUse, long AvailableBlocks);
