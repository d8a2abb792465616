// Mirrors CPython Lib/abc.py (abstractmethod, ABC) as far as RefPy's classes allow (no metaclasses).
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>
/// The <c>abc</c> module: <c>abstractmethod</c> (sets <c>__isabstractmethod__ = True</c> on the function through
/// the generic attribute API) and <c>ABC</c> (an empty class with <c>__slots__ = ()</c>). Refusing to instantiate
/// a class that still has abstract methods is up to class construction (ABCMeta.__new__ computing
/// <c>__abstractmethods__</c>, object.__new__ checking it), which RefPy's ClassType does not do yet.
/// </summary>
internal static class AbcModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("abc");
        b.Fn("abstractmethod", (self, args, kw) =>
        {
            Args.Exact("abstractmethod", args, 1);
            Py.SetAttr(args[0], "__isabstractmethod__", BoolObject.True);
            return Ob.NewRef(args[0]);
        });
        nint ns = DictType.New();
        nint bases = TupleType.New(0);
        try
        {
            DictType.Set(ns, Py.Str("__module__"), Py.Str("abc"));
            nint doc = StrObject.New("Helper class that provides a standard way to create an ABC using\n    inheritance.\n    ");
            DictType.Set(ns, Py.Str("__doc__"), doc);
            Ob.Decref(doc);
            DictType.Set(ns, Py.Str("__slots__"), TupleType.Empty);
            b.Set("ABC", ClassType.Create("ABC", bases, ns));
        }
        finally
        {
            Ob.Decref(ns);
            Ob.Decref(bases);
        }
        return b.Module;
    }
}
