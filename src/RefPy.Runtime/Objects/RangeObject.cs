// Mirrors CPython Objects/rangeobject.c: range objects and their iterator.
using System.Numerics;

namespace RefPy.Runtime.Objects;

/// <summary><c>range</c>: start +16, stop +24, step +32, length +40, each an int object (48 bytes).</summary>
internal sealed unsafe class RangeType : PyType
{
    public static readonly RangeType Instance = new();

    private RangeType() : base("range", 48, 0, false, ObjectType.Instance)
    {
        this.AddMethod("index", (self, args, kw) =>
        {
            Args.Exact("range.index", args, 1);
            if (IntType.IsInt(args[0]) && TryIndexOf(self, IntType.ToBig(args[0]), out BigInteger idx))
            {
                return IntType.FromBig(idx);
            }
            throw Errors.ValueError(Abstract.ReprString(args[0]) + " is not in range");
        });
        this.AddMethod("count", (self, args, kw) =>
        {
            Args.Exact("range.count", args, 1);
            return IntType.FromLong(IntType.IsInt(args[0]) && TryIndexOf(self, IntType.ToBig(args[0]), out _) ? 1 : 0);
        });
        this.AddProperty("start", o => Ob.NewRef(Field(o, 16)));
        this.AddProperty("stop", o => Ob.NewRef(Field(o, 24)));
        this.AddProperty("step", o => Ob.NewRef(Field(o, 32)));
    }

    private static nint Field(nint o, int offset) => *(nint*)(o + offset);

    public static BigInteger Start(nint o) => IntType.ToBig(Field(o, 16));
    public static BigInteger Stop(nint o) => IntType.ToBig(Field(o, 24));
    public static BigInteger Step(nint o) => IntType.ToBig(Field(o, 32));
    public static BigInteger Len(nint o) => IntType.ToBig(Field(o, 40));

    public static nint New(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger len;
        if (step > 0)
        {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        else
        {
            len = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        nint r = Instance.AllocObject(48);
        *(nint*)(r + 16) = IntType.FromBig(start);
        *(nint*)(r + 24) = IntType.FromBig(stop);
        *(nint*)(r + 32) = IntType.FromBig(step);
        *(nint*)(r + 40) = IntType.FromBig(len);
        return r;
    }

    private static bool TryIndexOf(nint r, BigInteger v, out BigInteger index)
    {
        BigInteger start = Start(r), step = Step(r), len = Len(r);
        index = 0;
        if (len.IsZero)
        {
            return false;
        }
        BigInteger diff = v - start;
        if (BigInteger.Remainder(diff, step) != 0)
        {
            return false;
        }
        BigInteger i = diff / step;
        if (i < 0 || i >= len)
        {
            return false;
        }
        index = i;
        return true;
    }

    public override void Dealloc(nint o)
    {
        Ob.Decref(Field(o, 16));
        Ob.Decref(Field(o, 24));
        Ob.Decref(Field(o, 32));
        Ob.Decref(Field(o, 40));
        FreeObject(o);
    }

    public override string Repr(nint o)
    {
        string s = "range(" + IntType.Instance.Repr(Field(o, 16)) + ", " + IntType.Instance.Repr(Field(o, 24));
        if (Step(o) != 1)
        {
            s += ", " + IntType.Instance.Repr(Field(o, 32));
        }
        return s + ")";
    }

    public override long Length(nint o)
    {
        BigInteger len = Len(o);
        if (len > long.MaxValue)
        {
            throw Errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        return (long)len;
    }

    public override bool? Bool(nint o) => !Len(o).IsZero;

    public override bool? Contains(nint o, nint item)
    {
        if (IntType.IsInt(item))
        {
            return TryIndexOf(o, IntType.ToBig(item), out _);
        }
        return null;
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (Ob.Type(b) != Address || op is not (CompareOp.Eq or CompareOp.Ne))
        {
            return 0;
        }
        BigInteger la = Len(a), lb = Len(b);
        bool eq = la == lb && (la.IsZero || (Start(a) == Start(b) && (la.IsOne || Step(a) == Step(b))));
        return BoolObject.NewRef(op == CompareOp.Eq ? eq : !eq);
    }

    public override long Hash(nint o)
    {
        BigInteger len = Len(o);
        nint l = IntType.FromBig(len);
        nint t;
        if (len.IsZero)
        {
            t = TupleType.Pack(l, Singletons.None, Singletons.None);
        }
        else if (len.IsOne)
        {
            t = TupleType.Pack(l, Ob.NewRef(Field(o, 16)), Singletons.None);
        }
        else
        {
            t = TupleType.Pack(l, Ob.NewRef(Field(o, 16)), Ob.NewRef(Field(o, 32)));
        }
        long h = TupleType.Instance.Hash(t);
        Ob.Decref(t);
        return h;
    }

    public override nint GetItem(nint o, nint key)
    {
        if (IntType.IsInt(key))
        {
            BigInteger i = IntType.ToBig(key);
            BigInteger len = Len(o);
            if (i < 0)
            {
                i += len;
            }
            if (i < 0 || i >= len)
            {
                throw Errors.IndexError("range object index out of range");
            }
            return IntType.FromBig(Start(o) + i * Step(o));
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, Length(o), out long start, out long stop, out long step, out long _);
            return New(Start(o) + start * Step(o), Start(o) + stop * Step(o), Step(o) * step);
        }
        throw Errors.TypeError("range indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override nint Iter(nint o)
    {
        BigInteger start = Start(o), step = Step(o), len = Len(o);
        if (start < long.MinValue || start > long.MaxValue || len > long.MaxValue || step < long.MinValue || step > long.MaxValue ||
            start + len * step > long.MaxValue || start + len * step < long.MinValue)
        {
            throw Errors.OverflowError("Python int too large to convert to C long");
        }
        return RangeIterType.Instance.New((long)start, (long)step, (long)len);
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (kwnames != 0)
        {
            throw Errors.TypeError("range() takes no keyword arguments");
        }
        foreach (nint a in args)
        {
            if (!IntType.IsInt(a))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(a).Name + "' object cannot be interpreted as an integer");
            }
        }
        switch (args.Length)
        {
            case 1:
                return New(0, IntType.ToBig(args[0]), 1);
            case 2:
                return New(IntType.ToBig(args[0]), IntType.ToBig(args[1]), 1);
            case 3:
                BigInteger step = IntType.ToBig(args[2]);
                if (step.IsZero)
                {
                    throw Errors.ValueError("range() arg 3 must not be zero");
                }
                return New(IntType.ToBig(args[0]), IntType.ToBig(args[1]), step);
            case 0:
                throw Errors.TypeError("range expected at least 1 argument, got 0");
            default:
                throw Errors.TypeError("range expected at most 3 arguments, got " + args.Length);
        }
    }
}

/// <summary>range_iterator: start +16, step +24, remaining length +32 as C longs (40 bytes).</summary>
internal sealed unsafe class RangeIterType : PyType
{
    public static readonly RangeIterType Instance = new();

    private RangeIterType() : base("range_iterator", 40, 0, false, ObjectType.Instance)
    {
    }

    public nint New(long start, long step, long len)
    {
        nint it = AllocObject(40);
        *(long*)(it + 16) = start;
        *(long*)(it + 24) = step;
        *(long*)(it + 32) = len;
        return it;
    }

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override nint IterNext(nint o)
    {
        long len = *(long*)(o + 32);
        if (len <= 0)
        {
            return 0;
        }
        long v = *(long*)(o + 16);
        *(long*)(o + 16) = v + *(long*)(o + 24);
        *(long*)(o + 32) = len - 1;
        return IntType.FromLong(v);
    }

    public override long Length(nint o) => -1;
}
