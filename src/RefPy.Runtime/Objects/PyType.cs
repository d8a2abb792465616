// Mirrors CPython Include/cpython/object.h (PyTypeObject) and Objects/typeobject.c: a type's behaviour slots.
using System.Runtime.CompilerServices;

namespace RefPy.Runtime.Objects;

/// <summary>The binary operators, numbered like CPython 3.12's NB_* oparg of BINARY_OP.</summary>
internal enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6, Or = 7,
    Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLShift = 16, InplaceMatrixMultiply = 17,
    InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20, InplacePower = 21, InplaceRShift = 22,
    InplaceSubtract = 23, InplaceTrueDivide = 24, InplaceXor = 25,
}

/// <summary>Rich comparison operators, numbered like CPython's Py_LT..Py_GE.</summary>
internal enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>
/// The managed half of a Python type: its behaviour (CPython's tp_* slots) as virtual methods. The other
/// half is the type object in the private heap (what <c>id(type(x))</c> returns and what every instance's
/// header points at). The heap type object stores this descriptor's <see cref="Index"/> so the type of an
/// object is found from its header in O(1).
/// </summary>
internal abstract unsafe class PyType
{
    /// <summary>sizeof(PyTypeObject) on 64-bit CPython 3.12.</summary>
    public const int TypeObjectSize = 416;
    /// <summary>Where in the heap type object the managed descriptor's index is kept (inside tp_* slot space).</summary>
    public const int ManagedIndexOffset = 408;
    public const int NameOffset = 24;       // tp_name (char*)
    public const int BasicSizeOffset = 32;  // tp_basicsize
    public const int ItemSizeOffset = 40;   // tp_itemsize
    public const int BaseOffset = 256;      // tp_base

    private static PyType[] registry = new PyType[64];
    /// <summary><see cref="TrackOnAlloc"/>, read once (it is a constant of the type).</summary>
    private readonly bool trackOnAlloc;
    private static int registryCount;

    protected PyType(string name, int basicSize, int itemSize, bool isGc, PyType? baseType)
    {
        Name = name;
        BasicSize = basicSize;
        ItemSize = itemSize;
        IsGc = isGc;
        Base = baseType;
        trackOnAlloc = TrackOnAlloc;
        Index = registryCount;
        if (registryCount == registry.Length)
        {
            Array.Resize(ref registry, registry.Length * 2);
        }
        registry[registryCount++] = this;
    }

    public string Name { get; }
    public int BasicSize { get; }
    public int ItemSize { get; }
    /// <summary>Instances carry CPython's 16-byte PyGC_Head before the object.</summary>
    public bool IsGc { get; }
    public PyType? Base { get; }
    public int Index { get; }
    /// <summary>The heap type object of the running runtime.</summary>
    public nint Address { get; internal set; }

    /// <summary>Attributes looked up on the type: methods and properties implemented in C#.</summary>
    public Dictionary<string, TypeMember> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>The module shown in the repr of the type, e.g. ctypes.</summary>
    public virtual string? ModuleName => null;

    public string QualifiedName => ModuleName is null ? Name : ModuleName + "." + Name;

    /// <summary>The descriptor with the given registry index.</summary>
    public static PyType FromIndex(int index) => registry[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyType FromAddress(nint typeObject) => registry[*(int*)(typeObject + ManagedIndexOffset)];

    public bool IsSubtypeOf(PyType other)
    {
        if (this is ClassType ct)
        {
            return ct.MroContains(other);
        }
        for (PyType? t = this; t != null; t = t.Base)
        {
            if (t == other)
            {
                return true;
            }
        }
        return false;
    }

    private struct MemberCacheEntry
    {
        public nint Key;
        public TypeMember? Member;
        public int Generation;
    }

    private MemberCacheEntry[]? memberCache;

    /// <summary>
    /// <see cref="FindMember(string)"/> for a str name: for an interned name the answer is cached by the name's
    /// address (valid for the <see cref="HotNames.Generation"/> it was found in), so no .NET string is made.
    /// </summary>
    public TypeMember? FindMember(nint name)
    {
        if (!StrObject.IsStr(name) || !StrObject.IsInternedStr(name))
        {
            return FindMember(StrObject.ToManaged(name));
        }
        memberCache ??= new MemberCacheEntry[32];
        ref MemberCacheEntry e = ref memberCache[(int)((name >> 4) ^ (name >> 9)) & 31];
        int generation = HotNames.Generation;
        if (e.Key == name && e.Generation == generation)
        {
            return e.Member;
        }
        TypeMember? m = FindMember(StrObject.ToManaged(name));
        e.Key = name;
        e.Member = m;
        e.Generation = generation;
        return m;
    }

    public TypeMember? FindMember(string name)
    {
        for (PyType? t = this; t != null; t = t.Base)
        {
            if (t.Members.TryGetValue(name, out TypeMember? m))
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// Allocates an object of this type. GC types get the 16-byte GC pre-header, count as a gen-0 allocation
    /// (which may run an automatic collection first, like CPython's gc_alloc), have their body zeroed (so a
    /// collection can traverse a half-built object safely) and are tracked unless <see cref="TrackOnAlloc"/> is false.
    /// </summary>
    public nint AllocObject(int size)
    {
        if (!IsGc)
        {
            nint p = Mem.AllocObject(size, false);
            *(long*)p = 1;
            *(nint*)(p + Ob.TypeOffset) = Address;
            return p;
        }
        Gc.OnAlloc(this, size);
        nint o = Mem.AllocObject(size, true);
        *(long*)o = 1;
        *(nint*)(o + Ob.TypeOffset) = Address;
        if (size > Ob.HeaderSize)
        {
            if (size <= 128 && (size & 7) == 0)
            {
                // Small objects (tuples, lists, cells, frames of data): a few stores beat a memset call.
                for (long* p = (long*)(o + Ob.HeaderSize), end = (long*)(o + size); p < end; p++)
                {
                    *p = 0;
                }
            }
            else
            {
                new Span<byte>((void*)(o + Ob.HeaderSize), size - Ob.HeaderSize).Clear();
            }
        }
        if (trackOnAlloc)
        {
            Gc.Track(o);
        }
        return o;
    }

    /// <summary><see cref="GcFreeList"/>: not on a modelled free list / on the tuple free list of its length.</summary>
    public const int NoFreeList = -1, TupleFreeLists = -2;

    /// <summary>Which of CPython's free lists (as modelled by <see cref="Gc"/>) exact instances of this type use.</summary>
    internal int GcFreeList = NoFreeList;

    /// <summary>Frees an object's block (after its contents were released): PyObject_GC_Del for GC types.</summary>
    public void FreeObject(nint o)
    {
        if (Ob.Type(o) != Address && Ob.TypeOf(o) is ClassType subclass)
        {
            subclass.FreeInstance(o); // an instance of a Python subclass of this built-in type
            return;
        }
        if (IsGc)
        {
            Gc.OnFree(this, o);
        }
        Mem.FreeObject(o, IsGc);
    }

    /// <summary>Whether new instances are tracked by the cycle collector at creation (dicts start untracked).</summary>
    public virtual bool TrackOnAlloc => true;

    /// <summary>
    /// tp_traverse: calls visit(referent, arg) for every strong reference the object holds (null-safe via
    /// <see cref="Gc.Visit"/>). Must not allocate and must not recurse into referents.
    /// </summary>
    public virtual void TpTraverse(nint o, delegate*<nint, nint, void> visit, nint arg)
    {
    }

    /// <summary>tp_clear: drops the references that can take part in cycles (the collector's cycle breaker).</summary>
    public virtual void TpClear(nint o)
    {
    }

    // ---- slots -------------------------------------------------------------------------------------

    /// <summary>tp_dealloc: release what the object holds, then free its block.</summary>
    public virtual void Dealloc(nint o) => FreeObject(o);

    public virtual string Repr(nint o) => "<" + QualifiedName + " object at 0x" + ((long)o).ToString("x") + ">";

    public virtual string Str(nint o) => Repr(o);

    /// <summary>tp_hash; the default is identity hashing like object.__hash__.</summary>
    public virtual long Hash(nint o)
    {
        ulong y = (ulong)o;
        long h = (long)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }

    /// <summary>tp_richcompare: a new reference, or 0 for NotImplemented.</summary>
    public virtual nint RichCompare(nint a, nint b, CompareOp op) => 0;

    /// <summary>nb_* binary slots: a new reference, or 0 for NotImplemented.</summary>
    public virtual nint Binary(BinaryOp op, nint a, nint b) => 0;

    public virtual nint Negative(nint o) => throw Errors.TypeError("bad operand type for unary -: '" + Name + "'");
    public virtual nint Positive(nint o) => throw Errors.TypeError("bad operand type for unary +: '" + Name + "'");
    public virtual nint Invert(nint o) => throw Errors.TypeError("bad operand type for unary ~: '" + Name + "'");

    /// <summary>nb_bool / sq_length truth; null when the type has neither (always true).</summary>
    public virtual bool? Bool(nint o) => null;

    /// <summary>sq_length / mp_length; -1 when the type has no length.</summary>
    public virtual long Length(nint o) => -1;

    public virtual nint GetItem(nint o, nint key) => throw Errors.TypeError("'" + Name + "' object is not subscriptable");
    public virtual void SetItem(nint o, nint key, nint value) => throw Errors.TypeError("'" + Name + "' object does not support item assignment");
    public virtual void DelItem(nint o, nint key) => throw Errors.TypeError("'" + Name + "' object does not support item deletion");

    /// <summary>sq_contains; null when the type has none (fall back to iteration).</summary>
    public virtual bool? Contains(nint o, nint item) => null;

    public virtual nint Iter(nint o) => throw Errors.TypeError("'" + Name + "' object is not iterable");

    /// <summary>tp_iternext: a new reference, or 0 when exhausted.</summary>
    public virtual nint IterNext(nint o) => throw Errors.TypeError("'" + Name + "' object is not an iterator");

    /// <summary>
    /// Whether the type has tp_iternext (an iterator: what iter() may return). Built-in iterator types are named
    /// *iterator; the others (map, zip, ...) override this. Classes and generators are checked by <see cref="Abstract.IsIterator"/>.
    /// </summary>
    public virtual bool IsIterator => Name.EndsWith("iterator", StringComparison.Ordinal);

    /// <summary>
    /// tp_descr_get: what reading this object as a class attribute gives, for instance (0 when read on the class)
    /// of class owner. Returns 0 when the type is not a descriptor (the attribute itself is the value).
    /// </summary>
    public virtual nint DescrGet(nint descr, nint instance, nint owner) => 0;

    /// <summary>tp_call. Arguments are borrowed; kwnames is a tuple of names for the last arguments, or 0.</summary>
    public virtual nint Call(nint callable, ReadOnlySpan<nint> args, nint kwnames) =>
        throw Errors.TypeError("'" + Name + "' object is not callable");

    /// <summary>Attribute lookup on an instance; 0 when absent (the caller raises AttributeError).</summary>
    public virtual nint GetAttr(nint o, nint name) => TypeAttributes.GetViaMembers(this, o, name);

    public virtual void SetAttr(nint o, nint name, nint value) =>
        throw Errors.AttributeError("'" + Name + "' object attribute '" + StrObject.ToManaged(name) + "' is read-only");

    /// <summary>__sizeof__ (without the GC pre-header, which sys.getsizeof adds).</summary>
    public virtual long SizeOf(nint o) => BasicSize + (ItemSize == 0 ? 0 : ItemSize * Math.Abs(Ob.Size(o)));

    /// <summary>Calling the type itself, e.g. list(x) or int('3').</summary>
    public virtual nint Construct(ReadOnlySpan<nint> args, nint kwnames) =>
        throw Errors.TypeError("cannot create '" + QualifiedName + "' instances");

    /// <summary>Size of the pre-header counted by sys.getsizeof.</summary>
    public virtual int PreHeaderSize => IsGc ? Mem.GcHeaderSize : 0;
}
