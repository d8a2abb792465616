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

    /// <summary>
    /// The canonical object for an AST constant (borrowed; the cache holds a reference). A folded tuple's
    /// items are themselves canonical AST constants, as after CPython's merge_consts_recursive.
    /// </summary>
    public nint FromAst(ConstantValue v)
    {
        if (v.Kind == ConstantKind.Tuple)
        {
            var items = new List<nint>(v.AsTuple.Count);
            foreach (ConstantValue item in v.AsTuple)
            {
                items.Add(FromAst(item));
            }
            return Tuple(items, false, fromParser: true, v.ExtraRefs);
        }
        return Hold(Key(v), () => Create(v), fromParser: true, v.ExtraRefs);
    }

    /// <summary>
    /// A frozenset folded from a set literal (<c>x in {1, 2}</c>): its items are AST constants, but the
    /// code constant is the frozenset the const cache rebuilds, which the arena does not hold.
    /// </summary>
    public nint FromFolded(FoldedTuple t)
    {
        var items = t.Items.Select(c => FromAst(c.Value)).ToList();
        return t.Frozen ? Tuple(items, true, fromParser: false) : Tuple(items, false, fromParser: true);
    }

    /// <summary>
    /// A tuple or frozenset of canonical constants. fromParser: the AST arena holds it (a tuple folded from
    /// the source) rather than only the code (list display items, defaults, keyword names the compiler builds).
    /// </summary>
    public nint Tuple(List<nint> items, bool frozen, bool fromParser, int extraRefs = 0)
    {
        var itemKeys = items.Select(KeyOf);
        // _PyCode_ConstantKey: a frozenset's key does not depend on the order of its items.
        string key = frozen ? "z(" + string.Join(",", itemKeys.Order(StringComparer.Ordinal)) + ")" : "t(" + string.Join(",", itemKeys) + ")";
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
            nint built = SetType.NewOf(SetType.FrozenSet);
            SetType.Update(built, t);
            Ob.Decref(t);
            if (items.Count == 0)
            {
                return built;
            }
            // merge_consts_recursive re-creates a new frozenset from a tuple of the first one's items in
            // its iteration order, so colliding items can end up in a different order than in the source.
            nint ordered = TupleType.New(SetType.Used(built));
            long pos = 0;
            int n = 0;
            while (SetType.Next(built, ref pos, out nint item))
            {
                TupleType.SetItemInit(ordered, n++, Ob.NewRef(item));
            }
            Ob.Decref(built);
            nint fs = SetType.NewOf(SetType.FrozenSet);
            SetType.Update(fs, ordered);
            Ob.Decref(ordered);
            return fs;
        }, fromParser, extraRefs);
    }

    public nint Str(string s) => Hold("s:" + s, () => StrObject.AllNameChars(s) ? StrObject.Intern(s) : StrObject.New(s), fromParser: false, 0);

    private readonly Dictionary<nint, string> keysByObject = new();

    private string KeyOf(nint o) => keysByObject[o];

    /// <summary>
    /// The canonical object for key, created on first use. The first AST constant that uses it is the
    /// object the arena holds: once, plus the extra references a fold that returned an operand left on it.
    /// </summary>
    private nint Hold(string key, Func<nint> create, bool fromParser, int extraRefs)
    {
        if (!cache.TryGetValue(key, out nint o))
        {
            o = create();
            cache[key] = o;
            keysByObject[o] = key;
        }
        if (fromParser && keepAlive && arenaHeld.Add(o))
        {
            for (int i = 0; i <= extraRefs; i++)
            {
                arena.Add(o);
            }
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
        ConstantKind.Bytes => "b:" + Convert.ToHexString(v.AsBytes),
        ConstantKind.Complex => throw new PyCompileError("complex literals are not supported yet", 0, 0),
        _ => throw new NotSupportedException(v.Kind + " constants are not supported yet"),
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
            case ConstantKind.Bytes:
                // PyBytes_FromStringAndSize: b'' and one-byte literals are the immortal singletons. The const
                // cache (a dict keyed by the constants) has computed the hash, which ob_shash keeps.
                nint bytes = BytesObject.FromSpan(v.AsBytes);
                BytesObject.Hash(bytes);
                return bytes;
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
