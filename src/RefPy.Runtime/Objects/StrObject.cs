// Mirrors CPython Objects/unicodeobject.c and Include/cpython/unicodeobject.h: compact PEP 393 strings.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>str</c> in CPython 3.12's compact layout: header, length at +16, hash at +24 (-1 until computed),
/// state bits at +32 (interned:2, kind:3, compact:1, ascii:1, statically_allocated:1). ASCII strings keep
/// their characters at +40 (PyASCIIObject, 40 bytes); other strings have utf8_length at +40, a utf8 pointer
/// at +48 and characters of 1, 2 or 4 bytes at +56 (PyCompactUnicodeObject). A NUL follows the characters.
/// </summary>
internal static unsafe class StrObject
{
    public const int LengthOffset = 16;
    public const int HashOffset = 24;
    public const int StateOffset = 32;
    public const int AsciiDataOffset = 40;
    public const int Utf8LengthOffset = 40;
    public const int Utf8Offset = 48;
    public const int CompactDataOffset = 56;

    public const uint InternedMortal = 1;
    public const uint InternedImmortal = 2;
    /// <summary>SSTATE_INTERNED_IMMORTAL_STATIC plus the statically_allocated bit: CPython's static strings.</summary>
    public const uint StaticallyAllocatedInterned = 3 | (1u << 7);

    private static Dictionary<string, nint> interned = new(StringComparer.Ordinal);
    private static nint[] latin1 = new nint[256];
    public static nint Empty;

    /// <summary>
    /// A direct-mapped cache in front of <see cref="interned"/> for <see cref="Intern(string)"/>: the runtime
    /// interns the same few .NET literals ("__init__", "__dict__", ...) on hot paths, and a hit here costs a
    /// reference (or length + chars) comparison instead of hashing the .NET string.
    /// </summary>
    private const int InternCacheSize = 512;
    private static readonly string?[] internCacheKeys = new string?[InternCacheSize];
    private static readonly nint[] internCacheValues = new nint[InternCacheSize];

    private static void ClearInternCache()
    {
        HotNames.Invalidate();
        Array.Clear(internCacheKeys);
        Array.Clear(internCacheValues);
    }

    public static void Reset()
    {
        ClearInternCache();
        interned = new Dictionary<string, nint>(StringComparer.Ordinal);
        latin1 = new nint[256];
        Empty = 0;
    }

    /// <summary>Frees every interned and cached immortal string (runtime shutdown).</summary>
    public static void FreeImmortals()
    {
        ClearInternCache();
        foreach (nint o in interned.Values)
        {
            FreeBlock(o);
        }
        interned.Clear();
        for (int i = 0; i < latin1.Length; i++)
        {
            if (latin1[i] != 0)
            {
                FreeBlock(latin1[i]);
            }
            latin1[i] = 0;
        }
        if (Empty != 0)
        {
            FreeBlock(Empty);
        }
        Empty = 0;
    }

    private static bool IsInterned(nint o) => (State(o) & 3) != 0;

    /// <summary>o (a str) is interned, hence immortal: its address identifies its contents for the runtime's life.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInternedStr(nint o) => (*(uint*)(o + StateOffset) & 3) != 0;

    private static void FreeBlock(nint o)
    {
        nint utf8 = !IsAscii(o) ? *(nint*)(o + Utf8Offset) : 0;
        if (utf8 != 0)
        {
            Mem.Free(utf8);
        }
        Mem.Free(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStr(nint o) => Ob.Type(o) == StrType.Instance.Address;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Length(nint o) => *(long*)(o + LengthOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint State(nint o) => *(uint*)(o + StateOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Kind(nint o) => (int)((State(o) >> 2) & 7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAscii(nint o) => ((State(o) >> 6) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Data(nint o) => o + (IsAscii(o) ? AsciiDataOffset : CompactDataOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(nint o, long i)
    {
        nint d = Data(o);
        return Kind(o) switch
        {
            1 => ((byte*)d)[i],
            2 => ((ushort*)d)[i],
            _ => (int)((uint*)d)[i],
        };
    }

    /// <summary>A new str from a .NET string (code points taken from UTF-16, lone surrogates kept).</summary>
    public static nint New(string s) => New(s, fresh: false);

    /// <summary>
    /// A new str. With fresh, a one-character result is a new object rather than the cached latin-1
    /// singleton (CPython's int-to-decimal and str.replace build their results directly).
    /// </summary>
    public static nint New(string s, bool fresh)
    {
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp > max)
            {
                max = cp;
            }
            n++;
        }
        if (n == 0)
        {
            return Empty;
        }
        if (n == 1 && max < 256 && !fresh)
        {
            return Latin1Char(max);
        }
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        nint o = AllocRaw(n, max);
        nint d = Data(o);
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            switch (kind)
            {
                case 1: ((byte*)d)[k] = (byte)cp; break;
                case 2: ((ushort*)d)[k] = (ushort)cp; break;
                default: ((uint*)d)[k] = (uint)cp; break;
            }
            k++;
        }
        return o;
    }

    /// <summary>a + b for two non-empty strs, copied straight between the heap buffers (PyUnicode_Concat).</summary>
    public static nint Concat(nint a, nint b)
    {
        long na = Length(a), nb = Length(b);
        int ka = Kind(a), kb = Kind(b);
        int kind = Math.Max(ka, kb);
        bool ascii = IsAscii(a) && IsAscii(b);
        int maxChar = ascii ? 127 : kind == 1 ? 255 : kind == 2 ? 65535 : 0x10FFFF;
        nint r = AllocRaw(na + nb, maxChar);
        nint d = Data(r);
        CopyChars(Data(a), ka, d, kind, na);
        CopyChars(Data(b), kb, d + (nint)(na * kind), kind, nb);
        return r;
    }

    /// <summary>
    /// Appends ASCII str b to ASCII str a, whose single reference the caller owns (resize_compact + copy): the block
    /// is reallocated (it may move) and the result replaces a.
    /// </summary>
    public static nint AppendAsciiInPlace(nint a, nint b)
    {
        long na = Length(a), nb = Length(b);
        long needed = AsciiDataOffset + na + nb + 1;
        nint r = a;
        if ((long)Mem.Heap.BlockSize(a) < needed)
        {
            // Grow geometrically (the block's spare room is invisible: sizes come from the length), so a
            // string built by repeated += is copied O(log n) times, like CPython's realloc growing in place.
            r = Mem.Alloc(needed + needed / 2);
            Buffer.MemoryCopy((void*)a, (void*)r, needed, AsciiDataOffset + na);
            Mem.Free(a);
        }
        Buffer.MemoryCopy((void*)(b + AsciiDataOffset), (void*)(r + AsciiDataOffset + na), nb, nb);
        ((byte*)(r + AsciiDataOffset))[na + nb] = 0;
        *(long*)(r + LengthOffset) = na + nb;
        *(long*)(r + HashOffset) = -1;
        return r;
    }

    /// <summary>Copies n code points from a buffer of one kind (1, 2 or 4 bytes) into one of an equal or wider kind.</summary>
    private static void CopyChars(nint src, int srcKind, nint dst, int dstKind, long n)
    {
        if (srcKind == dstKind)
        {
            Buffer.MemoryCopy((void*)src, (void*)dst, n * dstKind, n * srcKind);
            return;
        }
        for (long i = 0; i < n; i++)
        {
            uint c = srcKind == 1 ? ((byte*)src)[i] : srcKind == 2 ? ((ushort*)src)[i] : ((uint*)src)[i];
            if (dstKind == 2)
            {
                ((ushort*)dst)[i] = (ushort)c;
            }
            else
            {
                ((uint*)dst)[i] = c;
            }
        }
    }

    /// <summary>Allocates an uninitialised compact string of n code points whose largest is maxChar.</summary>
    public static nint AllocRaw(long n, int maxChar)
    {
        bool ascii = maxChar < 128;
        int kind = maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4;
        long size = ascii ? AsciiDataOffset + n + 1 : CompactDataOffset + (n + 1) * kind;
        nint o = Mem.Alloc(size);
        *(long*)o = 1;
        *(nint*)(o + Ob.TypeOffset) = StrType.Instance.Address;
        *(long*)(o + LengthOffset) = n;
        *(long*)(o + HashOffset) = -1;
        *(uint*)(o + StateOffset) = ((uint)kind << 2) | (1u << 5) | (ascii ? 1u << 6 : 0);
        *(ulong*)(o + StateOffset) &= 0xFFFFFFFF; // clear the padding after state
        if (!ascii)
        {
            *(long*)(o + Utf8LengthOffset) = 0;
            *(nint*)(o + Utf8Offset) = 0;
        }
        nint d = o + (ascii ? AsciiDataOffset : CompactDataOffset);
        switch (kind)
        {
            case 1: ((byte*)d)[n] = 0; break;
            case 2: ((ushort*)d)[n] = 0; break;
            default: ((uint*)d)[n] = 0; break;
        }
        return o;
    }

    /// <summary>The immortal one-character strings chr(0)..chr(255) (CPython's latin1 singletons, with a UTF-8 copy).</summary>
    public static nint Latin1Char(int c)
    {
        nint o = latin1[c];
        if (o != 0)
        {
            return o;
        }
        o = AllocRaw(1, c);
        if (c < 128)
        {
            ((byte*)(o + AsciiDataOffset))[0] = (byte)c;
        }
        else
        {
            ((byte*)(o + CompactDataOffset))[0] = (byte)c;
            nint utf8 = Mem.Alloc(3);
            ((byte*)utf8)[0] = (byte)(0xC0 | (c >> 6));
            ((byte*)utf8)[1] = (byte)(0x80 | (c & 0x3F));
            ((byte*)utf8)[2] = 0;
            *(long*)(o + Utf8LengthOffset) = 2;
            *(nint*)(o + Utf8Offset) = utf8;
        }
        Ob.MakeImmortal(o);
        *(uint*)(o + StateOffset) |= StaticallyAllocatedInterned;
        latin1[c] = o;
        return o;
    }

    public static nint NewEmptyImmortal()
    {
        nint o = AllocRaw(0, 0);
        Ob.MakeImmortal(o);
        *(uint*)(o + StateOffset) |= StaticallyAllocatedInterned;
        Empty = o;
        return o;
    }

    /// <summary>The interned (immortal in 3.12) string for s.</summary>
    public static nint Intern(string s)
    {
        int len = s.Length;
        int slot = 0;
        if (len != 0)
        {
            // Dunder names share their first and last two characters: mix the ones in between.
            uint x = (uint)len * 0x9E3779B1u ^ s[len >> 1] * 0x85EBCA77u ^ s[len / 3] * 0x165667B1u
                ^ s[Math.Min(2, len - 1)] * 0x27D4EB2Fu ^ s[(len - 1) * 2 / 3] * 0xC2B2AE3Du;
            slot = (int)((x ^ (x >> 15)) % InternCacheSize);
        }
        string? cached = internCacheKeys[slot];
        if ((object?)cached == s || (cached is not null && cached.Length == len && string.Equals(cached, s)))
        {
            return internCacheValues[slot];
        }
        nint r = InternSlow(s);
        internCacheKeys[slot] = s;
        internCacheValues[slot] = r;
        return r;
    }

    private static nint InternSlow(string s)
    {
        if (interned.TryGetValue(s, out nint o))
        {
            return o;
        }
        nint created = New(s);
        if (IsInterned(created) || Ob.IsImmortal(created))
        {
            // '' and one-char latin-1 singletons are already immortal; record them as interned.
            *(uint*)(created + StateOffset) |= InternedImmortal;
            if (created != Empty && !(Length(created) == 1 && CodePointAt(created, 0) < 256))
            {
                interned[s] = created;
            }
            return created;
        }
        Ob.MakeImmortal(created);
        *(uint*)(created + StateOffset) |= InternedImmortal;
        interned[s] = created;
        return created;
    }

    /// <summary>sys.intern(s): the interned object equal to s, making s itself immortal if it is the first.</summary>
    public static nint InternInPlace(nint s)
    {
        string key = ToManaged(s);
        if (interned.TryGetValue(key, out nint o))
        {
            return o;
        }
        if (Ob.IsImmortal(s))
        {
            *(uint*)(s + StateOffset) |= InternedImmortal;
            return s;
        }
        Ob.MakeImmortal(s);
        *(uint*)(s + StateOffset) |= InternedImmortal;
        interned[key] = s;
        return s;
    }

    /// <summary>Is this a string literal CPython interns: only ASCII letters, digits and underscore.</summary>
    public static bool AllNameChars(string s)
    {
        foreach (char c in s)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    public static string ToManaged(nint o)
    {
        long n = Length(o);
        nint d = Data(o);
        switch (Kind(o))
        {
            case 1:
                if (IsAscii(o))
                {
                    return Encoding.ASCII.GetString((byte*)d, (int)n);
                }
                return Encoding.Latin1.GetString((byte*)d, (int)n);
            case 2:
                return new string((char*)d, 0, (int)n);
            default:
            {
                var sb = new StringBuilder((int)n);
                for (long i = 0; i < n; i++)
                {
                    int cp = (int)((uint*)d)[i];
                    if (cp >= 0x10000)
                    {
                        sb.Append(char.ConvertFromUtf32(cp));
                    }
                    else
                    {
                        sb.Append((char)cp);
                    }
                }
                return sb.ToString();
            }
        }
    }

    /// <summary>A substring by code-point range (step 1).</summary>
    public static nint Substring(nint o, long start, long length)
    {
        if (length <= 0)
        {
            return Empty;
        }
        if (start == 0 && length == Length(o))
        {
            return Ob.NewRef(o);
        }
        if (length == 1)
        {
            int c = CodePointAt(o, start);
            return c < 256 ? Latin1Char(c) : FromCodePoints([c]);
        }
        int max = 0;
        for (long i = 0; i < length; i++)
        {
            max = Math.Max(max, CodePointAt(o, start + i));
        }
        nint r = AllocRaw(length, max);
        int kind = Kind(r);
        nint d = Data(r);
        for (long i = 0; i < length; i++)
        {
            int cp = CodePointAt(o, start + i);
            switch (kind)
            {
                case 1: ((byte*)d)[i] = (byte)cp; break;
                case 2: ((ushort*)d)[i] = (ushort)cp; break;
                default: ((uint*)d)[i] = (uint)cp; break;
            }
        }
        return r;
    }

    public static nint FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }
        return New(sb.ToString());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Hash(nint o)
    {
        long h = *(long*)(o + HashOffset);
        if (h != -1)
        {
            return h;
        }
        return ComputeHash(o);
    }

    private static long ComputeHash(nint o)
    {
        long n = Length(o);
        long h;
        if (n == 0)
        {
            h = 0;
        }
        else
        {
            h = (long)SipHash13.Hash(0, 0, (byte*)Data(o), n * Kind(o));
            if (h == -1)
            {
                h = -2;
            }
        }
        *(long*)(o + HashOffset) = h;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualStr(nint a, nint b)
    {
        if (a == b)
        {
            return true;
        }
        long n = Length(a);
        if (n != Length(b) || Kind(a) != Kind(b))
        {
            return false;
        }
        int bytes = (int)(n * Kind(a));
        return new ReadOnlySpan<byte>((void*)Data(a), bytes).SequenceEqual(new ReadOnlySpan<byte>((void*)Data(b), bytes));
    }

    public static int CompareStr(nint a, nint b)
    {
        long na = Length(a), nb = Length(b);
        long n = Math.Min(na, nb);
        for (long i = 0; i < n; i++)
        {
            int ca = CodePointAt(a, i), cb = CodePointAt(b, i);
            if (ca != cb)
            {
                return ca < cb ? -1 : 1;
            }
        }
        return na.CompareTo(nb);
    }

    public static long SizeOf(nint o)
    {
        if (IsAscii(o))
        {
            return AsciiDataOffset + Length(o) + 1;
        }
        long size = CompactDataOffset + (Length(o) + 1) * Kind(o);
        if (*(nint*)(o + Utf8Offset) != 0)
        {
            size += *(long*)(o + Utf8LengthOffset) + 1;
        }
        return size;
    }

    /// <summary>repr(str) with CPython's quote choice and escapes.</summary>
    public static string Repr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp == '\n')
            {
                sb.Append("\\n");
            }
            else if (cp == '\r')
            {
                sb.Append("\\r");
            }
            else if (cp < 0x20 || cp == 0x7F)
            {
                sb.Append("\\x").Append(cp.ToString("x2"));
            }
            else if (cp < 0x7F)
            {
                sb.Append((char)cp);
            }
            else if (IsPrintable(cp))
            {
                sb.Append(char.ConvertFromUtf32(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
            }
            else if (cp <= 0xFF)
            {
                sb.Append("\\x").Append(cp.ToString("x2"));
            }
            else if (cp <= 0xFFFF)
            {
                sb.Append("\\u").Append(cp.ToString("x4"));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8"));
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF)
        {
            return false;
        }
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            System.Globalization.UnicodeCategory.Control => false,
            System.Globalization.UnicodeCategory.Format => false,
            System.Globalization.UnicodeCategory.Surrogate => false,
            System.Globalization.UnicodeCategory.PrivateUse => false,
            System.Globalization.UnicodeCategory.OtherNotAssigned => false,
            System.Globalization.UnicodeCategory.LineSeparator => false,
            System.Globalization.UnicodeCategory.ParagraphSeparator => false,
            System.Globalization.UnicodeCategory.SpaceSeparator => cp == ' ',
            _ => true,
        };
    }
}

/// <summary>SipHash-1-3, CPython 3.12's string hash (Python/pyhash.c); key (0, 0) is PYTHONHASHSEED=0.</summary>
internal static unsafe class SipHash13
{
    private static ulong Rotl(ulong x, int b) => (x << b) | (x >> (64 - b));

    public static ulong Hash(ulong k0, ulong k1, byte* src, long len)
    {
        ulong b = (ulong)len << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        while (len >= 8)
        {
            ulong mi = *(ulong*)src;
            src += 8;
            len -= 8;
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        for (int i = (int)len - 1; i >= 0; i--)
        {
            t |= (ulong)src[i] << (8 * i);
        }
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = Rotl(v1, 13); v1 ^= v0; v0 = Rotl(v0, 32);
        v2 += v3; v3 = Rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Rotl(v1, 17); v1 ^= v2; v2 = Rotl(v2, 32);
    }
}
