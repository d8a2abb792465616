namespace RefPy.Compiler.Syntax;

/// <summary>Assignment/deletion targets: context setting, validation, and CPython's names for expressions.</summary>
public sealed partial class Parser
{
    /// <summary>star_targets of for-loops and comprehensions: primaries (no comparisons), optionally a tuple.</summary>
    private Expr StarTargets()
    {
        var start = Cur;
        int startIndex = _p;
        var first = StarTarget();
        Expr result = first;
        if (AtOp(","))
        {
            var elts = new List<Expr> { first };
            while (TryOp(","))
            {
                if (!StartsExpression(Cur) && !AtOp("*"))
                {
                    break;
                }
                elts.Add(StarTarget());
            }
            result = Fin(new TupleExpr(elts, ExprContext.Store), start);
        }
        if (!_noInvalidChecks && StartsExpression(Cur))
        {
            throw MissingCommaOrInvalidSyntax(startIndex, result);
        }
        if (InvalidTarget(result, ExprContext.Store) is { } bad)
        {
            throw Error($"cannot assign to {ExprName(bad)}", bad);
        }
        SetContext(result, ExprContext.Store);
        return result;
    }

    private Expr StarTarget()
    {
        if (AtOp("*"))
        {
            var star = Advance();
            var value = StarTarget();
            return Fin(new Starred(value, ExprContext.Store), star);
        }
        return BitwiseOr();
    }

    /// <summary>
    /// Validates and sets the context of an assignment (Store) or del (Del) target,
    /// throwing "cannot assign to X" / "cannot delete X" at the first invalid sub-expression.
    /// </summary>
    private void SetContext(Expr target, ExprContext ctx)
    {
        if (InvalidTarget(target, ctx) is { } bad)
        {
            throw Error(ctx == ExprContext.Del ? $"cannot delete {ExprName(bad)}" : $"cannot assign to {ExprName(bad)}",
                bad);
        }
        ApplyContext(target, ctx);
    }

    private static void ApplyContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case AttributeExpr a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred s:
                s.Ctx = ctx;
                ApplyContext(s.Value, ctx);
                break;
            case List l:
                l.Ctx = ctx;
                foreach (var elt in l.Elts)
                {
                    ApplyContext(elt, ctx);
                }
                break;
            case TupleExpr t:
                t.Ctx = ctx;
                foreach (var elt in t.Elts)
                {
                    ApplyContext(elt, ctx);
                }
                break;
        }
    }

    /// <summary>CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null.</summary>
    private static Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name or AttributeExpr or Subscript:
                return null;
            case List l:
                return FirstInvalid(l.Elts, ctx);
            case TupleExpr t:
                return FirstInvalid(t.Elts, ctx);
            case Starred s:
                return ctx == ExprContext.Del ? e : InvalidTarget(s.Value, ctx);
            default:
                return e;
        }
    }

    private static Expr? FirstInvalid(List<Expr> elts, ExprContext ctx)
    {
        foreach (var elt in elts)
        {
            if (InvalidTarget(elt, ctx) is { } bad)
            {
                return bad;
            }
        }
        return null;
    }

    /// <summary>True for expressions CPython's grammar produces at the bitwise_or level or below.</summary>
    private static bool IsBitwiseOrLevel(Expr e) => e switch
    {
        Compare or BoolOp or IfExp or Lambda or NamedExpr or Starred or Yield or YieldFrom => false,
        UnaryOp { Op: UnaryOperator.Not } => false,
        _ => true,
    };

    /// <summary>CPython's _PyPegen_get_expr_name.</summary>
    internal static string ExprName(Expr e) => e switch
    {
        AttributeExpr => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value.Kind switch
        {
            ConstantKind.None => "None",
            ConstantKind.True => "True",
            ConstantKind.False => "False",
            ConstantKind.Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
