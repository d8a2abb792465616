// Mirrors CPython Include/object.h: PyObject / PyVarObject headers and PEP 683 immortal refcounts.
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary>
/// The header every heap object starts with: a 64-bit reference count at offset 0 and the type pointer at
/// offset 8 (CPython's PyObject). Variable-size objects add ob_size at offset 16 (PyVarObject).
/// Reference-count operations follow CPython 3.12 exactly: increments saturate on the low 32 bits, and an
/// object whose low 32 bits read negative is immortal and never decremented.
/// </summary>
internal static unsafe class Ob
{
    public const int RefCntOffset = 0;
    public const int TypeOffset = 8;
    public const int SizeOffset = 16;
    public const int HeaderSize = 16;
    public const int VarHeaderSize = 24;

    /// <summary>CPython 3.12's _Py_IMMORTAL_REFCNT on 64-bit: UINT_MAX.</summary>
    public const long ImmortalRefCnt = 0xFFFFFFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RefCnt(nint o) => *(long*)o;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Type(nint o) => *(nint*)(o + TypeOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Size(nint o) => *(long*)(o + SizeOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetSize(nint o, long n) => *(long*)(o + SizeOffset) = n;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsImmortal(nint o) => *(int*)o < 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Incref(nint o)
    {
        uint* low = (uint*)o;
        uint n = *low + 1;
        if (n == 0)
        {
            return; // saturated: the object is immortal
        }
        *low = n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint NewRef(nint o)
    {
        Incref(o);
        return o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XIncref(nint o)
    {
        if (o != 0)
        {
            Incref(o);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Decref(nint o)
    {
        long* rc = (long*)o;
        if (*(int*)rc < 0)
        {
            return;
        }
        if (--*rc == 0)
        {
            Dealloc.Run(o);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDecref(nint o)
    {
        if (o != 0)
        {
            Decref(o);
        }
    }

    /// <summary>Replaces *slot with value (already a new reference) and releases the old value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetRef(nint* slot, nint value)
    {
        nint old = *slot;
        *slot = value;
        XDecref(old);
    }

    public static void MakeImmortal(nint o) => *(long*)o = ImmortalRefCnt;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyType TypeOf(nint o) => PyType.FromAddress(Type(o));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint ReadPtr(nint o, int offset) => *(nint*)(o + offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WritePtr(nint o, int offset, nint value) => *(nint*)(o + offset) = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ReadLong(nint o, int offset) => *(long*)(o + offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteLong(nint o, int offset, long value) => *(long*)(o + offset) = value;
}
