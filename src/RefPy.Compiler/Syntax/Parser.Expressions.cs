namespace RefPy.Compiler.Syntax;

public sealed partial class Parser
{
    // Precedence, loosest first: lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts
    // < + - < * @ / // % < unary + - ~ < ** < await < primary.

    /// <summary>star_expressions: a Starred-or-expression, or an unparenthesized tuple of them.</summary>
    private Expr StarExpressions()
    {
        var start = Cur;
        var first = StarExpression();
        if (!AtOp(","))
        {
            return first;
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (!StartsExpression(Cur) && !AtOp("*"))
            {
                break;
            }
            elts.Add(StarExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr StarExpression()
    {
        if (AtOp("*"))
        {
            var star = Advance();
            var value = BitwiseOr();
            return Fin(new Starred(value, ExprContext.Load), star);
        }
        return Expression();
    }

    private Expr StarNamedExpression()
    {
        if (AtOp("*"))
        {
            var star = Advance();
            var value = BitwiseOr();
            return Fin(new Starred(value, ExprContext.Load), star);
        }
        return NamedExpression();
    }

    /// <summary>named_expression: <c>NAME := expression</c> or an expression.</summary>
    private Expr NamedExpression()
    {
        var start = Cur;
        if (IsPlainName(start) && Peek(1).IsOp(":="))
        {
            Advance();
            var target = Fin(new Name(start.Text, ExprContext.Store), start);
            Advance();
            var value = Expression();
            return Fin(new NamedExpr(target, value), start);
        }
        int startIndex = _p;
        var e = Expression();
        if (AtOp(":="))
        {
            throw Error($"cannot use assignment expressions with {ExprName(e)}", e);
        }
        if (AtOp("=") && !_noInvalidChecks)
        {
            CheckNamedExpressionEquals(start, startIndex, e);
        }
        return e;
    }

    /// <summary>CPython's invalid_named_expression: "x = 1" where only an expression is allowed.</summary>
    private void CheckNamedExpressionEquals(Token start, int startIndex, Expr a)
    {
        int save = _p;
        bool singleName = a is Name && _p == startIndex + 1;
        bool bitwiseOr = IsBitwiseOrLevel(a) || start.IsOp("(");
        bool excluded = start.IsOp("[") || start.IsName("True") || start.IsName("False") || start.IsName("None") ||
            (start.IsOp("(") && a is TupleExpr or GeneratorExp);
        if (!singleName && (!bitwiseOr || excluded))
        {
            return;
        }
        Advance(); // '='
        var b = TryParse(BitwiseOr);
        if (b != null && !AtOp("=") && !AtOp(":="))
        {
            if (singleName)
            {
                throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
            }
            throw Error($"cannot assign to {ExprName(a)} here. Maybe you meant '==' instead of '='?", a);
        }
        _p = save;
    }

    private Expr Expression()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (AtKw("lambda"))
        {
            return LambdaDef();
        }
        var start = Cur;
        int startIndex = _p;
        var a = Disjunction();
        if (AtKw("if"))
        {
            Advance();
            var test = Disjunction();
            if (!AtKw("else"))
            {
                if (!AtOp(":"))
                {
                    throw Error("expected 'else' after 'if' expression", a, test);
                }
                throw InvalidSyntax();
            }
            Advance();
            var orelse = Expression();
            return Fin(new IfExp(test, a, orelse), start);
        }
        if (!_noInvalidChecks && StartsExpression(Cur))
        {
            throw MissingCommaOrInvalidSyntax(startIndex, a);
        }
        return a;
    }

    /// <summary>
    /// An expression directly followed by another: CPython's invalid_expression and
    /// invalid_legacy_expression ("Perhaps you forgot a comma?", "Missing parentheses in call to 'print'").
    /// </summary>
    private PythonSyntaxError MissingCommaOrInvalidSyntax(int startIndex, Expr a)
    {
        int bIndex = _p;
        var bStart = Cur;
        var start = _tokens[startIndex];
        if (a is Name { Id: "print" or "exec" } legacy && bIndex == startIndex + 1 && !AtOp("("))
        {
            var b = TryParse(StarExpressions);
            if (b != null)
            {
                return Error($"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?", a, b);
            }
        }
        else if (!(start.Kind == TokenKind.Name && _tokens[startIndex + 1].Kind == TokenKind.String) &&
                 !(start.Kind == TokenKind.Name && start.Text is "match" or "case" or "_" or "type"))
        {
            var b = TryParse(Expression);
            if (b != null && Prev.Level > 0)
            {
                return Error("invalid syntax. Perhaps you forgot a comma?", a, b);
            }
        }
        _p = bIndex;
        _ = bStart;
        return InvalidSyntax();
    }

    /// <summary>Parses with the invalid-syntax checks disabled; on a parser error restores the position and returns null.</summary>
    private Expr? TryParse(Func<Expr> parse)
    {
        int save = _p;
        bool saveFlag = _noInvalidChecks;
        _noInvalidChecks = true;
        try
        {
            return parse();
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer && !e.IsUnclosedParen)
        {
            _p = save;
            return null;
        }
        finally
        {
            _noInvalidChecks = saveFlag;
        }
    }

    /// <summary>Tokens that can begin an expression (used to detect "a b").</summary>
    private static bool StartsExpression(Token t) => t.Kind switch
    {
        TokenKind.Number or TokenKind.String => true,
        TokenKind.Name => !Keywords.Contains(t.Text) ||
            t.Text is "True" or "False" or "None" or "not" or "lambda" or "await",
        TokenKind.Op => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "...",
        _ => false,
    };

    private Expr Disjunction()
    {
        var start = Cur;
        var first = Conjunction();
        if (!AtKw("or"))
        {
            return first;
        }
        var values = new List<Expr> { first };
        while (TryKw("or"))
        {
            values.Add(Conjunction());
        }
        return Fin(new BoolOp(BoolOperator.Or, values), start);
    }

    private Expr Conjunction()
    {
        var start = Cur;
        var first = Inversion();
        if (!AtKw("and"))
        {
            return first;
        }
        var values = new List<Expr> { first };
        while (TryKw("and"))
        {
            values.Add(Inversion());
        }
        return Fin(new BoolOp(BoolOperator.And, values), start);
    }

    private Expr Inversion()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (AtKw("not"))
        {
            var t = Advance();
            var operand = Inversion();
            return Fin(new UnaryOp(UnaryOperator.Not, operand), t);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        var start = Cur;
        var left = BitwiseOr();
        List<CmpOp>? ops = null;
        List<Expr>? comparators = null;
        while (TryComparisonOperator() is { } op)
        {
            ops ??= [];
            comparators ??= [];
            ops.Add(op);
            comparators.Add(BitwiseOr());
        }
        return ops == null ? left : Fin(new Compare(left, ops, comparators!), start);
    }

    private CmpOp? TryComparisonOperator()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Op)
        {
            CmpOp? op = t.Text switch
            {
                "==" => CmpOp.Eq,
                "!=" => CmpOp.NotEq,
                "<" => CmpOp.Lt,
                "<=" => CmpOp.LtE,
                ">" => CmpOp.Gt,
                ">=" => CmpOp.GtE,
                _ => null,
            };
            if (op != null)
            {
                Advance();
            }
            return op;
        }
        if (t.Kind != TokenKind.Name)
        {
            return null;
        }
        switch (t.Text)
        {
            case "in":
                Advance();
                return CmpOp.In;
            case "not" when Peek(1).IsName("in"):
                Advance();
                Advance();
                return CmpOp.NotIn;
            case "is":
                Advance();
                return TryKw("not") ? CmpOp.IsNot : CmpOp.Is;
            default:
                return null;
        }
    }

    private Expr BitwiseOr()
    {
        var start = Cur;
        var left = BitwiseXor();
        while (AtOp("|"))
        {
            Advance();
            left = Fin(new BinOp(left, Operator.BitOr, BitwiseXor()), start);
        }
        return left;
    }

    private Expr BitwiseXor()
    {
        var start = Cur;
        var left = BitwiseAnd();
        while (AtOp("^"))
        {
            Advance();
            left = Fin(new BinOp(left, Operator.BitXor, BitwiseAnd()), start);
        }
        return left;
    }

    private Expr BitwiseAnd()
    {
        var start = Cur;
        var left = ShiftExpr();
        while (AtOp("&"))
        {
            Advance();
            left = Fin(new BinOp(left, Operator.BitAnd, ShiftExpr()), start);
        }
        return left;
    }

    private Expr ShiftExpr()
    {
        var start = Cur;
        var left = Sum();
        while (true)
        {
            Operator op;
            if (AtOp("<<"))
            {
                op = Operator.LShift;
            }
            else if (AtOp(">>"))
            {
                op = Operator.RShift;
            }
            else
            {
                return left;
            }
            Advance();
            left = Fin(new BinOp(left, op, Sum()), start);
        }
    }

    private Expr Sum()
    {
        var start = Cur;
        var left = Term();
        while (true)
        {
            Operator op;
            if (AtOp("+"))
            {
                op = Operator.Add;
            }
            else if (AtOp("-"))
            {
                op = Operator.Sub;
            }
            else
            {
                return left;
            }
            Advance();
            left = Fin(new BinOp(left, op, Term()), start);
        }
    }

    private Expr Term()
    {
        var start = Cur;
        var left = Factor();
        while (true)
        {
            var t = Cur;
            if (t.Kind != TokenKind.Op)
            {
                return left;
            }
            Operator op;
            switch (t.Text)
            {
                case "*": op = Operator.Mult; break;
                case "/": op = Operator.Div; break;
                case "//": op = Operator.FloorDiv; break;
                case "%": op = Operator.Mod; break;
                case "@": op = Operator.MatMult; break;
                default: return left;
            }
            Advance();
            left = Fin(new BinOp(left, op, Factor()), start);
        }
    }

    private Expr Factor()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var t = Cur;
        if (t.Kind == TokenKind.Op)
        {
            UnaryOperator? op = t.Text switch
            {
                "+" => UnaryOperator.UAdd,
                "-" => UnaryOperator.USub,
                "~" => UnaryOperator.Invert,
                _ => null,
            };
            if (op != null)
            {
                Advance();
                var operand = Factor();
                return Fin(new UnaryOp(op.Value, operand), t);
            }
        }
        return Power();
    }

    private Expr Power()
    {
        var start = Cur;
        var left = AwaitPrimary();
        if (!AtOp("**"))
        {
            return left;
        }
        Advance();
        var right = Factor();
        return Fin(new BinOp(left, Operator.Pow, right), start);
    }

    private Expr AwaitPrimary()
    {
        if (AtKw("await"))
        {
            var t = Advance();
            var value = Primary();
            return Fin(new Await(value), t);
        }
        return Primary();
    }

    private Expr Primary()
    {
        var start = Cur;
        var e = Atom();
        while (true)
        {
            if (AtOp("."))
            {
                Advance();
                string attr = ExpectName();
                e = Fin(new AttributeExpr(e, attr, ExprContext.Load), start);
            }
            else if (AtOp("("))
            {
                var open = Advance();
                var args = new List<Expr>();
                var keywords = new List<Keyword>();
                bool bareGenexp = CallArguments(args, keywords, allowGenexp: true);
                ExpectOp(")");
                if (bareGenexp)
                {
                    Fin(args[0], open); // f(x for x in y): the generator expression spans the call's parentheses
                }
                e = Fin(new Call(e, args, keywords), start);
            }
            else if (AtOp("["))
            {
                Advance();
                var slice = Slices();
                ExpectOp("]");
                e = Fin(new Subscript(e, slice, ExprContext.Load), start);
            }
            else
            {
                return e;
            }
        }
    }

    /// <summary>
    /// Parses call arguments up to (not including) ')'. Returns true when the only argument is an
    /// unparenthesized generator expression.
    /// </summary>
    private bool CallArguments(List<Expr> args, List<Keyword> keywords, bool allowGenexp)
    {
        bool sawKeyword = false, sawDoubleStar = false, bareGenexp = false;
        while (!AtOp(")"))
        {
            var t = Cur;
            if (AtOp("*"))
            {
                Advance();
                var value = Expression();
                if (sawDoubleStar)
                {
                    throw Error("iterable argument unpacking follows keyword argument unpacking", t);
                }
                args.Add(Fin(new Starred(value, ExprContext.Load), t));
            }
            else if (AtOp("**"))
            {
                Advance();
                var value = Expression();
                keywords.Add(Fin(new Keyword(null, value), t));
                sawDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && Peek(1).IsOp("="))
            {
                if (t.Text is "True" or "False" or "None")
                {
                    throw Error($"cannot assign to {t.Text}", t, Peek(1));
                }
                if (Keywords.Contains(t.Text))
                {
                    throw InvalidSyntax();
                }
                Advance();
                Advance();
                var value = Expression();
                keywords.Add(Fin(new Keyword(t.Text, value), t));
                sawKeyword = true;
            }
            else
            {
                var e = IsPlainName(t) && Peek(1).IsOp(":=") ? NamedExpression() : Expression();
                if (AtOp("="))
                {
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", t, Cur);
                }
                if (AtCompFor())
                {
                    if (!allowGenexp)
                    {
                        throw InvalidSyntax();
                    }
                    var gens = ForIfClauses();
                    var genexp = Fin(new GeneratorExp(e, gens), t);
                    if (args.Count > 0 || keywords.Count > 0 || !AtOp(")"))
                    {
                        throw Error("Generator expression must be parenthesized", genexp);
                    }
                    args.Add(genexp);
                    bareGenexp = true;
                }
                else
                {
                    if (sawKeyword || sawDoubleStar)
                    {
                        throw Error(sawDoubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", Cur);
                    }
                    args.Add(e);
                }
            }
            if (!TryOp(","))
            {
                break;
            }
        }
        return bareGenexp;
    }

    /// <summary>slices: a single slice/expression, or a tuple of them (<c>a[1:2, ::3]</c>).</summary>
    private Expr Slices()
    {
        var start = Cur;
        var first = SliceItem();
        if (!AtOp(","))
        {
            // A lone starred item is still a tuple: a[*b] is a[(*b,)].
            return first is Starred ? Fin(new TupleExpr([first], ExprContext.Load), start) : first;
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("]"))
            {
                break;
            }
            elts.Add(SliceItem());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    private Expr SliceItem()
    {
        var start = Cur;
        if (AtOp("*"))
        {
            Advance();
            var value = Expression();
            return Fin(new Starred(value, ExprContext.Load), start);
        }
        Expr? lower = null;
        if (!AtOp(":"))
        {
            var e = NamedExpression();
            if (!AtOp(":"))
            {
                return e;
            }
            lower = e;
        }
        Advance(); // ':'
        Expr? upper = AtOp(":") || AtOp(",") || AtOp("]") ? null : Expression();
        Expr? step = null;
        if (TryOp(":"))
        {
            step = AtOp(",") || AtOp("]") ? null : Expression();
        }
        return Fin(new Slice(lower, upper, step), start);
    }

    // ------------------------------------------------------------------ atoms and displays

    private Expr Atom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "True":
                        Advance();
                        return Fin(new Constant(ConstantValue.True), t);
                    case "False":
                        Advance();
                        return Fin(new Constant(ConstantValue.False), t);
                    case "None":
                        Advance();
                        return Fin(new Constant(ConstantValue.None), t);
                }
                if (Keywords.Contains(t.Text))
                {
                    throw InvalidSyntax();
                }
                Advance();
                return Fin(new Name(t.Text, ExprContext.Load), t);
            case TokenKind.Number:
                Advance();
                return Fin(new Constant(Literals.ParseNumber(t.Text)), t);
            case TokenKind.String:
                return Strings();
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(":
                        return ParenAtom();
                    case "[":
                        return ListAtom();
                    case "{":
                        return BraceAtom();
                    case "...":
                        Advance();
                        return Fin(new Constant(ConstantValue.Ellipsis), t);
                }
                break;
        }
        throw InvalidSyntax();
    }

    /// <summary>Tuple, group, generator expression or parenthesized yield.</summary>
    private Expr ParenAtom()
    {
        var open = Advance();
        if (TryOp(")"))
        {
            return Fin(new TupleExpr([], ExprContext.Load), open);
        }
        if (AtKw("yield"))
        {
            var y = YieldExpr();
            ExpectOp(")");
            return y;
        }
        var first = StarNamedExpression();
        if (first is not Starred && AtCompFor())
        {
            var gens = ForIfClauses();
            ExpectOp(")");
            return Fin(new GeneratorExp(first, gens), open);
        }
        if (AtOp(")"))
        {
            if (first is Starred)
            {
                throw Error("cannot use starred expression here", first);
            }
            Advance();
            return first;
        }
        if (!AtOp(","))
        {
            throw InvalidSyntax();
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp(")"))
            {
                break;
            }
            elts.Add(StarNamedExpression());
        }
        ExpectOp(")");
        return Fin(new TupleExpr(elts, ExprContext.Load), open);
    }

    private Expr ListAtom()
    {
        var open = Advance();
        if (TryOp("]"))
        {
            return Fin(new List([], ExprContext.Load), open);
        }
        var first = StarNamedExpression();
        if (first is not Starred && AtCompFor())
        {
            var gens = ForIfClauses();
            ExpectOp("]");
            return Fin(new ListComp(first, gens), open);
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("]"))
            {
                break;
            }
            elts.Add(StarNamedExpression());
        }
        ExpectOp("]");
        return Fin(new List(elts, ExprContext.Load), open);
    }

    /// <summary>Dict, set, dict comprehension or set comprehension.</summary>
    private Expr BraceAtom()
    {
        var open = Advance();
        if (TryOp("}"))
        {
            return Fin(new Dict([], []), open);
        }
        if (AtOp("**"))
        {
            return DictRest(open, [], []);
        }
        var first = StarNamedExpression();
        if (first is not Starred && AtOp(":"))
        {
            Advance();
            var value = Expression();
            if (AtCompFor())
            {
                var gens = ForIfClauses();
                ExpectOp("}");
                return Fin(new DictComp(first, value, gens), open);
            }
            if (AtOp("}"))
            {
                Advance();
                return Fin(new Dict([first], [value]), open);
            }
            ExpectOp(",");
            return DictRest(open, [first], [value]);
        }
        if (first is not Starred && AtCompFor())
        {
            var gens = ForIfClauses();
            ExpectOp("}");
            return Fin(new SetComp(first, gens), open);
        }
        var elts = new List<Expr> { first };
        while (TryOp(","))
        {
            if (AtOp("}"))
            {
                break;
            }
            elts.Add(StarNamedExpression());
        }
        ExpectOp("}");
        return Fin(new Set(elts), open);
    }

    /// <summary>Remaining <c>key: value</c> / <c>**mapping</c> items of a dict display, then '}'.</summary>
    private Expr DictRest(Token open, List<Expr?> keys, List<Expr> values)
    {
        while (!AtOp("}"))
        {
            if (TryOp("**"))
            {
                keys.Add(null);
                values.Add(BitwiseOr());
            }
            else
            {
                var key = Expression();
                if (!AtOp(":"))
                {
                    if (AtOp(",") || AtOp("}"))
                    {
                        throw new PythonSyntaxError("':' expected after dictionary key", _filename, key.Line,
                            key.Col + 1, key.EndLine, 0, LineText(key.Line));
                    }
                    throw InvalidSyntax();
                }
                Advance();
                keys.Add(key);
                values.Add(Expression());
            }
            if (!TryOp(","))
            {
                break;
            }
        }
        ExpectOp("}");
        return Fin(new Dict(keys, values), open);
    }

    private bool AtCompFor() => AtKw("for") || (AtKw("async") && Peek(1).IsName("for"));

    private List<Comprehension> ForIfClauses()
    {
        var generators = new List<Comprehension>();
        while (AtCompFor())
        {
            bool isAsync = TryKw("async");
            Advance(); // 'for'
            var target = StarTargets();
            ExpectKw("in");
            var iter = Disjunction();
            var ifs = new List<Expr>();
            while (TryKw("if"))
            {
                ifs.Add(Disjunction());
            }
            generators.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return generators;
    }

    private Expr YieldExpr()
    {
        var t = Advance(); // 'yield'
        if (TryKw("from"))
        {
            var value = Expression();
            return Fin(new YieldFrom(value), t);
        }
        if (StartsExpression(Cur) || AtOp("*"))
        {
            var value = StarExpressions();
            return Fin(new Yield(value), t);
        }
        return Fin(new Yield(null), t);
    }

    // ------------------------------------------------------------------ lambda and parameters

    private Expr LambdaDef()
    {
        var t = Advance(); // 'lambda'
        var args = AtOp(":") ? new Arguments() : Parameters(lambda: true);
        ExpectOp(":");
        var body = Expression();
        return Fin(new Lambda(args, body), t);
    }

    /// <summary>Parameter list of a def (up to ')') or a lambda (up to ':').</summary>
    private Arguments Parameters(bool lambda)
    {
        var a = new Arguments();
        string end = lambda ? ":" : ")";
        bool sawSlash = false, sawStar = false, sawDefault = false;
        Token? bareStar = null;
        while (!AtOp(end))
        {
            var t = Cur;
            if (AtOp("/"))
            {
                if (sawStar)
                {
                    throw Error("/ must be ahead of *", t);
                }
                if (sawSlash)
                {
                    throw Error("/ may appear only once", t);
                }
                if (a.Args.Count == 0)
                {
                    throw PeekRaw(1).IsOp(",") ? Error("at least one argument must precede /", t) : InvalidSyntax();
                }
                Advance();
                a.PosOnlyArgs = a.Args;
                a.Args = [];
                sawSlash = true;
            }
            else if (AtOp("*"))
            {
                if (sawStar)
                {
                    throw Error("* argument may appear only once", t);
                }
                Advance();
                sawStar = true;
                if (AtOp(",") || AtOp(end))
                {
                    bareStar = t;
                }
                else
                {
                    a.VarArg = Param(lambda, allowStarredAnnotation: true);
                    if (AtOp("="))
                    {
                        throw Error("var-positional argument cannot have default value", Cur);
                    }
                }
            }
            else if (AtOp("**"))
            {
                Advance();
                a.KwArg = Param(lambda, allowStarredAnnotation: false);
                if (AtOp("="))
                {
                    throw Error("var-keyword argument cannot have default value", Cur);
                }
                TryOp(",");
                if (!AtOp(end))
                {
                    throw Error("arguments cannot follow var-keyword argument", Cur);
                }
                break;
            }
            else
            {
                var p = Param(lambda, allowStarredAnnotation: false);
                Expr? defaultValue = TryOp("=") ? Expression() : null;
                if (sawStar)
                {
                    a.KwOnlyArgs.Add(p);
                    a.KwDefaults.Add(defaultValue);
                }
                else
                {
                    if (defaultValue != null)
                    {
                        a.Defaults.Add(defaultValue);
                        sawDefault = true;
                    }
                    else if (sawDefault)
                    {
                        throw Error("parameter without a default follows parameter with a default", p);
                    }
                    a.Args.Add(p);
                }
            }
            if (!TryOp(","))
            {
                break;
            }
        }
        if (bareStar is { } star && a.KwOnlyArgs.Count == 0)
        {
            throw Error("named arguments must follow bare *", star);
        }
        return a;
    }

    private Arg Param(bool lambda, bool allowStarredAnnotation)
    {
        var t = Cur;
        string name = ExpectName();
        Expr? annotation = null;
        if (!lambda && TryOp(":"))
        {
            annotation = allowStarredAnnotation && AtOp("*") ? StarExpression() : Expression();
        }
        return Fin(new Arg(name, annotation), t);
    }
}
