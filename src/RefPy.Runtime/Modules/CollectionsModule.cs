// Mirrors CPython Lib/collections/__init__.py, as far as RefPy can: deque (from _collections).
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>
/// The <c>collections</c> module: <c>deque</c>. defaultdict, Counter, OrderedDict and namedtuple subclass
/// built-in types (dict, tuple), which RefPy classes cannot do yet, so they are absent: using them raises
/// AttributeError ("module 'collections' has no attribute 'Counter'").
/// </summary>
internal static class CollectionsModule
{
    public static PyType[] Types() => [DequeType.Instance, DequeIterType.Forward, DequeIterType.Reverse];

    public static nint Create()
    {
        var b = new ModuleBuilder("collections");
        b.Type(DequeType.Instance);
        return b.Module;
    }
}
