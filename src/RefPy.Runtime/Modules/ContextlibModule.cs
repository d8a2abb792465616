// Mirrors CPython Lib/contextlib.py: contextmanager, suppress, closing, nullcontext.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>contextlib</c> module.</summary>
internal static class ContextlibModule
{
    public static PyType[] Types() =>
        [ContextlibType.GeneratorCM, ContextlibType.Suppress, ContextlibType.Closing, ContextlibType.NullContext, ContextManagerHelperType.Instance];

    public static nint Create()
    {
        var b = new ModuleBuilder("contextlib");
        b.Type(ContextlibType.Suppress);
        b.Type(ContextlibType.Closing);
        b.Type(ContextlibType.NullContext);
        b.Type(ContextlibType.GeneratorCM);
        b.Fn("contextmanager", (self, args, kw) =>
        {
            Args.Exact("contextmanager", args, 1);
            nint helper = ContextManagerHelperType.Instance.New(args[0]);
            nint assigned = TupleType.New(4), updated = TupleType.Pack(StrObject.Intern("__dict__"));
            string[] names = ["__module__", "__name__", "__qualname__", "__doc__"];
            for (int i = 0; i < names.Length; i++)
            {
                TupleType.SetItemInit(assigned, i, StrObject.Intern(names[i]));
            }
            try
            {
                Ob.Decref(FunctoolsModule.UpdateWrapper(helper, args[0], assigned, updated));
            }
            catch
            {
                Ob.Decref(helper);
                throw;
            }
            finally
            {
                Ob.Decref(assigned);
                Ob.Decref(updated);
            }
            return helper;
        });
        return b.Module;
    }
}
