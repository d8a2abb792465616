// Mirrors CPython Objects/dictobject.c / Include/internal/pycore_dict.h: PyDictKeysObject, the compact hash table.
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary>
/// The keys table of a dict, laid out like CPython's PyDictKeysObject: dk_refcnt +0, dk_log2_size +8,
/// dk_log2_index_bytes +9, dk_kind +10, dk_version +12, dk_usable +16, dk_nentries +24, then the index array
/// (1, 2, 4 or 8 bytes per slot) at +32, then the entries in insertion order: 24-byte (hash, key, value)
/// for general keys or 16-byte (key, value) when every key is an exact str.
/// </summary>
internal static unsafe class DictKeys
{
    public const int HeaderSize = 32;
    public const byte KindGeneral = 0;
    public const byte KindUnicode = 1;
    public const long IxEmpty = -1;
    public const long IxDummy = -2;
    public const int LogMinSize = 3;
    public const int PerturbShift = 5;

    /// <summary>Py_EMPTY_KEYS: the immortal shared keys object of empty dicts.</summary>
    public static nint Empty;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Log2Size(nint k) => *(byte*)(k + 8);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Log2IndexBytes(nint k) => *(byte*)(k + 9);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnicode(nint k) => *(byte*)(k + 10) == KindUnicode;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Usable(nint k) => *(long*)(k + 16);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetUsable(nint k, long v) => *(long*)(k + 16) = v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NEntries(nint k) => *(long*)(k + 24);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetNEntries(nint k, long v) => *(long*)(k + 24) = v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Size(nint k) => 1L << Log2Size(k);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EntrySize(nint k) => IsUnicode(k) ? 16 : 24;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Entries(nint k) => k + HeaderSize + (1 << Log2IndexBytes(k));

    public static long UsableFraction(long n) => (n << 1) / 3;

    /// <summary>calculate_log2_keysize, bit for bit (including its rounding of exact powers of two).</summary>
    public static int CalculateLog2KeySize(long minsize)
    {
        minsize = (minsize | 8) - 1;
        return 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(minsize | 7));
    }

    public static int EstimateLog2KeySize(long n) => CalculateLog2KeySize((n * 3 + 1) / 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long GetIndex(nint k, long i)
    {
        int log2 = Log2Size(k);
        nint idx = k + HeaderSize;
        if (log2 < 8)
        {
            return ((sbyte*)idx)[i];
        }
        if (log2 < 16)
        {
            return ((short*)idx)[i];
        }
        if (log2 >= 32)
        {
            return ((long*)idx)[i];
        }
        return ((int*)idx)[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndex(nint k, long i, long ix)
    {
        int log2 = Log2Size(k);
        nint idx = k + HeaderSize;
        if (log2 < 8)
        {
            ((sbyte*)idx)[i] = (sbyte)ix;
        }
        else if (log2 < 16)
        {
            ((short*)idx)[i] = (short)ix;
        }
        else if (log2 >= 32)
        {
            ((long*)idx)[i] = ix;
        }
        else
        {
            ((int*)idx)[i] = (int)ix;
        }
    }

    // Entry accessors: general entries are (hash, key, value), unicode entries (key, value).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint* KeySlot(nint k, long ix) =>
        IsUnicode(k) ? (nint*)(Entries(k) + ix * 16) : (nint*)(Entries(k) + ix * 24 + 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint* ValueSlot(nint k, long ix) =>
        IsUnicode(k) ? (nint*)(Entries(k) + ix * 16 + 8) : (nint*)(Entries(k) + ix * 24 + 16);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long EntryHash(nint k, long ix) =>
        IsUnicode(k) ? StrObject.Hash(*(nint*)(Entries(k) + ix * 16)) : *(long*)(Entries(k) + ix * 24);

    public static nint New(int log2Size, bool unicode)
    {
        long usable = UsableFraction(1L << log2Size);
        int log2Bytes = log2Size < 8 ? log2Size : log2Size < 16 ? log2Size + 1 : log2Size >= 32 ? log2Size + 3 : log2Size + 2;
        int entrySize = unicode ? 16 : 24;
        long size = HeaderSize + (1L << log2Bytes) + entrySize * usable;
        nint k = Mem.Alloc(size);
        *(long*)k = 1;
        *(byte*)(k + 8) = (byte)log2Size;
        *(byte*)(k + 9) = (byte)log2Bytes;
        *(byte*)(k + 10) = unicode ? KindUnicode : KindGeneral;
        *(byte*)(k + 11) = 0;
        *(uint*)(k + 12) = 0;
        *(long*)(k + 16) = usable;
        *(long*)(k + 24) = 0;
        new Span<byte>((void*)(k + HeaderSize), 1 << log2Bytes).Fill(0xFF);
        new Span<byte>((void*)(k + HeaderSize + (1 << log2Bytes)), (int)(entrySize * usable)).Clear();
        return k;
    }

    public static nint NewEmptyImmortal()
    {
        nint k = Mem.Alloc(HeaderSize + 8);
        *(long*)k = Ob.ImmortalRefCnt;
        *(byte*)(k + 8) = 0;
        *(byte*)(k + 9) = 0;
        *(byte*)(k + 10) = KindUnicode;
        *(byte*)(k + 11) = 0;
        *(uint*)(k + 12) = 1;
        *(long*)(k + 16) = 0;
        *(long*)(k + 24) = 0;
        new Span<byte>((void*)(k + HeaderSize), 8).Fill(0xFF);
        Empty = k;
        return k;
    }

    /// <summary>_PyDict_KeysSize: what the keys add to sys.getsizeof.</summary>
    public static long SizeOf(nint k) => HeaderSize + (1L << Log2IndexBytes(k)) + UsableFraction(Size(k)) * EntrySize(k);

    /// <summary>Releases a keys object and the references its entries hold (dictkeys_decref reaching zero).</summary>
    public static void Release(nint k)
    {
        if (k == Empty)
        {
            return;
        }
        long n = NEntries(k);
        for (long i = 0; i < n; i++)
        {
            Ob.XDecref(*KeySlot(k, i));
            Ob.XDecref(*ValueSlot(k, i));
        }
        Mem.Free(k);
    }

    /// <summary>Finds a free index slot for hash (find_empty_slot).</summary>
    public static long FindEmptySlot(nint k, long hash)
    {
        ulong mask = (ulong)Size(k) - 1;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (GetIndex(k, (long)i) >= 0)
        {
            perturb >>= PerturbShift;
            i = mask & (i * 5 + perturb + 1);
        }
        return (long)i;
    }
}
