// Mirrors CPython Python/ast_opt.c (3.12): constant folding with its size limits.
using System.Numerics;
using RefPy.Compiler.Syntax;
using Compare = RefPy.Compiler.Syntax.Compare;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Folds constant sub-expressions the way CPython 3.12's AST optimizer does, so the same objects end up as
/// code constants (and so reference counts match): unary and binary operators on constants within
/// CPython's limits, tuples of constants, and list/set literals used with <c>in</c> or as a for-loop iterable.
/// </summary>
internal static class ConstantFolder
{
    private const int MaxIntSize = 128;
    private const int MaxStrSize = 4096;

    public static Expr Fold(Expr e)
    {
        switch (e)
        {
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
                    return new FoldedTuple(t.Elts.Cast<Constant>().ToList(), false) { Line = e.Line, Col = e.Col, EndLine = e.EndLine, EndCol = e.EndCol };
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
            default:
                return e;
        }
    }

    /// <summary>A list or set literal of constants used only for iteration or membership becomes a constant tuple / frozenset.</summary>
    public static Expr FoldIterable(Expr e)
    {
        if (e is List l && l.Elts.All(x => x is Constant) && l.Elts.Count > 0)
        {
            return new FoldedTuple(l.Elts.Cast<Constant>().ToList(), false) { Line = e.Line, Col = e.Col, EndLine = e.EndLine, EndCol = e.EndCol };
        }
        if (e is Set s && s.Elts.All(x => x is Constant) && s.Elts.Count > 0)
        {
            return new FoldedTuple(s.Elts.Cast<Constant>().ToList(), true) { Line = e.Line, Col = e.Col, EndLine = e.EndLine, EndCol = e.EndCol };
        }
        return e;
    }

    private static Constant Make(ConstantValue v, Expr at) => new(v) { Line = at.Line, Col = at.Col, EndLine = at.EndLine, EndCol = at.EndCol };

    private static ConstantValue? FoldUnary(UnaryOperator op, ConstantValue v)
    {
        switch (op)
        {
            case UnaryOperator.USub:
                if (v.Kind == ConstantKind.Int)
                {
                    return ConstantValue.FromInt(-v.AsInt);
                }
                if (v.Kind == ConstantKind.Float)
                {
                    return ConstantValue.FromFloat(-v.AsFloat);
                }
                if (v.Kind is ConstantKind.True or ConstantKind.False)
                {
                    return ConstantValue.FromInt(v.Kind == ConstantKind.True ? -1 : 0);
                }
                return null;
            case UnaryOperator.UAdd:
                if (v.Kind is ConstantKind.Int or ConstantKind.Float)
                {
                    return v;
                }
                return null;
            case UnaryOperator.Invert:
                if (v.Kind == ConstantKind.Int)
                {
                    return ConstantValue.FromInt(-v.AsInt - 1);
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
        ConstantKind.Int => !v.AsInt.IsZero,
        ConstantKind.Float => v.AsFloat != 0,
        ConstantKind.Str => v.AsStr.Length != 0,
        _ => null,
    };

    private static bool IsIntLike(ConstantValue v) => v.Kind is ConstantKind.Int or ConstantKind.True or ConstantKind.False;

    private static BigInteger AsBig(ConstantValue v) => v.Kind == ConstantKind.Int ? v.AsInt : v.Kind == ConstantKind.True ? 1 : 0;

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
                        return ConstantValue.FromInt(BigInteger.Pow(x, (int)y));
                    case Operator.LShift:
                        if (y.Sign < 0)
                        {
                            return null;
                        }
                        if (!x.IsZero && (y > MaxIntSize || (long)x.GetBitLength() > MaxIntSize - (long)y))
                        {
                            return null;
                        }
                        return ConstantValue.FromInt(x << (int)y);
                    case Operator.RShift:
                        return y.Sign < 0 ? null : ConstantValue.FromInt(y > 100000 ? (x.Sign < 0 ? -1 : 0) : x >> (int)y);
                    case Operator.BitAnd: return ConstantValue.FromInt(x & y);
                    case Operator.BitOr: return ConstantValue.FromInt(x | y);
                    case Operator.BitXor: return ConstantValue.FromInt(x ^ y);
                    default: return null;
                }
            }
            if ((a.Kind == ConstantKind.Float || IsIntLike(a)) && (b.Kind == ConstantKind.Float || IsIntLike(b)))
            {
                double x = a.Kind == ConstantKind.Float ? a.AsFloat : (double)AsBig(a);
                double y = b.Kind == ConstantKind.Float ? b.AsFloat : (double)AsBig(b);
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
                        return double.IsInfinity(p) ? null : ConstantValue.FromFloat(p);
                    default: return null;
                }
            }
            if (a.Kind == ConstantKind.Str && b.Kind == ConstantKind.Str && op == Operator.Add)
            {
                string s = a.AsStr + b.AsStr;
                return s.Length > MaxStrSize ? null : ConstantValue.FromStr(s);
            }
            if (op == Operator.Mult && ((a.Kind == ConstantKind.Str && IsIntLike(b)) || (b.Kind == ConstantKind.Str && IsIntLike(a))))
            {
                string s = a.Kind == ConstantKind.Str ? a.AsStr : b.AsStr;
                BigInteger n = a.Kind == ConstantKind.Str ? AsBig(b) : AsBig(a);
                if (n.Sign > 0 && s.Length > 0 && (n > MaxStrSize || s.Length * (long)n > MaxStrSize))
                {
                    return null;
                }
                if (n.Sign <= 0)
                {
                    return ConstantValue.FromStr("");
                }
                return ConstantValue.FromStr(string.Concat(Enumerable.Repeat(s, (int)n)));
            }
        }
        catch (OverflowException)
        {
            return null;
        }
        return null;
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

/// <summary>A tuple (or frozenset) of constants produced by folding: one code constant.</summary>
internal sealed class FoldedTuple(List<Constant> items, bool frozen) : Expr
{
    public List<Constant> Items { get; } = items;
    public bool Frozen { get; } = frozen;
}
