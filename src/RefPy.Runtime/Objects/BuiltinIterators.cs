// Mirrors CPython Objects/enumobject.c (enumerate, reversed) and Python/bltinmodule.c (zip).
namespace RefPy.Runtime.Objects;

/// <summary>enumerate, zip and reversed. enumerate and zip recycle their result tuple while nobody else holds it.</summary>
internal static unsafe class BuiltinIterators
{
    public static readonly EnumerateType Enumerate = new();
    public static readonly ZipType Zip = new();
    public static readonly ReversedType Reversed = new();

    public static readonly MapType Map = new();
    public static readonly FilterType Filter = new();

    public static readonly CallIterType CallIter = new();

    public static PyType[] Types() => [Enumerate, Zip, Reversed, Map, Filter, CallIter];

    /// <summary>iter(callable, sentinel): it_callable +16, it_sentinel +24 (32 + GC); both cleared once exhausted.</summary>
    internal sealed class CallIterType : PyType
    {
        public CallIterType() : base("callable_iterator", 32, 0, true, ObjectType.Instance) { }

        public override bool IsIterator => true;

        public nint New(nint callable, nint sentinel)
        {
            nint o = AllocObject(32);
            *(nint*)(o + 16) = Ob.NewRef(callable);
            *(nint*)(o + 24) = Ob.NewRef(sentinel);
            return o;
        }

        public override void Dealloc(nint o)
        {
            Ob.XDecref(*(nint*)(o + 16));
            Ob.XDecref(*(nint*)(o + 24));
            FreeObject(o);
        }

        public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
        {
            Gc.Visit(visit, *(nint*)(o + 16), arg);
            Gc.Visit(visit, *(nint*)(o + 24), arg);
        }

        public override void TpClear(nint o) => Exhaust(o);

        private static void Exhaust(nint o)
        {
            nint c = *(nint*)(o + 16), s = *(nint*)(o + 24);
            *(nint*)(o + 16) = 0;
            *(nint*)(o + 24) = 0;
            Ob.XDecref(c);
            Ob.XDecref(s);
        }

        public override nint Iter(nint o) => Ob.NewRef(o);

        public override nint IterNext(nint o)
        {
            nint callable = *(nint*)(o + 16);
            if (callable == 0)
            {
                return 0;
            }
            nint r;
            try
            {
                r = Abstract.Call(callable, ReadOnlySpan<nint>.Empty, 0);
            }
            catch (PyException e) when (e.PyType == ExceptionType.StopIteration)
            {
                e.Release();
                Exhaust(o);
                return 0;
            }
            bool done;
            try
            {
                done = Abstract.RichCompareBool(r, *(nint*)(o + 24), CompareOp.Eq);
            }
            catch
            {
                Ob.Decref(r);
                throw;
            }
            if (done)
            {
                Ob.Decref(r);
                Exhaust(o);
                return 0;
            }
            return r;
        }
    }

    /// <summary>map: iters +16 (a tuple of iterators), func +24 (32 + GC).</summary>
    /// <summary>An iterator object holding two references, at +16 and +24 (map: iters and func; filter: func and it).</summary>
    internal abstract class TwoRefIteratorType(string name) : PyType(name, 32, 0, true, ObjectType.Instance)
    {
        public override void Dealloc(nint o)
        {
            Ob.XDecref(*(nint*)(o + 16));
            Ob.XDecref(*(nint*)(o + 24));
            FreeObject(o);
        }

        public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
        {
            Gc.Visit(visit, *(nint*)(o + 16), arg);
            Gc.Visit(visit, *(nint*)(o + 24), arg);
        }

        public override nint Iter(nint o) => Ob.NewRef(o);
    }

    internal sealed class MapType() : TwoRefIteratorType("map")
    {

        public override bool IsIterator => true;

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            Args.NoKeywords("map", kwnames);
            if (args.Length < 2)
            {
                throw Errors.TypeError("map() must have at least two arguments.");
            }
            nint iters = TupleType.New(args.Length - 1);
            try
            {
                for (int i = 1; i < args.Length; i++)
                {
                    TupleType.SetItemInit(iters, i - 1, Abstract.GetIter(args[i]));
                }
            }
            catch
            {
                Ob.Decref(iters);
                throw;
            }
            nint o = AllocObject(32);
            *(nint*)(o + 16) = iters;
            *(nint*)(o + 24) = Ob.NewRef(args[0]);
            return o;
        }


        public override nint IterNext(nint o)
        {
            nint iters = *(nint*)(o + 16);
            int n = (int)TupleType.Count(iters);
            Span<nint> items = n <= 8 ? stackalloc nint[n] : new nint[n];
            int got = 0;
            try
            {
                for (; got < n; got++)
                {
                    nint it = TupleType.Item(iters, got);
                    nint v = Ob.TypeOf(it).IterNext(it);
                    if (v == 0)
                    {
                        return 0;
                    }
                    items[got] = v;
                }
                return Abstract.Call(*(nint*)(o + 24), items, 0);
            }
            finally
            {
                for (int i = 0; i < got; i++)
                {
                    Ob.Decref(items[i]);
                }
            }
        }
    }

    /// <summary>filter: func +16, it +24 (32 + GC).</summary>
    internal sealed class FilterType() : TwoRefIteratorType("filter")
    {

        public override bool IsIterator => true;

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            Args.NoKeywords("filter", kwnames);
            if (args.Length != 2)
            {
                throw Errors.TypeError("filter expected 2 arguments, got " + args.Length);
            }
            nint it = Abstract.GetIter(args[1]);
            nint o = AllocObject(32);
            *(nint*)(o + 16) = Ob.NewRef(args[0]);
            *(nint*)(o + 24) = it;
            return o;
        }


        public override nint IterNext(nint o)
        {
            nint func = *(nint*)(o + 16);
            nint it = *(nint*)(o + 24);
            PyType t = Ob.TypeOf(it);
            while (true)
            {
                nint v = t.IterNext(it);
                if (v == 0)
                {
                    return 0;
                }
                bool keep;
                try
                {
                    if (func == Singletons.None || func == BoolType.Instance.Address)
                    {
                        keep = Abstract.IsTrue(v);
                    }
                    else
                    {
                        nint r = Abstract.Call(func, [v], 0);
                        keep = Abstract.IsTrue(r);
                        Ob.Decref(r);
                    }
                }
                catch
                {
                    Ob.Decref(v);
                    throw;
                }
                if (keep)
                {
                    return v;
                }
                Ob.Decref(v);
            }
        }
    }

    /// <summary>Reuses a 2+-tuple held only by its iterator, as CPython does; else makes a new one.</summary>
    private static nint Recycle(nint* slot, ReadOnlySpan<nint> newItems)
    {
        nint result = *slot;
        if (result != 0 && Ob.RefCnt(result) == 1)
        {
            Ob.Incref(result);
            for (int i = 0; i < newItems.Length; i++)
            {
                nint old = TupleType.Item(result, i);
                TupleType.SetItemInit(result, i, newItems[i]);
                Ob.Decref(old);
            }
            return result;
        }
        nint t = TupleType.New(newItems.Length);
        for (int i = 0; i < newItems.Length; i++)
        {
            TupleType.SetItemInit(t, i, newItems[i]);
        }
        return t;
    }

    /// <summary>enumerate: en_index +16, en_sit +24, en_result +32, en_longindex +40 (48 + GC).</summary>
    internal sealed class EnumerateType : PyType
    {
        public EnumerateType() : base("enumerate", 48, 0, true, ObjectType.Instance) { }

        public override bool IsIterator => true;

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            nint[] a = Args.Parse("enumerate", args, kwnames, ["iterable", "start"], 1);
            nint it = Abstract.GetIter(a[0]);
            nint o = AllocObject(48);
            *(long*)(o + 16) = a[1] == 0 ? 0 : IntType.AsLong(a[1]);
            *(nint*)(o + 24) = it;
            *(nint*)(o + 32) = TupleType.Pack(Singletons.None, Singletons.None);
            *(nint*)(o + 40) = 0;
            return o;
        }

        public override void Dealloc(nint o)
        {
            Ob.XDecref(*(nint*)(o + 24));
            Ob.XDecref(*(nint*)(o + 32));
            FreeObject(o);
        }

        public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
        {
            Gc.Visit(visit, *(nint*)(o + 24), arg);
            Gc.Visit(visit, *(nint*)(o + 32), arg);
        }

        public override nint Iter(nint o) => Ob.NewRef(o);

        public override nint IterNext(nint o)
        {
            nint it = *(nint*)(o + 24);
            nint item = Ob.TypeOf(it).IterNext(it);
            if (item == 0)
            {
                return 0;
            }
            long index = *(long*)(o + 16);
            *(long*)(o + 16) = index + 1;
            return Recycle((nint*)(o + 32), [IntType.FromLong(index), item]);
        }
    }

    /// <summary>zip: tuplesize +16, ittuple +24, result +32, strict +40 (48 + GC).</summary>
    internal sealed class ZipType : PyType
    {
        public ZipType() : base("zip", 48, 0, true, ObjectType.Instance) { }

        public override bool IsIterator => true;

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            int n = args.Length - (kwnames == 0 ? 0 : (int)TupleType.Count(kwnames));
            nint iters = TupleType.New(n);
            try
            {
                for (int i = 0; i < n; i++)
                {
                    TupleType.SetItemInit(iters, i, Abstract.GetIter(args[i]));
                }
            }
            catch
            {
                Ob.Decref(iters);
                throw;
            }
            nint result = TupleType.New(n);
            for (int i = 0; i < n; i++)
            {
                TupleType.SetItemInit(result, i, Singletons.None);
            }
            nint o = AllocObject(48);
            *(long*)(o + 16) = n;
            *(nint*)(o + 24) = iters;
            *(nint*)(o + 32) = result;
            *(long*)(o + 40) = 0;
            return o;
        }

        public override void Dealloc(nint o)
        {
            Ob.XDecref(*(nint*)(o + 24));
            Ob.XDecref(*(nint*)(o + 32));
            FreeObject(o);
        }

        public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
        {
            Gc.Visit(visit, *(nint*)(o + 24), arg);
            Gc.Visit(visit, *(nint*)(o + 32), arg);
        }

        public override nint Iter(nint o) => Ob.NewRef(o);

        public override nint IterNext(nint o)
        {
            long n = *(long*)(o + 16);
            if (n == 0)
            {
                return 0;
            }
            nint iters = *(nint*)(o + 24);
            var items = new nint[n];
            for (long i = 0; i < n; i++)
            {
                nint it = TupleType.Item(iters, i);
                nint item = Ob.TypeOf(it).IterNext(it);
                if (item == 0)
                {
                    for (long j = 0; j < i; j++)
                    {
                        Ob.Decref(items[j]);
                    }
                    return 0;
                }
                items[i] = item;
            }
            return Recycle((nint*)(o + 32), items);
        }
    }

    /// <summary>reversed over a list or tuple: index +16, seq +24.</summary>
    internal sealed class ReversedType : IndexSeqIterType
    {
        public ReversedType() : base("reversed") { }

        public override bool IsIterator => true;

        public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
        {
            Args.Range("reversed", args, 1, 1);
            nint seq = args[0];
            if (Ob.TypeOf(seq) is ClassType ct)
            {
                nint rev = ct.Lookup("__reversed__");
                if (rev == Singletons.None)
                {
                    throw Errors.TypeError("'" + ct.Name + "' object is not reversible");
                }
                if (rev != 0)
                {
                    return Ob.Type(rev) == FunctionType.Instance.Address ? MethodType.CallWithSelf(rev, seq, [], 0) : Abstract.CallMethod(seq, "__reversed__");
                }
                if (ct.Lookup("__getitem__") == 0)
                {
                    throw Errors.TypeError("'" + ct.Name + "' object is not reversible");
                }
            }
            else if (DictType.IsDictOrSubclass(seq) || Ob.Type(seq) == DictViewType.Keys.Address ||
                Ob.Type(seq) == DictViewType.Values.Address || Ob.Type(seq) == DictViewType.Items.Address)
            {
                // reversed(dict) and its views: the insertion order backwards.
                nint items = Abstract.SequenceToList(seq);
                new Span<nint>(ListType.Items(items), (int)ListType.Count(items)).Reverse();
                try
                {
                    return Abstract.GetIter(items);
                }
                finally
                {
                    Ob.Decref(items);
                }
            }
            else if (Ob.TypeOf(seq).FindMember("__reversed__") is { Method: not null } reversedMethod)
            {
                return reversedMethod.Method.Fn(seq, [], 0); // a built-in type's own __reversed__ (deque)
            }
            long n = Ob.TypeOf(seq) is ClassType ? Abstract.Length(seq) : Ob.TypeOf(seq).Length(seq);
            if (n < 0 || !(ListType.IsList(seq) || TupleType.IsTuple(seq) || StrObject.IsStr(seq) || BytesObject.IsBytesLike(seq) || Ob.Type(seq) == RangeType.Instance.Address || Ob.TypeOf(seq) is ClassType))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(seq).Name + "' object is not reversible");
            }
            return NewIter(seq, n - 1);
        }

        public override nint IterNext(nint o)
        {
            nint seq = *(nint*)(o + 24);
            long i = *(long*)(o + 16);
            if (seq != 0 && i >= 0 && Ob.TypeOf(seq) is ClassType)
            {
                // reversed_next: no length check; IndexError or StopIteration from __getitem__ ends the iteration.
                nint index = IntType.FromLong(i);
                try
                {
                    nint item = Ob.TypeOf(seq).GetItem(seq, index);
                    *(long*)(o + 16) = i - 1;
                    return item;
                }
                catch (PyException e) when (e.PyType == ExceptionType.IndexError || e.PyType == ExceptionType.StopIteration)
                {
                    e.Release();
                    i = -1;
                }
                finally
                {
                    Ob.Decref(index);
                }
            }
            if (seq == 0 || i < 0 || i >= Ob.TypeOf(seq).Length(seq))
            {
                return Exhaust(o);
            }
            *(long*)(o + 16) = i - 1;
            nint idx = IntType.FromLong(i);
            try
            {
                return Ob.TypeOf(seq).GetItem(seq, idx);
            }
            finally
            {
                Ob.Decref(idx);
            }
        }
    }
}
