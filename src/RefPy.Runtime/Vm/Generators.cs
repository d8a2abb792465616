// Mirrors CPython Objects/genobject.c (gen_send_ex) and the generator opcodes of Python/bytecodes.c.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

internal static unsafe partial class Interpreter
{
    /// <summary>Set by YIELD_VALUE so the resumer can tell a yield from a return.</summary>
    private static bool generatorYielded;
    /// <summary>The value sent into a resumed generator (owned), pushed as the result of its yield.</summary>
    private static nint generatorSent;
    /// <summary>An exception to raise at the paused yield of a resumed generator (gen.throw / close).</summary>
    private static PyException? generatorThrow;

    /// <summary>
    /// Runs a generator until it yields (returns the yielded value) or finishes (returns 0 and the return
    /// value in ret). Exceptions propagate and close the generator.
    /// </summary>
    public static nint ResumeGenerator(nint gen, nint sent, PyException? throwIn, out nint ret)
    {
        ret = 0;
        int state = GeneratorType.State(gen);
        if (state == GeneratorType.Running)
        {
            throw Errors.ValueError("generator already executing");
        }
        if (state == GeneratorType.Closed)
        {
            if (throwIn is not null)
            {
                throw throwIn;
            }
            return 0;
        }
        if (state == GeneratorType.Created && sent != Singletons.None && throwIn is null)
        {
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        }
        nint func = GeneratorType.Func(gen);
        nint code = FunctionType.Code(func);
        CodeInfo info = CodeType.Info(code);
        int nlocals = info.NLocals;
        if (dataTop + nlocals + info.StackSize + 8 >= dataEnd || depth >= RecursionLimit)
        {
            throw Errors.RecursionError("maximum recursion depth exceeded");
        }
        nint* fast = dataTop;
        GeneratorType.Restore(gen, fast, nlocals);
        GeneratorType.SetState(gen, GeneratorType.Running);
        generatorYielded = false;
        generatorSent = Ob.NewRef(sent);
        generatorThrow = throwIn;
        Ob.Incref(func);
        // The generator runs with its own handled-exception state (gi_exc_state), swapped in and out around it.
        nint callerHandled = handled;
        handled = *GeneratorType.ExcState(gen);
        *GeneratorType.ExcState(gen) = 0;
        nint r;
        try
        {
            r = Execute(code, FunctionType.Globals(func), FunctionType.Builtins(func), 0, func, fast, nlocals, true, gen);
        }
        catch (PyException e)
        {
            GeneratorType.SetState(gen, GeneratorType.Closed);
            if (e.PyType == ExceptionType.StopIteration && e != throwIn)
            {
                // PEP 479: RuntimeError from StopIteration, which is both its __cause__ and its __context__.
                nint stop = ExceptionObject(e);
                nint msg = StrObject.New("generator raised StopIteration");
                nint rt = ExceptionType.Alloc(ExceptionType.RuntimeError, [msg]);
                Ob.Decref(msg);
                *(nint*)(rt + ExceptionType.ContextOffset) = Ob.NewRef(stop);
                PyException re = MakeRaise(rt, stop);
                re.Context = e;
                throw re;
            }
            throw;
        }
        finally
        {
            generatorThrow = null;
            nint own = handled;
            handled = callerHandled;
            if (generatorYielded)
            {
                *GeneratorType.ExcState(gen) = own;
            }
            else
            {
                Ob.XDecref(own);
            }
        }
        if (generatorYielded)
        {
            generatorYielded = false;
            GeneratorType.SetState(gen, GeneratorType.Suspended);
            return r;
        }
        GeneratorType.SetState(gen, GeneratorType.Closed);
        ret = r;
        return 0;
    }

    /// <summary>StopIteration carrying a generator's return value (stolen; None gives a bare StopIteration).</summary>
    public static PyException StopIterationWith(nint value)
    {
        if (value == 0 || value == Singletons.None)
        {
            return Errors.StopIteration();
        }
        try
        {
            nint obj = ExceptionType.Alloc(ExceptionType.StopIteration, [value]);
            return new PyException(ExceptionType.StopIteration, ExceptionType.StrOf(obj), obj, null);
        }
        finally
        {
            Ob.Decref(value);
        }
    }

    /// <summary>gen.throw(exc): the .NET exception for an exception class or instance (stolen).</summary>
    public static PyException ExceptionToThrow(nint exc) => MakeRaise(exc, 0);

    /// <summary>SEND's step: next value from the delegate iterator, or 0 with its return value in ret.</summary>
    private static nint SendTo(nint iter, nint value, out nint ret)
    {
        ret = 0;
        if (Ob.Type(iter) == GeneratorType.Instance.Address)
        {
            if (GeneratorType.State(iter) == GeneratorType.Closed)
            {
                // Only after gen.throw() finished the delegate: the value sent is the delegate's return value.
                ret = Ob.NewRef(value);
                return 0;
            }
            return ResumeGenerator(iter, value, null, out ret);
        }
        if (value == Singletons.None)
        {
            return Ob.TypeOf(iter).IterNext(iter);
        }
        nint send = Abstract.GetAttr(iter, StrObject.Intern("send"));
        try
        {
            return Abstract.Call(send, [value], 0);
        }
        catch (PyException e) when (e.PyType == ExceptionType.StopIteration)
        {
            e.Release();
            return 0;
        }
        finally
        {
            Ob.Decref(send);
        }
    }
}
