// Mirrors CPython Objects/tupleobject.c: immutable arrays with items inline from +24.
using System.Runtime.CompilerServices;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary><c>tuple</c>: header, ob_size at +16, item pointers from +24. The empty tuple is an immortal singleton.</summary>
internal unsafe class TupleType : PyType
{
    public const int ItemsOffset = 24;
    public static readonly TupleType Instance = new("tuple", ObjectType.Instance);
    public static nint Empty;

    protected TupleType(string name, PyType baseType) : base(name, 24, 8, true, baseType)
    {
        if (name == "tuple")
        {
            this.AddMethod("index", IndexMethod);
            this.AddMethod("count", CountMethod);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Count(nint t) => *(long*)(t + Ob.SizeOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Item(nint t, long i) => *(nint*)(t + ItemsOffset + i * 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint* Items(nint t) => (nint*)(t + ItemsOffset);

    public static bool IsTuple(nint o) => Ob.TypeOf(o).IsSubtypeOf(Instance);

    /// <summary>A new tuple with n zeroed slots to fill with <see cref="SetItemInit"/> (steals references).</summary>
    public static nint New(long n) => Instance.NewOfType(n);

    public nint NewOfType(long n)
    {
        if (n == 0 && this == Instance)
        {
            return Empty;
        }
        nint t = AllocObject((int)(ItemsOffset + 8 * n)); // zero-filled by AllocObject (tuple is a GC type)
        *(long*)(t + Ob.SizeOffset) = n;
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItemInit(nint t, long i, nint item) => *(nint*)(t + ItemsOffset + i * 8) = item;

    public static nint FromSpan(ReadOnlySpan<nint> items)
    {
        nint t = New(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            SetItemInit(t, i, Ob.NewRef(items[i]));
        }
        return t;
    }

    public static nint Pack(params nint[] newRefs)
    {
        nint t = New(newRefs.Length);
        for (int i = 0; i < newRefs.Length; i++)
        {
            SetItemInit(t, i, newRefs[i]);
        }
        return t;
    }

    public static nint NewEmptyImmortal()
    {
        nint t = Instance.AllocObject(ItemsOffset);
        *(long*)(t + Ob.SizeOffset) = 0;
        Ob.MakeImmortal(t);
        Gc.Untrack(t); // the static empty tuple is never tracked
        Empty = t;
        return t;
    }

    public override void Dealloc(nint o)
    {
        long n = Count(o);
        // CPython releases items last to first.
        for (long i = n - 1; i >= 0; i--)
        {
            Ob.XDecref(Item(o, i));
        }
        FreeObject(o);
    }

    public override long Length(nint o) => Count(o);

    /// <summary>tupletraverse: the items, last to first. Tuples have no tp_clear (they cannot be mutated).</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        for (long i = Count(o) - 1; i >= 0; i--)
        {
            Gc.Visit(visit, Item(o, i), arg);
        }
    }

    public override bool? Bool(nint o) => Count(o) != 0;

    public override string Repr(nint o)
    {
        long n = Count(o);
        if (n == 0)
        {
            return "()";
        }
        using var guard = ReprGuard.Enter(o, out bool recursive);
        if (recursive)
        {
            return "(...)";
        }
        var sb = new StringBuilder("(");
        for (long i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(Abstract.ReprString(Item(o, i)));
        }
        if (n == 1)
        {
            sb.Append(',');
        }
        return sb.Append(')').ToString();
    }

    public override long Hash(nint o)
    {
        // xxHash-based tuple hash of CPython 3.8+.
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        long n = Count(o);
        ulong acc = prime5;
        for (long i = 0; i < n; i++)
        {
            ulong lane = (ulong)Abstract.Hash(Item(o, i));
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)n ^ (prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue)
        {
            return 1546275796;
        }
        return (long)acc;
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (!IsTuple(b))
        {
            return 0;
        }
        return Sequence.Compare(Items(a), Count(a), Items(b), Count(b), op);
    }

    public override bool? Contains(nint o, nint item)
    {
        long n = Count(o);
        for (long i = 0; i < n; i++)
        {
            if (Abstract.EqualsForContainment(Item(o, i), item))
            {
                return true;
            }
        }
        return false;
    }

    public override nint GetItem(nint o, nint key)
    {
        long n = Count(o);
        if (IntType.IsInt(key))
        {
            long i = Sequence.IndexArg(key);
            if (i < 0)
            {
                i += n;
            }
            if ((ulong)i >= (ulong)n)
            {
                throw Errors.IndexError("tuple index out of range");
            }
            return Ob.NewRef(Item(o, i));
        }
        if (SliceType.IsSlice(key))
        {
            SliceType.Indices(key, n, out long start, out long _, out long step, out long len);
            if (step == 1 && len == n && Ob.Type(o) == Instance.Address)
            {
                return Ob.NewRef(o);
            }
            nint t = New(len);
            for (long i = 0, j = start; i < len; i++, j += step)
            {
                SetItemInit(t, i, Ob.NewRef(Item(o, j)));
            }
            return t;
        }
        nint byIndex = Abstract.GetItemByIndex(this, o, key);
        if (byIndex != 0)
        {
            return byIndex;
        }
        throw Errors.TypeError("tuple indices must be integers or slices, not " + Ob.TypeOf(key).Name);
    }

    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (op >= BinaryOp.InplaceAdd)
        {
            op -= BinaryOp.InplaceAdd;
        }
        if (op == BinaryOp.Add && IsTuple(a))
        {
            if (!IsTuple(b))
            {
                if (Abstract.HasReflected(b, "__radd__"))
                {
                    return 0; // sq_concat runs only after the right operand's __radd__ had its turn
                }
                throw Errors.TypeError("can only concatenate tuple (not \"" + Ob.TypeOf(b).Name + "\") to tuple");
            }
            long na = Count(a), nb = Count(b);
            if (nb == 0 && Ob.Type(a) == Instance.Address)
            {
                return Ob.NewRef(a);
            }
            if (na == 0 && Ob.Type(b) == Instance.Address)
            {
                return Ob.NewRef(b);
            }
            nint t = New(na + nb);
            for (long i = 0; i < na; i++)
            {
                SetItemInit(t, i, Ob.NewRef(Item(a, i)));
            }
            for (long i = 0; i < nb; i++)
            {
                SetItemInit(t, na + i, Ob.NewRef(Item(b, i)));
            }
            return t;
        }
        if (op == BinaryOp.Multiply)
        {
            nint s = IsTuple(a) ? a : b;
            nint k = s == a ? b : a;
            if (!IsTuple(s) || !IntType.IsInt(k))
            {
                return 0;
            }
            long count = Math.Max(0, IntType.AsLong(k));
            long n = Count(s);
            if (count == 1 && Ob.Type(s) == Instance.Address)
            {
                return Ob.NewRef(s);
            }
            if (n * count > int.MaxValue)
            {
                throw Errors.MemoryError();
            }
            nint t = New(n * count);
            for (long r = 0; r < count; r++)
            {
                for (long i = 0; i < n; i++)
                {
                    SetItemInit(t, r * n + i, Ob.NewRef(Item(s, i)));
                }
            }
            return t;
        }
        return 0;
    }

    public override nint Iter(nint o) => SeqIterType.TupleIter.New(o);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        if (args.Length == 0)
        {
            return Empty;
        }
        if (args.Length > 1)
        {
            throw Errors.TypeError("tuple expected at most 1 argument, got " + args.Length);
        }
        nint a = args[0];
        if (Ob.Type(a) == Instance.Address)
        {
            return Ob.NewRef(a);
        }
        nint list = Abstract.SequenceToList(a);
        nint t = ListType.ToTuple(list);
        Ob.Decref(list);
        return t;
    }

    private static nint IndexMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Range("index", args, 1, 3);
        long n = Count(self);
        for (long i = 0; i < n; i++)
        {
            if (Abstract.EqualsForContainment(Item(self, i), args[0]))
            {
                return IntType.FromLong(i);
            }
        }
        throw Errors.ValueError("tuple.index(x): x not in tuple");
    }

    private static nint CountMethod(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("tuple.count", args, 1);
        long c = 0;
        for (long i = 0; i < Count(self); i++)
        {
            if (Abstract.EqualsForContainment(Item(self, i), args[0]))
            {
                c++;
            }
        }
        return IntType.FromLong(c);
    }
}
