// Mirrors CPython Include/methodobject.h (PyMethodDef) and Objects/descrobject.c (method descriptors, getsets).
namespace RefPy.Runtime.Objects;

/// <summary>
/// A built-in function body. <paramref name="self"/> is the bound object (or 0), <paramref name="args"/> are
/// borrowed references (positional first, then the values of keyword arguments named by
/// <paramref name="kwnames"/>, a tuple or 0). Returns a new reference.
/// </summary>
internal delegate nint BuiltinFn(nint self, ReadOnlySpan<nint> args, nint kwnames);

/// <summary>A native function: a module-level builtin or a method of a built-in type.</summary>
internal sealed class NativeFunction
{
    private static NativeFunction[] registry = new NativeFunction[256];
    private static int count;

    public NativeFunction(string name, BuiltinFn fn, string? ownerType = null)
    {
        Name = name;
        Fn = fn;
        OwnerType = ownerType;
        Index = count;
        if (count == registry.Length)
        {
            Array.Resize(ref registry, count * 2);
        }
        registry[count++] = this;
    }

    public string Name { get; }
    public BuiltinFn Fn { get; }
    public string? OwnerType { get; }
    public int Index { get; }

    public static NativeFunction FromIndex(long index) => registry[index];
}

/// <summary>An attribute defined by a built-in type: a method or a read-only property.</summary>
internal sealed class TypeMember
{
    private TypeMember(string name, NativeFunction? method, Func<nint, nint>? getter)
    {
        Name = name;
        Method = method;
        Getter = getter;
    }

    public string Name { get; }
    public NativeFunction? Method { get; }
    /// <summary>Property getter: returns a new reference.</summary>
    public Func<nint, nint>? Getter { get; }
    /// <summary>The method_descriptor object in the heap (0 for properties, or before runtime start).</summary>
    public nint Descriptor { get; set; }

    public static TypeMember ForMethod(string typeName, string name, BuiltinFn fn) => new(name, new NativeFunction(name, fn, typeName), null);

    public static TypeMember ForProperty(string name, Func<nint, nint> getter) => new(name, null, getter);
}

internal static class TypeAttributes
{
    public static void AddMethod(this PyType type, string name, BuiltinFn fn)
    {
        type.Members[name] = TypeMember.ForMethod(type.Name, name, fn);
        HotNames.Generation++;
    }

    public static void AddProperty(this PyType type, string name, Func<nint, nint> getter)
    {
        type.Members[name] = TypeMember.ForProperty(name, getter);
        HotNames.Generation++;
    }

    /// <summary>Generic attribute lookup through the type's members: a bound method or a property value.</summary>
    public static nint GetViaMembers(PyType type, nint o, nint name)
    {
        TypeMember? m = type.FindMember(name);
        if (m is null)
        {
            return 0;
        }
        if (m.Getter is not null)
        {
            return m.Getter(o);
        }
        return BuiltinFunctionObject.New(m.Method!, o);
    }
}
