// Shared plumbing for the standard-library modules written in C# (copy, functools, itertools, random,
// collections, contextlib, operator, abc): module set-up and the generic attribute / call protocols.
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

/// <summary>Builds a module's dict: functions are builtin_function_or_method objects bound to the module.</summary>
internal sealed class ModuleBuilder
{
    public ModuleBuilder(string name)
    {
        Module = ModuleType.New(name);
        Dict = ModuleType.Dict(Module);
    }

    public nint Module { get; }
    public nint Dict { get; }

    /// <summary>Stores v (stolen) as name.</summary>
    public void Set(string name, nint v)
    {
        DictType.Set(Dict, StrObject.Intern(name), v);
        Ob.Decref(v);
    }

    /// <summary>Stores a borrowed object (e.g. a type object) as name.</summary>
    public void SetBorrowed(string name, nint v) => DictType.Set(Dict, StrObject.Intern(name), v);

    public void Fn(string name, BuiltinFn fn) => Set(name, BuiltinFunctionObject.New(new NativeFunction(name, fn), Module));

    public void Type(PyType t) => SetBorrowed(t.Name, t.Address);
}

internal static unsafe class Py
{
    public static nint Str(string s) => StrObject.Intern(s);

    /// <summary>getattr(o, name, None) without the default: a new reference or 0 when o has no such attribute.</summary>
    public static nint GetAttrOpt(nint o, string name)
    {
        nint n = StrObject.Intern(name);
        try
        {
            return Abstract.GetAttr(o, n);
        }
        catch (PyException e) when (e.PyType == ExceptionType.AttributeError)
        {
            e.Release();
            return 0;
        }
    }

    public static nint GetAttr(nint o, string name) => Abstract.GetAttr(o, StrObject.Intern(name));

    /// <summary>setattr(o, name, value) through the object's type (value borrowed).</summary>
    public static void SetAttr(nint o, string name, nint value) => Ob.TypeOf(o).SetAttr(o, StrObject.Intern(name), value);

    public static void SetAttr(nint o, nint name, nint value) => Ob.TypeOf(o).SetAttr(o, name, value);

    /// <summary>Calls callable with positional args (borrowed) and the keyword arguments of kwargs (a dict or 0).</summary>
    public static nint CallDict(nint callable, ReadOnlySpan<nint> args, nint kwargs)
    {
        long nkw = kwargs == 0 ? 0 : DictType.Used(kwargs);
        if (nkw == 0)
        {
            return Abstract.Call(callable, args, 0);
        }
        var all = new nint[args.Length + nkw];
        args.CopyTo(all);
        nint kwnames = TupleType.New(nkw);
        long pos = 0;
        int i = 0;
        while (DictType.Next(kwargs, ref pos, out nint k, out nint v))
        {
            TupleType.SetItemInit(kwnames, i, Ob.NewRef(k));
            all[args.Length + i] = v;
            i++;
        }
        try
        {
            return Abstract.Call(callable, all, kwnames);
        }
        finally
        {
            Ob.Decref(kwnames);
        }
    }

    /// <summary>Splits a vectorcall argument list into positional arguments and a new dict of keywords (0 when none).</summary>
    public static nint KwDict(ReadOnlySpan<nint> args, nint kwnames, out ReadOnlySpan<nint> positional)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        positional = args[..(args.Length - nkw)];
        if (nkw == 0)
        {
            return 0;
        }
        nint d = DictType.New();
        for (int i = 0; i < nkw; i++)
        {
            DictType.Set(d, TupleType.Item(kwnames, i), args[args.Length - nkw + i]);
        }
        return d;
    }

    public static int KwCount(nint kwnames) => kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);

    /// <summary>Raises an instance of an exception class (borrowed) made from a message.</summary>
    public static PyException Raise(nint excClass, string message)
    {
        nint msg = StrObject.New(message);
        nint inst;
        try
        {
            inst = Abstract.Call(excClass, [msg], 0);
        }
        finally
        {
            Ob.Decref(msg);
        }
        return Interpreter.ExceptionToThrow(inst);
    }

    /// <summary>The next item of an iterator (new reference), or 0 when exhausted.</summary>
    public static nint Next(nint it) => Ob.TypeOf(it).IterNext(it);

    /// <summary>operator.index / _index: an int from an object supporting __index__.</summary>
    public static nint Index(nint o)
    {
        if (IntType.IsInt(o))
        {
            return Ob.NewRef(o);
        }
        nint m = Ob.TypeOf(o) is ClassType ? GetAttrOpt(o, "__index__") : 0;
        if (m != 0)
        {
            nint r;
            try
            {
                r = Abstract.Call(m, [], 0);
            }
            finally
            {
                Ob.Decref(m);
            }
            return r;
        }
        throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
    }

    public static string TypeName(nint o) => Ob.TypeOf(o).Name;

    public static nint Int(long v) => IntType.FromLong(v);
}

/// <summary>The built-in types of the standard-library modules (registered at start-up by Bootstrap.AllTypes).</summary>
internal static class StdlibModules
{
    public static PyType[] Types() => [.. CollectionsModule.Types(), .. FunctoolsModule.Types(), .. ItertoolsModule.Types(), .. OperatorModule.Types(), .. RandomModule.Types(), .. ContextlibModule.Types()];
}

/// <summary>Marks a built-in type whose instances are callable (tp_call), for callable checks.</summary>
internal interface ICallableInstances
{
}

internal static class Callables
{
    /// <summary>PyCallable_Check.</summary>
    public static bool Check(nint o)
    {
        PyType t = Ob.TypeOf(o);
        return t is FunctionType or BuiltinFunctionObject or MethodType or TypeType or MethodDescriptorType or ICallableInstances ||
            (t is ClassType ct && ct.Lookup("__call__") != 0);
    }
}
