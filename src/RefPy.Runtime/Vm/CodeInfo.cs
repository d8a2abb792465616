// Mirrors CPython Include/cpython/code.h: the parts of a code object the interpreter runs.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

/// <summary>
/// The managed half of a code object: instructions, their source positions and frame shape. Constants,
/// names and local names are heap tuples owned by the code object.
/// </summary>
internal sealed class CodeInfo
{
    /// <summary>Instructions as (opcode | argument &lt;&lt; 8).</summary>
    public required int[] Instructions { get; init; }
    public required SourcePosition[] Positions { get; init; }
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string Filename { get; init; }
    public int FirstLine { get; init; }
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public bool HasVarArgs { get; init; }
    public bool HasVarKeywords { get; init; }
    /// <summary>Module-level or exec'd code: names go through the locals dict (LOAD_NAME / STORE_NAME).</summary>
    public bool IsModule { get; init; }
    public required string[] VarNames { get; init; }
    public int StackSize { get; init; }
    /// <summary>co_consts (tuple).</summary>
    public nint Consts { get; set; }
    /// <summary>co_names (tuple of interned str).</summary>
    public nint Names { get; set; }
    /// <summary>co_varnames (tuple of interned str).</summary>
    public nint VarNamesTuple { get; set; }
    public nint DocString { get; init; }
    public nint CodeObject { get; set; }

    /// <summary>Slots of the frame: fast locals, then cells that are not locals, then free variables.</summary>
    public int NLocals => VarNames.Length;
    public int CellCount { get; init; }
    /// <summary>co_cellvars: the names of the cells this code creates, sorted.</summary>
    public string[] CellNames { get; init; } = [];
    public int FreeCount { get; init; }
    public bool IsGenerator { get; init; }
    /// <summary>Exception table: quads of (start, end, handler, stack depth), innermost ranges first.</summary>
    public int[] ExceptionTable { get; init; } = [];
    /// <summary>LOAD_GLOBAL inline caches (see GlobalCache), made on first use.</summary>
    public long[]? GlobalCache;
}

/// <summary>The instruction set: CPython 3.12's, minus what this runtime does not need yet.</summary>
internal enum OpCode : byte
{
    Nop,
    PopTop,
    PushNull,
    Copy,
    Swap,
    LoadConst,
    ReturnConst,
    ReturnValue,
    LoadFast,
    StoreFast,
    DeleteFast,
    LoadName,
    StoreName,
    DeleteName,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    BinaryOp,
    UnaryNegative,
    UnaryNot,
    UnaryInvert,
    UnaryPositive,
    CompareOp,
    IsOp,
    ContainsOp,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinarySlice,
    StoreSlice,
    BuildSlice,
    BuildList,
    BuildTuple,
    BuildSet,
    BuildMap,
    BuildConstKeyMap,
    ListExtend,
    SetUpdate,
    ListToTuple,
    ListAppend,
    SetAdd,
    MapAdd,
    UnpackSequence,
    GetIter,
    ForIter,
    EndFor,
    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    MakeFunction,
    Call,
    KwNames,
    ImportName,
    ImportFrom,
    FormatValue,
    BuildString,
    RaiseAssertion,
    LoadFastAndClear,
    MakeCell,
    CopyFreeVars,
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    LoadClosure,
    LoadClassDeref,
    LoadBuildClass,
    CallFunctionEx,
    DictMerge,
    DictUpdate,
    UnpackEx,
    Raise,
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    Reraise,
    ReturnGenerator,
    YieldValue,
    GetYieldFromIter,
    Send,
    EndSend,
    BeforeWith,
    WithExceptStart,
}

/// <summary>MAKE_FUNCTION flags.</summary>
[Flags]
internal enum MakeFunctionFlags
{
    None = 0,
    Defaults = 1,
    KwDefaults = 2,
    Annotations = 4,
    Closure = 8,
}
