// Mirrors CPython Objects/iterobject.c (seqiterobject): iteration through __getitem__.
namespace RefPy.Runtime.Objects;

/// <summary><c>iterator</c>: iterates an object through __getitem__(0), (1), ... until IndexError (it_index +16, it_seq +24).</summary>
internal sealed unsafe class SequenceIterType : IndexSeqIterType
{
    public static readonly SequenceIterType Instance = new();

    private SequenceIterType() : base("iterator")
    {
    }

    public static nint New(nint seq) => Instance.NewIter(seq, 0);

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
            return Exhaust(o);
        }
        finally
        {
            Ob.Decref(index);
        }
    }
}
