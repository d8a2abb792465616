// Mirrors CPython Objects/iterobject.c (seqiterobject): iteration through __getitem__.
namespace RefPy.Runtime.Objects;

/// <summary><c>iterator</c>: iterates an object through __getitem__(0), (1), ... until IndexError (it_index +16, it_seq +24).</summary>
internal sealed unsafe class SequenceIterType : PyType
{
    public static readonly SequenceIterType Instance = new();

    private SequenceIterType() : base("iterator", 32, 0, true, ObjectType.Instance)
    {
    }

    public static nint New(nint seq)
    {
        nint it = Instance.AllocObject(32);
        *(long*)(it + 16) = 0;
        *(nint*)(it + 24) = Ob.NewRef(seq);
        return it;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 24));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) => Gc.Visit(visit, *(nint*)(o + 24), arg);

    public override nint Iter(nint o) => Ob.NewRef(o);

    public override nint IterNext(nint o)
    {
        nint seq = *(nint*)(o + 24);
        if (seq == 0)
        {
            return 0;
        }
        long i = *(long*)(o + 16);
        nint index = IntType.FromLong(i);
        try
        {
            nint v = Abstract.GetItem(seq, index);
            *(long*)(o + 16) = i + 1;
            return v;
        }
        catch (PyException e) when (e.PyType == ExceptionType.IndexError || e.PyType == ExceptionType.StopIteration)
        {
            e.Release();
            *(nint*)(o + 24) = 0;
            Ob.Decref(seq);
            return 0;
        }
        finally
        {
            Ob.Decref(index);
        }
    }
}
