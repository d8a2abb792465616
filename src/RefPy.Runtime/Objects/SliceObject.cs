// Mirrors CPython Objects/sliceobject.c: slice objects and index adjustment.
namespace RefPy.Runtime.Objects;

/// <summary><c>slice</c>: start +16, stop +24, step +32 (40 bytes + GC head).</summary>
internal sealed unsafe class SliceType : PyType
{
    public static readonly SliceType Instance = new();

    private SliceType() : base("slice", 40, 0, true, ObjectType.Instance)
    {
        this.AddProperty("start", o => Ob.NewRef(*(nint*)(o + 16)));
        this.AddProperty("stop", o => Ob.NewRef(*(nint*)(o + 24)));
        this.AddProperty("step", o => Ob.NewRef(*(nint*)(o + 32)));
        this.AddMethod("indices", (self, args, kw) =>
        {
            Args.Exact("slice.indices", args, 1);
            if (!IntType.IsInt(args[0]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(args[0]).Name + "' object cannot be interpreted as an integer");
            }
            long length = IntType.AsLong(args[0]);
            if (length < 0)
            {
                throw Errors.ValueError("length should not be negative");
            }
            Indices(self, length, out long start, out long stop, out long step, out _);
            return TupleType.Pack(IntType.FromLong(start), IntType.FromLong(stop), IntType.FromLong(step));
        });
    }

    public static bool IsSlice(nint o) => Ob.Type(o) == Instance.Address;

    /// <summary>slice_new: slice(stop) or slice(start, stop[, step]).</summary>
    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (kwnames != 0 && TupleType.Count(kwnames) > 0)
        {
            throw Errors.TypeError("slice() takes no keyword arguments");
        }
        Args.Range("slice", args, 1, 3);
        nint start = args.Length == 1 ? Singletons.None : args[0];
        nint stop = args.Length == 1 ? args[0] : args[1];
        nint step = args.Length == 3 ? args[2] : Singletons.None;
        return NewSteal(Ob.NewRef(start), Ob.NewRef(stop), Ob.NewRef(step));
    }

    /// <summary>A new slice taking ownership of its three references.</summary>
    public static nint NewSteal(nint start, nint stop, nint step)
    {
        nint s = Instance.AllocObject(40);
        *(nint*)(s + 16) = start;
        *(nint*)(s + 24) = stop;
        *(nint*)(s + 32) = step;
        return s;
    }

    public override void Dealloc(nint o)
    {
        Ob.Decref(*(nint*)(o + 16));
        Ob.Decref(*(nint*)(o + 24));
        Ob.Decref(*(nint*)(o + 32));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        Gc.Visit(visit, *(nint*)(o + 16), arg);
        Gc.Visit(visit, *(nint*)(o + 24), arg);
        Gc.Visit(visit, *(nint*)(o + 32), arg);
    }

    public override string Repr(nint o) =>
        "slice(" + Abstract.ReprString(*(nint*)(o + 16)) + ", " + Abstract.ReprString(*(nint*)(o + 24)) + ", " + Abstract.ReprString(*(nint*)(o + 32)) + ")";

    public override long Hash(nint o) => throw Errors.TypeError("unhashable type: 'slice'");

    private static long IndexValue(nint v, long clampLow, long clampHigh)
    {
        if (IntType.IsInt(v))
        {
            if (IntType.TryGetLong(v, out long x))
            {
                return x;
            }
            return IntType.Sign(v) < 0 ? clampLow : clampHigh;
        }
        throw Errors.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices for a sequence of the given length.</summary>
    public static void Indices(nint slice, long length, out long start, out long stop, out long step, out long sliceLength)
    {
        nint startObj = *(nint*)(slice + 16), stopObj = *(nint*)(slice + 24), stepObj = *(nint*)(slice + 32);
        step = stepObj == Singletons.None ? 1 : IndexValue(stepObj, -long.MaxValue, long.MaxValue);
        if (step == 0)
        {
            throw Errors.ValueError("slice step cannot be zero");
        }
        start = startObj == Singletons.None ? (step < 0 ? long.MaxValue : 0) : IndexValue(startObj, long.MinValue, long.MaxValue);
        stop = stopObj == Singletons.None ? (step < 0 ? long.MinValue : long.MaxValue) : IndexValue(stopObj, long.MinValue, long.MaxValue);
        sliceLength = Adjust(length, ref start, ref stop, step);
    }

    public static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = step < 0 ? -1 : 0;
            }
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
            {
                stop = step < 0 ? -1 : 0;
            }
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }
        if (step < 0)
        {
            return stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>Clamps optional start/end arguments of str/list methods like CPython's ADJUST_INDICES.</summary>
    public static void Clamp(ref long start, ref long end, long length)
    {
        if (end > length)
        {
            end = length;
        }
        else if (end < 0)
        {
            end += length;
            if (end < 0)
            {
                end = 0;
            }
        }
        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = 0;
            }
        }
    }
}
