// Mirrors CPython Lib/random.py's module level: a hidden Random instance whose bound methods are the functions.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>random</c> module: Random, and seed/random/randint/... bound to the module's instance (seeded from the OS).</summary>
internal static class RandomModule
{
    public static PyType[] Types() => [RandomType.Instance];

    public static nint Create()
    {
        var b = new ModuleBuilder("random");
        b.Type(RandomType.Instance);
        nint inst = RandomType.Instance.New();
        RandomType.Seed(inst, Singletons.None);
        foreach (TypeMember m in RandomType.Instance.Members.Values)
        {
            if (m.Method is not null)
            {
                b.Set(m.Name, BuiltinFunctionObject.New(m.Method, inst));
            }
        }
        b.Set("_inst", inst);
        return b.Module;
    }
}
