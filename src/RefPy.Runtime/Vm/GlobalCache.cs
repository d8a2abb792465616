// Mirrors CPython 3.12's LOAD_GLOBAL inline cache (Python/specialize.c), keyed on dict keys tables.
using System.Runtime.CompilerServices;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

/// <summary>
/// Remembers, per LOAD_GLOBAL instruction, where the name was found: an entry of the globals' keys table, or
/// (when globals lacked it) an entry of the builtins' keys table plus how many entries globals had then. A
/// hit is checked against the live tables (same keys table, same key in that entry; for builtins hits, no
/// entry appended to globals since), so it never returns a stale value: updating a value in place is seen,
/// and adding, deleting or resizing falls back to the full lookup.
/// </summary>
internal static unsafe class GlobalCache
{
    private const int Stride = 4; // globals keys, entry index or globals' entry count, builtins keys, builtins entry index

    /// <summary>The value of name (borrowed), or 0 when it is neither a global nor a builtin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Lookup(CodeInfo info, int at, nint globals, nint builtins, nint name)
    {
        long[] cache = info.GlobalCache ??= new long[info.Instructions.Length * Stride];
        int c = at * Stride;
        nint gk = DictType.Keys(globals);
        if (cache[c] == gk)
        {
            if (cache[c + 2] == 0)
            {
                long ix = cache[c + 1];
                if (*DictKeys.KeySlot(gk, ix) == name)
                {
                    nint v = *DictKeys.ValueSlot(gk, ix);
                    if (v != 0)
                    {
                        return v;
                    }
                }
            }
            else if (cache[c + 1] == DictKeys.NEntries(gk) && cache[c + 2] == DictType.Keys(builtins))
            {
                nint bk = DictType.Keys(builtins);
                long ix = cache[c + 3];
                if (*DictKeys.KeySlot(bk, ix) == name)
                {
                    nint v = *DictKeys.ValueSlot(bk, ix);
                    if (v != 0)
                    {
                        return v;
                    }
                }
            }
        }
        return Miss(cache, c, globals, builtins, name);
    }

    private static nint Miss(long[] cache, int c, nint globals, nint builtins, nint name)
    {
        cache[c] = 0;
        long hash = StrObject.Hash(name);
        long ix = DictType.Lookup(globals, name, hash);
        nint gk = DictType.Keys(globals);
        if (ix >= 0)
        {
            nint v = *DictKeys.ValueSlot(gk, ix);
            if (v != 0 && *DictKeys.KeySlot(gk, ix) == name)
            {
                cache[c] = gk;
                cache[c + 1] = ix;
                cache[c + 2] = 0;
            }
            return v;
        }
        long bix = DictType.Lookup(builtins, name, hash);
        if (bix < 0)
        {
            return 0;
        }
        nint bk = DictType.Keys(builtins);
        nint bv = *DictKeys.ValueSlot(bk, bix);
        if (bv != 0 && *DictKeys.KeySlot(bk, bix) == name)
        {
            cache[c] = gk;
            cache[c + 1] = DictKeys.NEntries(gk);
            cache[c + 2] = bk;
            cache[c + 3] = bix;
        }
        return bv;
    }
}
