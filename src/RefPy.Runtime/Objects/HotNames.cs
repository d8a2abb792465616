// Mirrors CPython's _Py_ID() statically allocated identifiers: the names the class machinery looks up on
// every attribute access, instance creation and free, interned once per runtime.
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary>
/// Interned strs for the special names looked up on hot paths (so those paths neither hash a .NET string
/// nor probe the intern table). Loaded on first use after each runtime start; <see cref="StrObject"/>
/// invalidates them when it resets or frees the interned strings. No static initializers: reading a field is
/// a plain load.
/// </summary>
internal static class HotNames
{
    private static bool loaded;

    public static nint GetAttribute;
    public static nint GetAttr;
    public static nint SetAttr;
    public static nint DelAttr;
    public static nint Init;
    public static nint New;
    public static nint Del;
    public static nint Dict;
    public static nint Weakref;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ensure()
    {
        if (!loaded)
        {
            Load();
        }
    }

    /// <summary>
    /// Bumped whenever interned strs may have changed identity (runtime reset) or a built-in type gained a
    /// member: caches keyed by the address of an interned name compare it with the generation they were filled in.
    /// </summary>
    public static int Generation;

    public static void Invalidate()
    {
        loaded = false;
        Generation++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Load()
    {
        GetAttribute = StrObject.Intern("__getattribute__");
        GetAttr = StrObject.Intern("__getattr__");
        SetAttr = StrObject.Intern("__setattr__");
        DelAttr = StrObject.Intern("__delattr__");
        Init = StrObject.Intern("__init__");
        New = StrObject.Intern("__new__");
        Del = StrObject.Intern("__del__");
        Dict = StrObject.Intern("__dict__");
        Weakref = StrObject.Intern("__weakref__");
        loaded = true;
    }
}
