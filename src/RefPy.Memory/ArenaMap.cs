using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static RefPy.Memory.HeapLayout;

namespace RefPy.Memory;

/// <summary>
/// O(1) map from any address to the <see cref="ArenaObject"/> of the arena containing it, or null.
/// </summary>
/// <remarks>
/// A two-level radix table over the arena number <c>address &gt;&gt; 20</c>, which has 27
/// significant bits for user-space addresses (&lt; 2^47). The top 13 bits index the root (a managed
/// array of 8,192 leaf pointers); the low 14 bits index a leaf (16,384 arena pointers = 128 KiB of
/// zeroed unmanaged memory, created on first use). A process touching a few GiB of address space
/// needs one or two leaves. Unlike CPython's <c>address_in_range</c> this never reads memory the
/// heap does not own, so it is safe for arbitrary (even wild) addresses.
/// </remarks>
internal sealed unsafe class ArenaMap : IDisposable
{
    private const int ArenaNumberBits = UserAddressBits - ArenaShift;   // 27
    private const int LeafBits = 14;
    private const int RootBits = ArenaNumberBits - LeafBits;             // 13
    private const int LeafLength = 1 << LeafBits;
    private const nuint LeafMask = LeafLength - 1;

    private readonly ArenaObject**[] _root = new ArenaObject**[1 << RootBits];

    /// <summary>The arena containing <paramref name="address"/>, or null when it is not in a live arena.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ArenaObject* Lookup(nint address)
    {
        nuint arenaNumber = (nuint)address >> ArenaShift;
        if (arenaNumber >> ArenaNumberBits != 0)
        {
            return null;
        }

        ArenaObject** leaf = _root[(int)(arenaNumber >> LeafBits)];
        return leaf == null ? null : leaf[arenaNumber & LeafMask];
    }

    /// <summary>True when an arena placed at <paramref name="arenaBase"/> can be recorded in the map.</summary>
    public static bool CanMap(void* arenaBase) => (nuint)arenaBase >> UserAddressBits == 0;

    /// <summary>Records <paramref name="arena"/> (its address must satisfy <see cref="CanMap"/>).</summary>
    public void Add(ArenaObject* arena)
    {
        nuint arenaNumber = (nuint)arena->Address >> ArenaShift;
        ref ArenaObject** leaf = ref _root[(int)(arenaNumber >> LeafBits)];
        if (leaf == null)
        {
            leaf = (ArenaObject**)NativeMemory.AllocZeroed(LeafLength, (nuint)sizeof(ArenaObject*));
        }

        leaf[arenaNumber & LeafMask] = arena;
    }

    /// <summary>Forgets the arena based at <paramref name="arenaBase"/>. Leaves are kept until disposal.</summary>
    public void Remove(byte* arenaBase)
    {
        nuint arenaNumber = (nuint)arenaBase >> ArenaShift;
        _root[(int)(arenaNumber >> LeafBits)][arenaNumber & LeafMask] = null;
    }

    /// <summary>Frees every leaf; afterwards every lookup returns null.</summary>
    public void Dispose()
    {
        for (int i = 0; i < _root.Length; i++)
        {
            if (_root[i] != null)
            {
                NativeMemory.Free(_root[i]);
                _root[i] = null;
            }
        }
    }
}
