// Mirrors CPython Objects/weakrefobject.c: weak references and proxies, and clearing them when the referent dies.
namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>weakref.ReferenceType</c> (and <c>weakref.ProxyType</c>), laid out like PyWeakReference: wr_object +16
/// (borrowed; None once the referent died), wr_callback +24, hash +32, wr_prev +40, wr_next +48, vectorcall +56.
/// A referent's weak references form a list whose head lives in the referent (an instance's pre-header at -32,
/// a function's func_weakreflist, a class's tp_weaklist, a bound method's im_weakreflist).
/// </summary>
internal sealed unsafe class WeakRefType : PyType
{
    public const int ObjectOffset = 16, CallbackOffset = 24, HashOffset = 32, PrevOffset = 40, NextOffset = 48, Size = 64;
    public static readonly WeakRefType Ref = new("ReferenceType");
    public static readonly WeakRefType Proxy = new("ProxyType");

    private WeakRefType(string name) : base(name, Size, 0, true, ObjectType.Instance)
    {
        if (name == "ReferenceType")
        {
            this.AddProperty("__callback__", o => Ob.NewRef(*(nint*)(o + CallbackOffset) == 0 ? Singletons.None : *(nint*)(o + CallbackOffset)));
        }
    }

    public override string? ModuleName => "weakref";

    public static nint Referent(nint wr) => *(nint*)(wr + ObjectOffset);

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.Range(this == Ref ? "ref" : "proxy", args, 1, 2);
        return New(args[0], args.Length > 1 ? args[1] : 0);
    }

    /// <summary>Where o keeps the head of its weak-reference list, or null when its type has none.</summary>
    public static nint* ListHead(nint o)
    {
        PyType t = Ob.TypeOf(o);
        if (t is ClassType ct)
        {
            return ct.SupportsWeakrefs ? (nint*)(o - 32) : null;
        }
        if (t == FunctionType.Instance)
        {
            return (nint*)(o + 96);
        }
        if (t == MethodType.Instance)
        {
            return (nint*)(o + 32);
        }
        if (t == TypeType.Instance && FromAddress(o) is ClassType)
        {
            return (nint*)(o + 368);
        }
        return null;
    }

    /// <summary>weakref.ref(o[, callback]) / weakref.proxy: reuses the basic ref when there is no callback, as CPython.</summary>
    public nint New(nint o, nint callback)
    {
        nint* head = ListHead(o);
        if (head == null)
        {
            throw Errors.TypeError("cannot create weak reference to '" + Ob.TypeOf(o).Name + "' object");
        }
        if (callback == Singletons.None)
        {
            callback = 0;
        }
        if (callback == 0)
        {
            for (nint w = *head; w != 0; w = *(nint*)(w + NextOffset))
            {
                if (Ob.Type(w) == Address && *(nint*)(w + CallbackOffset) == 0)
                {
                    return Ob.NewRef(w);
                }
            }
        }
        nint wr = AllocObject(Size);
        *(nint*)(wr + ObjectOffset) = o;
        *(nint*)(wr + CallbackOffset) = callback == 0 ? 0 : Ob.NewRef(callback);
        *(long*)(wr + HashOffset) = -1;
        // Basic refs go first so they are found and shared; refs with callbacks are appended.
        if (callback == 0 || *head == 0)
        {
            *(nint*)(wr + NextOffset) = *head;
            if (*head != 0)
            {
                *(nint*)(*head + PrevOffset) = wr;
            }
            *head = wr;
        }
        else
        {
            nint last = *head;
            while (*(nint*)(last + NextOffset) != 0)
            {
                last = *(nint*)(last + NextOffset);
            }
            *(nint*)(last + NextOffset) = wr;
            *(nint*)(wr + PrevOffset) = last;
        }
        return wr;
    }

    private static void Unlink(nint wr)
    {
        nint o = Referent(wr);
        if (o == Singletons.None)
        {
            return;
        }
        nint prev = *(nint*)(wr + PrevOffset), next = *(nint*)(wr + NextOffset);
        nint* head = ListHead(o);
        if (head != null && *head == wr)
        {
            *head = next;
        }
        if (prev != 0)
        {
            *(nint*)(prev + NextOffset) = next;
        }
        if (next != 0)
        {
            *(nint*)(next + PrevOffset) = prev;
        }
        *(nint*)(wr + PrevOffset) = 0;
        *(nint*)(wr + NextOffset) = 0;
        *(nint*)(wr + ObjectOffset) = Singletons.None;
    }

    public static long Count(nint o)
    {
        nint* head = ListHead(o);
        long n = 0;
        for (nint w = head == null ? 0 : *head; w != 0; w = *(nint*)(w + NextOffset))
        {
            n++;
        }
        return n;
    }

    public static nint List(nint o)
    {
        nint list = ListType.New(0);
        nint* head = ListHead(o);
        for (nint w = head == null ? 0 : *head; w != 0; w = *(nint*)(w + NextOffset))
        {
            ListType.Append(list, w);
        }
        return list;
    }

    /// <summary>PyObject_ClearWeakRefs: the referent is dying; clear every weak reference, then run callbacks.</summary>
    public static void ClearAll(nint o)
    {
        nint* head = ListHead(o);
        if (head == null || *head == 0)
        {
            return;
        }
        var callbacks = new List<nint>();
        ClearForCollection(o, static wr => false, callbacks);
        RunCallbacks(callbacks);
    }

    /// <summary>Clears o's weak references; queues (weakref, callback) pairs for those not skipped.</summary>
    public static void ClearForCollection(nint o, Func<nint, bool> skipCallback, List<nint> callbacks)
    {
        nint* head = ListHead(o);
        if (head == null)
        {
            return;
        }
        while (*head != 0)
        {
            nint wr = *head;
            nint cb = *(nint*)(wr + CallbackOffset);
            Unlink(wr);
            if (cb != 0 && !skipCallback(wr))
            {
                *(nint*)(wr + CallbackOffset) = 0;
                callbacks.Add(Ob.NewRef(wr));
                callbacks.Add(cb);
            }
        }
    }

    /// <summary>Calls queued weakref callbacks; their errors are unraisable, as in CPython.</summary>
    public static void RunCallbacks(List<nint> callbacks)
    {
        for (int i = 0; i < callbacks.Count; i += 2)
        {
            nint wr = callbacks[i], cb = callbacks[i + 1];
            try
            {
                Ob.Decref(Abstract.Call(cb, [wr], 0));
            }
            catch (PyException e)
            {
                Runtime.Current.ReportUnraisable(e, "Exception ignored in: " + Abstract.ReprString(cb));
                e.Release();
            }
            Ob.Decref(cb);
            Ob.Decref(wr);
        }
    }

    public override void Dealloc(nint o)
    {
        Unlink(o);
        Ob.XDecref(*(nint*)(o + CallbackOffset));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
        nint cb = *(nint*)(o + CallbackOffset);
        if (cb != 0)
        {
            visit(cb, arg);
        }
    }

    public override void TpClear(nint o)
    {
        Unlink(o);
        nint cb = *(nint*)(o + CallbackOffset);
        *(nint*)(o + CallbackOffset) = 0;
        Ob.XDecref(cb);
    }

    public override nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames)
    {
        if (this == Proxy)
        {
            return Abstract.Call(Target(callable), args, kwnames);
        }
        Args.Exact("weakref", args, 0);
        return Ob.NewRef(Referent(callable));
    }

    private static nint Target(nint proxy)
    {
        nint o = Referent(proxy);
        if (o == Singletons.None)
        {
            throw new PyException(ExceptionType.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    public override long Hash(nint o)
    {
        if (this == Proxy)
        {
            throw Errors.TypeError("unhashable type: 'weakref.ProxyType'");
        }
        long h = *(long*)(o + HashOffset);
        if (h != -1)
        {
            return h;
        }
        nint r = Referent(o);
        if (r == Singletons.None)
        {
            throw Errors.TypeError("weak object has gone away");
        }
        h = Abstract.Hash(r);
        *(long*)(o + HashOffset) = h;
        return h;
    }

    public override nint RichCompare(nint a, nint b, CompareOp op)
    {
        if (this == Proxy)
        {
            return Abstract.RichCompare(Target(a), Ob.Type(b) == Proxy.Address ? Target(b) : b, op);
        }
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || Ob.Type(b) != Ref.Address)
        {
            return 0;
        }
        nint ra = Referent(a), rb = Referent(b);
        if (ra == Singletons.None || rb == Singletons.None)
        {
            return BoolObject.NewRef((a == b) == (op == CompareOp.Eq));
        }
        return Abstract.RichCompare(ra, rb, op);
    }

    public override string Repr(nint o)
    {
        nint r = Referent(o);
        string at = "0x" + ((long)o).ToString("x");
        if (this == Proxy)
        {
            return "<weakproxy at " + at + " to " + (r == Singletons.None ? "NoneType" : QualNameOf(r)) + " at 0x" + ((long)r).ToString("x") + ">";
        }
        return r == Singletons.None
            ? "<weakref at " + at + "; dead>"
            : "<weakref at " + at + "; to '" + QualNameOf(r) + "' at 0x" + ((long)r).ToString("x") + ">";
    }

    private static string QualNameOf(nint r) => Ob.TypeOf(r) is ClassType ct ? ct.DisplayName : Ob.TypeOf(r).Name;

    // A proxy forwards everything to its referent.
    public override nint GetAttr(nint o, nint name)
    {
        if (this == Ref)
        {
            return TypeAttributes.GetViaMembers(this, o, name);
        }
        return Abstract.GetAttr(Target(o), name);
    }

    public override void SetAttr(nint o, nint name, nint value)
    {
        if (this == Ref)
        {
            base.SetAttr(o, name, value);
            return;
        }
        nint t = Target(o);
        Ob.TypeOf(t).SetAttr(t, name, value);
    }

    public override string Str(nint o) => this == Proxy ? Abstract.StrString(Target(o)) : Repr(o);
    public override long Length(nint o) => this == Proxy ? Abstract.Length(Target(o)) : -1;
    public override nint GetItem(nint o, nint key) => this == Proxy ? Abstract.GetItem(Target(o), key) : base.GetItem(o, key);
    public override nint Iter(nint o) => this == Proxy ? Abstract.GetIter(Target(o)) : base.Iter(o);
    public override bool? Bool(nint o) => this == Proxy ? Abstract.IsTrue(Target(o)) : null;
    public override nint Binary(BinaryOp op, nint a, nint b)
    {
        if (this != Proxy)
        {
            return 0;
        }
        return Abstract.BinaryOp(op, Ob.Type(a) == Proxy.Address ? Target(a) : a, Ob.Type(b) == Proxy.Address ? Target(b) : b);
    }
}
