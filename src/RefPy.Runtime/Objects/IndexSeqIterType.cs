// Mirrors the layout CPython's listiterator, tupleiterator, str_ascii_iterator, bytes_iterator,
// seqiterobject (iterobject.c) and reversedobject (enumobject.c) share: an index and the sequence.
namespace RefPy.Runtime.Objects;

/// <summary>
/// An iterator holding an index at +16 and a strong reference to its sequence at +24 (32 bytes + GC head).
/// Like CPython, an exhausted iterator drops its reference to the sequence (<see cref="Exhaust"/>).
/// </summary>
internal abstract unsafe class IndexSeqIterType(string name) : PyType(name, 32, 0, true, ObjectType.Instance)
{
    protected nint NewIter(nint seq, long index)
    {
        nint it = AllocObject(32);
        *(long*)(it + 16) = index;
        *(nint*)(it + 24) = Ob.NewRef(seq);
        return it;
    }

    /// <summary>Drops the sequence reference (the iterator is exhausted for good) and returns 0, "no item".</summary>
    protected static nint Exhaust(nint o)
    {
        nint seq = *(nint*)(o + 24);
        *(nint*)(o + 24) = 0;
        Ob.XDecref(seq);
        return 0;
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + 24));
        FreeObject(o);
    }

    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, *(nint*)(o + 24), arg);

    public override nint Iter(nint o) => Ob.NewRef(o);
}
