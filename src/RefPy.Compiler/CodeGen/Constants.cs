// Mirrors CPython Python/compile.c's const cache (merge_consts_recursive / _PyCode_ConstantKey).
using System.Globalization;
using RefPy.Compiler.Syntax;
using RefPy.Runtime;
using RefPy.Runtime.Objects;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Turns AST constants into heap objects, one canonical object per distinct constant across a whole
/// compilation (CPython's const cache). When the compilation keeps its constants alive (the main script,
/// exec of a string), each canonical constant that came from the parser gets one reference from the arena.
/// </summary>
internal sealed unsafe class Constants : IDisposable
{
    private readonly Dictionary<string, nint> cache = new(StringComparer.Ordinal);
    private readonly HashSet<nint> arenaHeld = new();
    private readonly ConstantArena arena;
    private readonly bool keepAlive;

    public Constants(ConstantArena arena, bool keepAlive)
    {
        this.arena = arena;
        this.keepAlive = keepAlive;
    }

    /// <summary>The canonical object for a parser constant (borrowed; the cache holds a reference).</summary>
    public nint FromAst(ConstantValue v) => Hold(Key(v), () => Create(v), fromParser: true);

    /// <summary>A folded tuple/frozenset of parser constants (arena-held like any AST constant).</summary>
    public nint FromFolded(FoldedTuple t) => Tuple(t.Items.Select(c => FromAst(c.Value)).ToList(), t.Frozen, fromParser: true);

    /// <summary>A tuple the compiler builds itself (list display items, defaults, keyword names): not arena-held.</summary>
    public nint Tuple(List<nint> items, bool frozen, bool fromParser)
    {
        string key = (frozen ? "z(" : "t(") + string.Join(",", items.Select(KeyOf)) + ")";
        return Hold(key, () =>
        {
            nint t = TupleType.New(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                TupleType.SetItemInit(t, i, Ob.NewRef(items[i]));
            }
            if (!frozen)
            {
                return t;
            }
            nint fs = SetType.NewOf(SetType.FrozenSet);
            SetType.Update(fs, t);
            Ob.Decref(t);
            return fs;
        }, fromParser);
    }

    public nint Str(string s) => Hold("s:" + s, () => StrObject.AllNameChars(s) ? StrObject.Intern(s) : StrObject.New(s), fromParser: false);

    private readonly Dictionary<nint, string> keysByObject = new();

    private string KeyOf(nint o) => keysByObject[o];

    private nint Hold(string key, Func<nint> create, bool fromParser)
    {
        if (!cache.TryGetValue(key, out nint o))
        {
            o = create();
            cache[key] = o;
            keysByObject[o] = key;
        }
        if (fromParser && keepAlive && arenaHeld.Add(o))
        {
            arena.Add(o);
        }
        return o;
    }

    private static string Key(ConstantValue v) => v.Kind switch
    {
        ConstantKind.None => "N",
        ConstantKind.True => "T",
        ConstantKind.False => "F",
        ConstantKind.Ellipsis => "E",
        ConstantKind.Int => "i:" + v.AsInt.ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => "f:" + BitConverter.DoubleToInt64Bits(v.AsFloat).ToString(CultureInfo.InvariantCulture),
        ConstantKind.Str => "s:" + v.AsStr,
        ConstantKind.Complex => throw new NotSupportedException("complex"),
        _ => throw new NotSupportedException("bytes"),
    };

    private static nint Create(ConstantValue v)
    {
        switch (v.Kind)
        {
            case ConstantKind.None: return Singletons.None;
            case ConstantKind.True: return BoolObject.True;
            case ConstantKind.False: return BoolObject.False;
            case ConstantKind.Ellipsis: return Singletons.Ellipsis;
            case ConstantKind.Int: return IntType.FromBig(v.AsInt);
            case ConstantKind.Float: return FloatType.FromDouble(v.AsFloat);
            case ConstantKind.Str:
                string s = v.AsStr;
                // CPython interns string constants made only of name characters (immortal in 3.12).
                return StrObject.AllNameChars(s) ? StrObject.Intern(s) : StrObject.New(s);
            default:
                throw new NotSupportedException(v.Kind + " constants are not supported yet");
        }
    }

    /// <summary>Drops the compile-time cache's references; the code objects (and arena) keep what they use.</summary>
    public void Dispose()
    {
        foreach (nint o in cache.Values)
        {
            Ob.Decref(o);
        }
        cache.Clear();
    }
}
