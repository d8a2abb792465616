// Mirrors CPython Objects/genobject.c: generator objects, which own a suspended frame.
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>generator</c>: func +16 (code, globals and closure come from it), __name__ +24, __qualname__ +32,
/// resume instruction +40, state +44, value-stack depth +48, slot count +56, then the frame's slots (fast
/// locals followed by the value stack) while the generator is suspended. The slots hold strong references,
/// moved to and from the interpreter's data stack on each resume and yield.
/// </summary>
internal sealed unsafe class GeneratorType : PyType
{
    public const int FuncOffset = 16, NameOff = 24, QualNameOff = 32, PcOffset = 40, StateOffset = 44, DepthOffset = 48,
        CountOffset = 56, ExcStateOffset = 64, SlotsOffset = 72;
    public const int Created = 0, Suspended = 1, Running = 2, Closed = 3;
    public static readonly GeneratorType Instance = new();

    private GeneratorType() : base("generator", SlotsOffset, 0, true, ObjectType.Instance)
    {
        this.AddProperty("__name__", o => Ob.NewRef(*(nint*)(o + NameOff)));
        this.AddProperty("__qualname__", o => Ob.NewRef(*(nint*)(o + QualNameOff)));
        this.AddProperty("gi_running", o => BoolObject.NewRef(State(o) == Running));
        this.AddProperty("gi_suspended", o => BoolObject.NewRef(State(o) == Suspended));
        this.AddProperty("gi_code", o => Ob.NewRef(FunctionType.Code(Func(o))));
        this.AddMethod("send", (self, args, kw) =>
        {
            Args.Exact("send", args, 1);
            return Send(self, args[0]);
        });
        this.AddMethod("throw", (self, args, kw) =>
        {
            Args.Range("throw", args, 1, 3);
            nint exc = args[0];
            if (args.Length > 1 && args[1] != Singletons.None)
            {
                exc = args[1];
            }
            PyException e = Interpreter.ExceptionToThrow(Ob.NewRef(exc));
            nint r = Throw(self, e, out nint ret);
            if (r == 0)
            {
                throw Interpreter.StopIterationWith(ret);
            }
            return r;
        });
        this.AddMethod("close", (self, args, kw) =>
        {
            Close(self);
            return Singletons.None;
        });
    }

    public static nint Func(nint g) => *(nint*)(g + FuncOffset);
    public static int State(nint g) => *(int*)(g + StateOffset);
    public static void SetState(nint g, int state) => *(int*)(g + StateOffset) = state;
    public static int Pc(nint g) => *(int*)(g + PcOffset);
    public static long Depth(nint g) => *(long*)(g + DepthOffset);
    public static nint* Slots(nint g) => (nint*)(g + SlotsOffset);

    /// <summary>gi_exc_state: the exception the generator's own code was handling when it yielded (owned, or 0).</summary>
    public static nint* ExcState(nint g) => (nint*)(g + ExcStateOffset);

    /// <summary>RETURN_GENERATOR: a generator over func's frame (func borrowed); its slots start empty.</summary>
    public static nint New(nint func, CodeInfo info)
    {
        long n = info.NLocals + info.StackSize + 1;
        nint g = Instance.AllocObject((int)(SlotsOffset + 8 * n));
        *(nint*)(g + FuncOffset) = Ob.NewRef(func);
        *(nint*)(g + NameOff) = Ob.NewRef(*(nint*)(func + FunctionType.NameOffset));
        *(nint*)(g + QualNameOff) = Ob.NewRef(*(nint*)(func + FunctionType.QualNameOffset));
        *(long*)(g + CountOffset) = n;
        *(nint*)(g + ExcStateOffset) = 0;
        return g;
    }

    /// <summary>Moves a frame's locals and value stack into the generator (yield).</summary>
    public static void Suspend(nint g, int pc, nint* fast, int nlocals, nint* stackBase, nint* sp)
    {
        nint* slots = Slots(g);
        int depth = (int)(sp - stackBase);
        new Span<nint>(fast, nlocals).CopyTo(new Span<nint>(slots, nlocals));
        new Span<nint>(fast, nlocals).Clear();
        new Span<nint>(stackBase, depth).CopyTo(new Span<nint>(slots + nlocals, depth));
        *(int*)(g + PcOffset) = pc;
        *(long*)(g + DepthOffset) = depth;
    }

    /// <summary>Moves the saved slots onto the data stack at fast (resume).</summary>
    public static void Restore(nint g, nint* fast, int nlocals)
    {
        nint* slots = Slots(g);
        int count = nlocals + (int)Depth(g);
        new Span<nint>(slots, count).CopyTo(new Span<nint>(fast, count));
        new Span<nint>(slots, count).Clear();
    }

    /// <summary>
    /// gen.throw(e) (gen_throw): a generator paused in `yield from` another generator throws into the delegate
    /// first; what the delegate raises goes on into this generator at its yield, and when the delegate returns,
    /// this generator resumes with that value as the result of the yield from.
    /// </summary>
    public static nint Throw(nint g, PyException e, out nint ret)
    {
        nint yf = Delegate(g);
        if (yf == 0 || Ob.Type(yf) != Instance.Address || e.PyType == ExceptionType.GeneratorExit)
        {
            return Interpreter.ResumeGenerator(g, Singletons.None, e, out ret);
        }
        Ob.Incref(yf);
        try
        {
            nint r;
            nint inner;
            try
            {
                r = Throw(yf, e, out inner);
            }
            catch (PyException raised)
            {
                return Interpreter.ResumeGenerator(g, Singletons.None, raised, out ret);
            }
            if (r != 0)
            {
                ret = 0;
                return r;
            }
            // The delegate finished: SEND sees a closed delegate and takes the sent value as its return value.
            nint value = inner != 0 ? inner : Singletons.None;
            try
            {
                return Interpreter.ResumeGenerator(g, value, null, out ret);
            }
            finally
            {
                Ob.XDecref(inner);
            }
        }
        finally
        {
            Ob.Decref(yf);
        }
    }

    public static nint Send(nint g, nint value)
    {
        nint r = Interpreter.ResumeGenerator(g, value, null, out nint ret);
        if (r == 0)
        {
            throw Interpreter.StopIterationWith(ret);
        }
        return r;
    }

    private static CodeInfo InfoOf(nint g) => CodeType.Info(FunctionType.Code(Func(g)));

    /// <summary>Whether the frame has exception handlers (try/with) a GeneratorExit could run.</summary>
    private static bool HasHandlers(nint g) => InfoOf(g).ExceptionTable.Length > 0;

    /// <summary>The iterator a generator paused in `yield from` delegates to (borrowed), or 0.</summary>
    private static nint Delegate(nint g)
    {
        CodeInfo info = InfoOf(g);
        int pc = Pc(g);
        if (State(g) != Suspended || pc < 2 || Depth(g) < 1 ||
            (OpCode)(info.Instructions[pc - 1] & 0xFF) != OpCode.YieldValue || (OpCode)(info.Instructions[pc - 2] & 0xFF) != OpCode.Send)
        {
            return 0;
        }
        return Slots(g)[info.NLocals + Depth(g) - 1];
    }

    /// <summary>A suspended generator must be closed before it is freed (_PyGen_Finalize).</summary>
    public static bool NeedsFinalizer(nint g) => Ob.Type(g) == Instance.Address && State(g) == Suspended;

    /// <summary>_PyGen_Finalize: close, reporting what close raises as unraisable.</summary>
    public static void Finalize(nint g)
    {
        try
        {
            Close(g);
        }
        catch (PyException e)
        {
            Runtime.Current.ReportUnraisable(e, "Exception ignored in: " + Instance.Repr(g));
            e.Release();
        }
    }

    /// <summary>gen.close(): closes a delegate first, then raises GeneratorExit at the paused yield so finally blocks run.</summary>
    public static void Close(nint g)
    {
        int state = State(g);
        if (state == Created)
        {
            SetState(g, Closed);
            ReleaseSlots(g);
            return;
        }
        if (state != Suspended)
        {
            return;
        }
        nint yf = Delegate(g);
        if (yf != 0)
        {
            if (Ob.Type(yf) == Instance.Address)
            {
                Close(yf);
            }
            else
            {
                nint close = Ob.TypeOf(yf).GetAttr(yf, StrObject.Intern("close"));
                if (close != 0)
                {
                    try
                    {
                        Ob.Decref(Abstract.Call(close, [], 0));
                    }
                    finally
                    {
                        Ob.Decref(close);
                    }
                }
            }
        }
        if (!HasHandlers(g))
        {
            // Nothing can catch GeneratorExit: the frame is simply dropped.
            SetState(g, Closed);
            ReleaseSlots(g);
            return;
        }
        nint r;
        nint ret;
        try
        {
            r = Interpreter.ResumeGenerator(g, Singletons.None, new PyException(ExceptionType.GeneratorExit, ""), out ret);
        }
        catch (PyException e) when (e.PyType == ExceptionType.GeneratorExit || e.PyType == ExceptionType.StopIteration)
        {
            e.Release();
            return;
        }
        if (r != 0)
        {
            Ob.Decref(r);
            throw Errors.RuntimeError("generator ignored GeneratorExit");
        }
        Ob.XDecref(ret);
    }

    private static void ReleaseSlots(nint g)
    {
        nint* slots = Slots(g);
        long n = *(long*)(g + CountOffset);
        for (long i = 0; i < n; i++)
        {
            nint v = slots[i];
            slots[i] = 0;
            Ob.XDecref(v);
        }
    }

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override nint IterNext(nint o)
    {
        nint r = Interpreter.ResumeGenerator(o, Singletons.None, null, out nint ret);
        Ob.XDecref(ret);
        return r;
    }

    public override void Dealloc(nint o)
    {
        if (!Gc.IsFinalized(o) && NeedsFinalizer(o))
        {
            // PEP 342: a suspended generator is closed when it dies, so its finally blocks run (once).
            Gc.SetFinalized(o);
            *(long*)o = 1;
            Finalize(o);
            if (--*(long*)o != 0)
            {
                return;
            }
        }
        ReleaseSlots(o);
        Ob.XDecref(*ExcState(o));
        *ExcState(o) = 0;
        Ob.Decref(*(nint*)(o + FuncOffset));
        Ob.Decref(*(nint*)(o + NameOff));
        Ob.Decref(*(nint*)(o + QualNameOff));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        visit(*(nint*)(o + FuncOffset), arg);
        if (*ExcState(o) != 0)
        {
            visit(*ExcState(o), arg);
        }
        nint* slots = Slots(o);
        long n = *(long*)(o + CountOffset);
        for (long i = 0; i < n; i++)
        {
            if (slots[i] != 0)
            {
                visit(slots[i], arg);
            }
        }
    }

    public override void TpClear(nint o)
    {
        ReleaseSlots(o);
        nint exc = *ExcState(o);
        *ExcState(o) = 0;
        Ob.XDecref(exc);
    }

    public override long SizeOf(nint o) => SlotsOffset + 8 * *(long*)(o + CountOffset) + 88;

    public override string Repr(nint o) =>
        "<generator object " + StrObject.ToManaged(*(nint*)(o + QualNameOff)) + " at 0x" + ((long)o).ToString("x") + ">";
}
