// Mirrors CPython Objects/codeobject.c / Include/cpython/code.h: code objects.
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>code</c>: co_consts +16, co_names +24, co_filename +32, co_name +40, co_qualname +48,
/// co_localsplusnames +56, and the index of the managed <see cref="CodeInfo"/> (instructions, positions) at +64.
/// </summary>
internal sealed unsafe class CodeType : PyType
{
    public new const int NameOffset = 40;
    public const int ConstsOffset = 16, NamesOffset = 24, FilenameOffset = 32, QualNameOffset = 48, VarNamesOffset = 56, InfoOffset = 64;
    public static readonly CodeType Instance = new();

    // A plain array (not a List) so Info, which runs on every call, is one bounds-checked load.
    private static CodeInfo?[] infos = new CodeInfo?[64];
    private static int infoCount;
    private static readonly Stack<int> freeSlots = new();

    private CodeType() : base("code", 72, 0, false, ObjectType.Instance)
    {
        this.AddProperty("co_consts", o => Ob.NewRef(*(nint*)(o + ConstsOffset)));
        this.AddProperty("co_names", o => Ob.NewRef(*(nint*)(o + NamesOffset)));
        this.AddProperty("co_name", o => Ob.NewRef(*(nint*)(o + NameOffset)));
        this.AddProperty("co_filename", o => Ob.NewRef(*(nint*)(o + FilenameOffset)));
        this.AddProperty("co_varnames", o => Ob.NewRef(*(nint*)(o + VarNamesOffset)));
        this.AddProperty("co_freevars", o =>
        {
            CodeInfo info = Info(o);
            return NameTuple(info.VarNames.AsSpan(info.NLocals - info.FreeCount, info.FreeCount));
        });
        this.AddProperty("co_cellvars", o => NameTuple(Info(o).CellNames));
        this.AddProperty("co_argcount", o => IntType.FromLong(Info(o).ArgCount));
        this.AddProperty("co_posonlyargcount", o => IntType.FromLong(Info(o).PosOnlyArgCount));
        this.AddProperty("co_kwonlyargcount", o => IntType.FromLong(Info(o).KwOnlyArgCount));
        this.AddProperty("co_nlocals", o => IntType.FromLong(TupleType.Count(*(nint*)(o + VarNamesOffset))));
        this.AddProperty("co_firstlineno", o => IntType.FromLong(Info(o).FirstLine));
        this.AddProperty("co_qualname", o => Ob.NewRef(*(nint*)(o + QualNameOffset)));
        this.AddProperty("co_flags", o =>
        {
            CodeInfo info = Info(o);
            int flags = info.IsModule ? 0 : 0x3;
            flags |= info.HasVarArgs ? 0x4 : 0;
            flags |= info.HasVarKeywords ? 0x8 : 0;
            flags |= info.QualName.Contains("<locals>", StringComparison.Ordinal) ? 0x10 : 0;
            flags |= info.IsGenerator ? 0x20 : 0;
            return IntType.FromLong(flags);
        });
    }

    private static nint NameTuple(ReadOnlySpan<string> names)
    {
        nint t = TupleType.New(names.Length);
        for (int i = 0; i < names.Length; i++)
        {
            TupleType.SetItemInit(t, i, StrObject.Intern(names[i]));
        }
        return t;
    }

    public static void Reset()
    {
        Array.Clear(infos);
        infoCount = 0;
        freeSlots.Clear();
    }

    /// <summary>Creates a code object that takes ownership of info's heap references (consts, names, varnames).</summary>
    public static nint New(CodeInfo info)
    {
        nint c = Instance.AllocObject(72);
        *(nint*)(c + ConstsOffset) = info.Consts;
        *(nint*)(c + NamesOffset) = info.Names;
        *(nint*)(c + FilenameOffset) = StrObject.Intern(info.Filename);
        *(nint*)(c + NameOffset) = StrObject.Intern(info.Name);
        *(nint*)(c + QualNameOffset) = StrObject.Intern(info.QualName);
        *(nint*)(c + VarNamesOffset) = info.VarNamesTuple;
        int slot;
        if (freeSlots.Count > 0)
        {
            slot = freeSlots.Pop();
            infos[slot] = info;
        }
        else
        {
            if (infoCount == infos.Length)
            {
                Array.Resize(ref infos, infos.Length * 2);
            }
            slot = infoCount++;
            infos[slot] = info;
        }
        *(long*)(c + InfoOffset) = slot;
        info.CodeObject = c;
        return c;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CodeInfo Info(nint code) => infos[(int)*(long*)(code + InfoOffset)]!;

    public override void Dealloc(nint o)
    {
        int slot = (int)*(long*)(o + InfoOffset);
        infos[slot] = null;
        freeSlots.Push(slot);
        Ob.Decref(*(nint*)(o + ConstsOffset));
        Ob.Decref(*(nint*)(o + NamesOffset));
        Ob.Decref(*(nint*)(o + VarNamesOffset));
        FreeObject(o);
    }

    public override string Repr(nint o)
    {
        CodeInfo info = Info(o);
        return "<code object " + info.Name + " at 0x" + ((long)o).ToString("x") + ", file \"" + info.Filename + "\", line " + info.FirstLine + ">";
    }

    public override long SizeOf(nint o) => 200 + Info(o).Instructions.Length * 2;
}
