// Mirrors CPython Modules/_weakref.c and the C-level parts of Lib/weakref.py.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>weakref</c> module: ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType.</summary>
internal static class WeakrefModule
{
    public static nint Create()
    {
        nint m = ModuleType.New("weakref");
        nint d = ModuleType.Dict(m);
        void Fn(string name, BuiltinFn fn)
        {
            nint f = BuiltinFunctionObject.New(new NativeFunction(name, fn), m);
            DictType.Set(d, StrObject.Intern(name), f);
            Ob.Decref(f);
        }
        DictType.Set(d, StrObject.Intern("ref"), WeakRefType.Ref.Address);
        DictType.Set(d, StrObject.Intern("ReferenceType"), WeakRefType.Ref.Address);
        DictType.Set(d, StrObject.Intern("ProxyType"), WeakRefType.Proxy.Address);
        Fn("proxy", (self, args, kw) =>
        {
            Args.Range("proxy", args, 1, 2);
            return WeakRefType.Proxy.New(args[0], args.Length > 1 ? args[1] : 0);
        });
        Fn("getweakrefcount", (self, args, kw) =>
        {
            Args.Exact("getweakrefcount", args, 1);
            return IntType.FromLong(WeakRefType.Count(args[0]));
        });
        Fn("getweakrefs", (self, args, kw) =>
        {
            Args.Exact("getweakrefs", args, 1);
            return WeakRefType.List(args[0]);
        });
        return m;
    }
}
