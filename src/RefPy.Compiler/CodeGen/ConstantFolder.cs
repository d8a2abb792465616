// Mirrors CPython Python/ast_opt.c (3.12): constant folding with its size limits.
using System.Numerics;
using RefPy.Compiler.Syntax;
using Compare = RefPy.Compiler.Syntax.Compare;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Folds constant sub-expressions the way CPython 3.12's AST optimizer does, so the same objects end up as
/// code constants (and so reference counts match): unary and binary operators on constants within
/// CPython's limits (including str/tuple concatenation and repetition), tuples of constants (nested ones
/// too), constant subscripts, and list/set literals used with <c>in</c> or as a for or comprehension iterable.
/// </summary>
internal static class ConstantFolder
{
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    public static Expr Fold(Expr e)
    {
        switch (e)
        {
            case Constant c:
                if (c.Value.Kind is ConstantKind.Complex)
                {
                    throw new PyCompileError("complex literals are not supported yet", c.Line, c.Col);
                }
                return e;
            case UnaryOp u:
            {
                u.Operand = Fold(u.Operand);
                if (u.Operand is Constant c && FoldUnary(u.Op, c.Value) is { } r)
                {
                    return Make(r, e);
                }
                return e;
            }
            case BinOp b:
            {
                b.Left = Fold(b.Left);
                b.Right = Fold(b.Right);
                if (b.Left is Constant l && b.Right is Constant rr && FoldBinary(b.Op, l.Value, rr.Value) is { } r)
                {
                    return Make(r, e);
                }
                return e;
            }
            case TupleExpr t:
            {
                for (int i = 0; i < t.Elts.Count; i++)
                {
                    t.Elts[i] = Fold(t.Elts[i]);
                }
                if (t.Ctx == ExprContext.Load && t.Elts.All(x => x is Constant))
                {
                    return Make(TupleOf(t.Elts), e);
                }
                return e;
            }
            case List l:
                for (int i = 0; i < l.Elts.Count; i++)
                {
                    l.Elts[i] = Fold(l.Elts[i]);
                }
                return e;
            case Set s:
                for (int i = 0; i < s.Elts.Count; i++)
                {
                    s.Elts[i] = Fold(s.Elts[i]);
                }
                return e;
            case Compare c:
                c.Left = Fold(c.Left);
                for (int i = 0; i < c.Comparators.Count; i++)
                {
                    c.Comparators[i] = Fold(c.Comparators[i]);
                }
                if (c.Ops[^1] is CmpOp.In or CmpOp.NotIn)
                {
                    c.Comparators[^1] = FoldIterable(c.Comparators[^1]);
                }
                return e;
            case BoolOp bo:
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    bo.Values[i] = Fold(bo.Values[i]);
                }
                return e;
            case IfExp ie:
                ie.Test = Fold(ie.Test);
                ie.Body = Fold(ie.Body);
                ie.Orelse = Fold(ie.Orelse);
                return e;
            case Call call:
                call.Func = Fold(call.Func);
                for (int i = 0; i < call.Args.Count; i++)
                {
                    call.Args[i] = Fold(call.Args[i]);
                }
                foreach (Keyword k in call.Keywords)
                {
                    k.Value = Fold(k.Value);
                }
                return e;
            case Subscript sub:
                sub.Value = Fold(sub.Value);
                sub.Slice = Fold(sub.Slice);
                if (sub.Ctx == ExprContext.Load && sub.Value is Constant cv && sub.Slice is Constant ci
                    && FoldSubscript(cv.Value, ci.Value) is { } item)
                {
                    return Make(item, e);
                }
                return e;
            case Slice sl:
                if (sl.Lower is not null)
                {
                    sl.Lower = Fold(sl.Lower);
                }
                if (sl.Upper is not null)
                {
                    sl.Upper = Fold(sl.Upper);
                }
                if (sl.Step is not null)
                {
                    sl.Step = Fold(sl.Step);
                }
                return e;
            case AttributeExpr a:
                a.Value = Fold(a.Value);
                return e;
            case Dict d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    d.Values[i] = Fold(d.Values[i]);
                    if (d.Keys[i] is { } k)
                    {
                        d.Keys[i] = Fold(k);
                    }
                }
                return e;
            case ListComp lc:
                FoldGenerators(lc.Generators);
                return e;
            case SetComp sc:
                FoldGenerators(sc.Generators);
                return e;
            case DictComp dc:
                FoldGenerators(dc.Generators);
                return e;
            case GeneratorExp ge:
                FoldGenerators(ge.Generators);
                return e;
            case Name { Ctx: ExprContext.Load, Id: "__debug__" }:
                return Make(ConstantValue.True, e);
            default:
                return e;
        }
    }

    /// <summary>ast_opt.c astfold_comprehension: each iterable is folded like a for loop's.</summary>
    private static void FoldGenerators(List<Comprehension> gens)
    {
        foreach (Comprehension g in gens)
        {
            g.Iter = FoldIterable(g.Iter);
        }
    }

    /// <summary>
    /// ast_opt.c fold_iter: a list literal used only for iteration or membership becomes a tuple (a constant
    /// one when all its items are constants); a set literal of constants becomes a constant frozenset.
    /// </summary>
    public static Expr FoldIterable(Expr e)
    {
        e = Fold(e);
        if (e is List l && !l.Elts.Any(x => x is Starred))
        {
            if (l.Elts.All(x => x is Constant))
            {
                return Make(TupleOf(l.Elts), e);
            }
            return new TupleExpr(l.Elts, l.Ctx) { Line = e.Line, Col = e.Col, EndLine = e.EndLine, EndCol = e.EndCol };
        }
        if (e is Set s && s.Elts.All(x => x is Constant))
        {
            return new FoldedTuple(s.Elts.Cast<Constant>().ToList(), true) { Line = e.Line, Col = e.Col, EndLine = e.EndLine, EndCol = e.EndCol };
        }
        return e;
    }

    private static ConstantValue TupleOf(List<Expr> elts) => ConstantValue.FromTuple(elts.Select(x => ((Constant)x).Value).ToArray());

    private static Constant Make(ConstantValue v, Expr at) => new(v) { Line = at.Line, Col = at.Col, EndLine = at.EndLine, EndCol = at.EndCol };

    private static ConstantValue? FoldUnary(UnaryOperator op, ConstantValue v)
    {
        switch (op)
        {
            case UnaryOperator.USub:
                if (IsIntLike(v))
                {
                    return ConstantValue.FromInt(-AsBig(v));
                }
                if (v.Kind == ConstantKind.Float)
                {
                    return ConstantValue.FromFloat(-v.AsFloat);
                }
                return null;
            case UnaryOperator.UAdd:
                if (v.Kind is ConstantKind.Int or ConstantKind.Float)
                {
                    // int.__pos__ and float.__pos__ return the object itself.
                    return v.WithExtraRefs(1);
                }
                if (v.Kind is ConstantKind.True or ConstantKind.False)
                {
                    return ConstantValue.FromInt(AsBig(v));
                }
                return null;
            case UnaryOperator.Invert:
                if (IsIntLike(v))
                {
                    return ConstantValue.FromInt(-AsBig(v) - 1);
                }
                return null;
            case UnaryOperator.Not:
                return Truth(v) is { } t ? ConstantValue.FromBool(!t) : null;
            default:
                return null;
        }
    }

    private static bool? Truth(ConstantValue v) => v.Kind switch
    {
        ConstantKind.None => false,
        ConstantKind.True => true,
        ConstantKind.False => false,
        ConstantKind.Ellipsis => true,
        ConstantKind.Int => !v.AsInt.IsZero,
        ConstantKind.Float => v.AsFloat != 0,
        ConstantKind.Str => v.AsStr.Length != 0,
        ConstantKind.Bytes => v.AsBytes.Length != 0,
        ConstantKind.Tuple => v.AsTuple.Count != 0,
        _ => null,
    };

    private static bool IsIntLike(ConstantValue v) => v.Kind is ConstantKind.Int or ConstantKind.True or ConstantKind.False;

    private static bool IsBool(ConstantValue v) => v.Kind is ConstantKind.True or ConstantKind.False;

    private static BigInteger AsBig(ConstantValue v) => v.Kind == ConstantKind.Int ? v.AsInt : v.Kind == ConstantKind.True ? 1 : 0;

    /// <summary>ast_opt.c fold_subscr: <c>constant[constant]</c> for a tuple or str indexed by an int.</summary>
    private static ConstantValue? FoldSubscript(ConstantValue v, ConstantValue index)
    {
        if (!IsIntLike(index))
        {
            return null;
        }
        BigInteger i = AsBig(index);
        if (v.Kind == ConstantKind.Tuple)
        {
            var items = v.AsTuple;
            if (i < 0)
            {
                i += items.Count;
            }
            if (i < 0 || i >= items.Count)
            {
                return null;
            }
            // The item itself: the arena holds it once more, and the (arena-held) tuple keeps holding it.
            return items[(int)i].WithExtraRefs(2);
        }
        if (v.Kind == ConstantKind.Str)
        {
            List<int> cps = CodePoints(v.AsStr);
            if (i < 0)
            {
                i += cps.Count;
            }
            if (i < 0 || i >= cps.Count)
            {
                return null;
            }
            int cp = cps[(int)i];
            return ConstantValue.FromStr(cp >= 0x10000 ? char.ConvertFromUtf32(cp) : ((char)cp).ToString());
        }
        if (v.Kind == ConstantKind.Bytes)
        {
            byte[] b = v.AsBytes;
            if (i < 0)
            {
                i += b.Length;
            }
            if (i < 0 || i >= b.Length)
            {
                return null;
            }
            return ConstantValue.FromInt(b[(int)i]);
        }
        return null;
    }

    private static List<int> CodePoints(string s)
    {
        var cps = new List<int>(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
            {
                cps.Add(char.ConvertToUtf32(s[k], s[k + 1]));
                k++;
            }
            else
            {
                cps.Add(s[k]);
            }
        }
        return cps;
    }

    private static int CodePointCount(string s)
    {
        int n = s.Length;
        for (int k = 0; k + 1 < s.Length; k++)
        {
            if (char.IsHighSurrogate(s[k]) && char.IsLowSurrogate(s[k + 1]))
            {
                n--;
                k++;
            }
        }
        return n;
    }

    /// <summary>ast_opt.c check_complexity: the limit minus the items of a tuple, nested tuples included.</summary>
    private static long CheckComplexity(ConstantValue v, long limit)
    {
        if (v.Kind == ConstantKind.Tuple)
        {
            var items = v.AsTuple;
            limit -= items.Count;
            for (int i = 0; limit >= 0 && i < items.Count; i++)
            {
                limit = CheckComplexity(items[i], limit);
            }
        }
        return limit;
    }

    private static ConstantValue? FoldBinary(Operator op, ConstantValue a, ConstantValue b)
    {
        try
        {
            if (IsIntLike(a) && IsIntLike(b))
            {
                BigInteger x = AsBig(a), y = AsBig(b);
                switch (op)
                {
                    case Operator.Add: return ConstantValue.FromInt(x + y);
                    case Operator.Sub: return ConstantValue.FromInt(x - y);
                    case Operator.Mult:
                        if (!x.IsZero && !y.IsZero && (long)x.GetBitLength() + (long)y.GetBitLength() > MaxIntSize)
                        {
                            return null;
                        }
                        return ConstantValue.FromInt(x * y);
                    case Operator.FloorDiv:
                        return y.IsZero ? null : ConstantValue.FromInt(FloorDiv(x, y));
                    case Operator.Mod:
                        return y.IsZero ? null : ConstantValue.FromInt(x - FloorDiv(x, y) * y);
                    case Operator.Div:
                        if (y.IsZero)
                        {
                            return null;
                        }
                        return ConstantValue.FromFloat(TrueDiv(x, y));
                    case Operator.Pow:
                        if (y.Sign < 0)
                        {
                            return x.IsZero ? null : ConstantValue.FromFloat(Math.Pow((double)x, (double)y));
                        }
                        if (!x.IsZero && y.Sign > 0)
                        {
                            long vbits = (long)x.GetBitLength();
                            if (y > MaxIntSize || vbits > MaxIntSize / (long)y)
                            {
                                return null;
                            }
                        }
                        if (x.IsZero || x.IsOne)
                        {
                            return ConstantValue.FromInt(y.IsZero ? BigInteger.One : x);
                        }
                        return ConstantValue.FromInt(BigInteger.Pow(x, (int)y));
                    case Operator.LShift:
                        if (y.Sign < 0)
                        {
                            return null;
                        }
                        if (x.IsZero)
                        {
                            return ConstantValue.FromInt(0);
                        }
                        if (y > MaxIntSize || (long)x.GetBitLength() > MaxIntSize - (long)y)
                        {
                            return null;
                        }
                        return ConstantValue.FromInt(x << (int)y);
                    case Operator.RShift:
                        return y.Sign < 0 ? null : ConstantValue.FromInt(y > 100000 ? (x.Sign < 0 ? -1 : 0) : x >> (int)y);
                    case Operator.BitAnd:
                        return IsBool(a) && IsBool(b) ? ConstantValue.FromBool(!(x & y).IsZero) : ConstantValue.FromInt(x & y);
                    case Operator.BitOr:
                        return IsBool(a) && IsBool(b) ? ConstantValue.FromBool(!(x | y).IsZero) : ConstantValue.FromInt(x | y);
                    case Operator.BitXor:
                        return IsBool(a) && IsBool(b) ? ConstantValue.FromBool(!(x ^ y).IsZero) : ConstantValue.FromInt(x ^ y);
                    default: return null;
                }
            }
            if ((a.Kind == ConstantKind.Float || IsIntLike(a)) && (b.Kind == ConstantKind.Float || IsIntLike(b)))
            {
                double x = a.Kind == ConstantKind.Float ? a.AsFloat : (double)AsBig(a);
                double y = b.Kind == ConstantKind.Float ? b.AsFloat : (double)AsBig(b);
                if (double.IsInfinity(x) && a.Kind != ConstantKind.Float || double.IsInfinity(y) && b.Kind != ConstantKind.Float)
                {
                    return null; // int too large to convert to float
                }
                switch (op)
                {
                    case Operator.Add: return ConstantValue.FromFloat(x + y);
                    case Operator.Sub: return ConstantValue.FromFloat(x - y);
                    case Operator.Mult: return ConstantValue.FromFloat(x * y);
                    case Operator.Div: return y == 0 ? null : ConstantValue.FromFloat(x / y);
                    case Operator.FloorDiv:
                        return y == 0 ? null : ConstantValue.FromFloat(Runtime.Objects.FloatType.DivMod(x, y, out _));
                    case Operator.Mod:
                        if (y == 0)
                        {
                            return null;
                        }
                        Runtime.Objects.FloatType.DivMod(x, y, out double m);
                        return ConstantValue.FromFloat(m);
                    case Operator.Pow:
                        if ((x == 0 && y < 0) || (x < 0 && y != Math.Floor(y)))
                        {
                            return null;
                        }
                        double p = Math.Pow(x, y);
                        return double.IsInfinity(p) && !double.IsInfinity(x) && !double.IsInfinity(y) ? null : ConstantValue.FromFloat(p);
                    default: return null;
                }
            }
            if (op == Operator.Add)
            {
                return FoldConcat(a, b);
            }
            if (op == Operator.Mult)
            {
                if (IsIntLike(a) && b.Kind is ConstantKind.Str or ConstantKind.Tuple)
                {
                    return FoldRepeat(b, AsBig(a));
                }
                if (IsIntLike(b) && a.Kind is ConstantKind.Str or ConstantKind.Tuple)
                {
                    return FoldRepeat(a, AsBig(b));
                }
                if (IsIntLike(a) && b.Kind == ConstantKind.Bytes)
                {
                    return FoldBytesRepeat(b, AsBig(a));
                }
                if (IsIntLike(b) && a.Kind == ConstantKind.Bytes)
                {
                    return FoldBytesRepeat(a, AsBig(b));
                }
            }
        }
        catch (OverflowException)
        {
            return null;
        }
        return null;
    }

    /// <summary>str + str and tuple + tuple; an empty operand gives the other operand itself.</summary>
    private static ConstantValue? FoldConcat(ConstantValue a, ConstantValue b)
    {
        if (a.Kind == ConstantKind.Str && b.Kind == ConstantKind.Str)
        {
            if (a.AsStr.Length == 0)
            {
                return b.WithExtraRefs(1);
            }
            if (b.AsStr.Length == 0)
            {
                return a.WithExtraRefs(1);
            }
            return ConstantValue.FromStr(a.AsStr + b.AsStr);
        }
        if (a.Kind == ConstantKind.Bytes && b.Kind == ConstantKind.Bytes)
        {
            // bytes_concat: an empty operand gives the other operand itself.
            if (a.AsBytes.Length == 0)
            {
                return b.WithExtraRefs(1);
            }
            if (b.AsBytes.Length == 0)
            {
                return a.WithExtraRefs(1);
            }
            return ConstantValue.FromBytes([.. a.AsBytes, .. b.AsBytes]);
        }
        if (a.Kind == ConstantKind.Tuple && b.Kind == ConstantKind.Tuple)
        {
            if (b.AsTuple.Count == 0)
            {
                return a.WithExtraRefs(1);
            }
            if (a.AsTuple.Count == 0)
            {
                return b.WithExtraRefs(1);
            }
            return ConstantValue.FromTuple([.. a.AsTuple, .. b.AsTuple]);
        }
        return null;
    }

    /// <summary>ast_opt.c safe_multiply for a str or tuple and an int, with its size limits.</summary>
    private static ConstantValue? FoldRepeat(ConstantValue seq, BigInteger bn)
    {
        bool isStr = seq.Kind == ConstantKind.Str;
        long size = isStr ? CodePointCount(seq.AsStr) : seq.AsTuple.Count;
        if (size == 0)
        {
            return seq.WithExtraRefs(1); // the empty str / tuple (immortal)
        }
        if (bn < 0 || bn > (isStr ? MaxStrSize : MaxCollectionSize) / size)
        {
            return null;
        }
        int n = (int)bn;
        if (!isStr && n != 0 && CheckComplexity(seq, MaxTotalItems / n) < 0)
        {
            return null;
        }
        if (n == 0)
        {
            return isStr ? ConstantValue.FromStr("") : ConstantValue.FromTuple([]);
        }
        if (n == 1)
        {
            return seq.WithExtraRefs(1); // str and tuple repeat by 1 return the object itself
        }
        if (isStr)
        {
            return ConstantValue.FromStr(string.Concat(Enumerable.Repeat(seq.AsStr, n)));
        }
        var items = new List<ConstantValue>(seq.AsTuple.Count * n);
        for (int i = 0; i < n; i++)
        {
            items.AddRange(seq.AsTuple);
        }
        return ConstantValue.FromTuple(items.ToArray());
    }

    /// <summary>safe_multiply for bytes: at most MAX_STR_SIZE bytes; bytes_repeat returns the operand when the size is unchanged.</summary>
    private static ConstantValue? FoldBytesRepeat(ConstantValue seq, BigInteger bn)
    {
        byte[] b = seq.AsBytes;
        if (b.Length > 0 && (bn < 0 || bn > MaxStrSize / b.Length))
        {
            return null;
        }
        long n = bn < 0 ? 0 : bn > MaxStrSize ? MaxStrSize : (long)bn;
        if (b.Length * n == b.Length)
        {
            return seq.WithExtraRefs(1);
        }
        var r = new byte[b.Length * n];
        for (long i = 0; i < n; i++)
        {
            b.CopyTo(r, i * b.Length);
        }
        return ConstantValue.FromBytes(r);
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        BigInteger q = BigInteger.DivRem(x, y, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
        {
            q -= 1;
        }
        return q;
    }

    private static double TrueDiv(BigInteger x, BigInteger y) => Runtime.Objects.IntType.TrueDivide(x, y);
}

/// <summary>A frozenset of constants produced by folding a set literal used with <c>in</c> or for iteration.</summary>
internal sealed class FoldedTuple(List<Constant> items, bool frozen) : Expr
{
    public List<Constant> Items { get; } = items;
    public bool Frozen { get; } = frozen;
}
