// Mirrors CPython Objects/cellobject.c: the cells that closures share variables through.
namespace RefPy.Runtime.Objects;

/// <summary><c>cell</c>, laid out like PyCellObject: the referenced object (or NULL when empty) at +16.</summary>
internal sealed unsafe class CellType : PyType
{
    public const int RefOffset = 16;
    public static readonly CellType Instance = new();

    private CellType() : base("cell", 24, 0, true, ObjectType.Instance)
    {
        this.AddProperty("cell_contents", o =>
        {
            nint v = Get(o);
            if (v == 0)
            {
                throw Errors.ValueError("Cell is empty");
            }
            return Ob.NewRef(v);
        });
    }

    /// <summary>A new cell holding value (stolen; may be 0 for an empty cell).</summary>
    public static nint New(nint value)
    {
        nint c = Instance.AllocObject(24);
        *(nint*)(c + RefOffset) = value;
        return c;
    }

    /// <summary>The cell's content, borrowed (0 when empty).</summary>
    public static nint Get(nint cell) => *(nint*)(cell + RefOffset);

    /// <summary>Stores value (stolen) into the cell and releases the old content.</summary>
    public static void Set(nint cell, nint value)
    {
        nint old = *(nint*)(cell + RefOffset);
        *(nint*)(cell + RefOffset) = value;
        Ob.XDecref(old);
    }

    public override void Dealloc(nint o)
    {
        Ob.XDecref(*(nint*)(o + RefOffset));
        FreeObject(o);
    }

    /// <summary>cell_traverse / cell_clear: the content.</summary>
    public override void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg) =>
        Gc.Visit(visit, *(nint*)(o + RefOffset), arg);

    public override void TpClear(nint o) => Gc.ClearSlot((nint*)(o + RefOffset));

    public override string Repr(nint o)
    {
        nint v = Get(o);
        string at = "<cell at 0x" + ((long)o).ToString("x") + ": ";
        return v == 0 ? at + "empty>" : at + Ob.TypeOf(v).Name + " object at 0x" + ((long)v).ToString("x") + ">";
    }
}
