namespace RefPy.Compiler.Syntax;

public sealed partial class Parser
{
    // ------------------------------------------------------------------ statements

    private void Statement(List<Stmt> into)
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "def":
                    into.Add(FunctionDef(t, [], isAsync: false));
                    return;
                case "class":
                    into.Add(ClassDef(t, []));
                    return;
                case "if":
                    into.Add(IfStmt());
                    return;
                case "while":
                    into.Add(WhileStmt());
                    return;
                case "for":
                    into.Add(ForStmt(t, isAsync: false));
                    return;
                case "with":
                    into.Add(WithStmt(t, isAsync: false));
                    return;
                case "try":
                    into.Add(TryStmt());
                    return;
                case "async":
                    into.Add(AsyncStmt());
                    return;
                case "match":
                case "type":
                    CheckUnsupportedSoftKeywordStatement(t);
                    break;
            }
        }
        else if (t.IsOp("@"))
        {
            into.Add(Decorated());
            return;
        }
        else if (t.Kind is TokenKind.Indent or TokenKind.Dedent)
        {
            throw InvalidSyntaxAt(t);
        }
        SimpleStmts(into);
    }

    private void SimpleStmts(List<Stmt> into)
    {
        while (true)
        {
            into.Add(SimpleStmt());
            if (TryOp(";"))
            {
                if (Cur.Kind == TokenKind.Newline)
                {
                    break;
                }
                continue;
            }
            break;
        }
        if (Cur.Kind != TokenKind.Newline)
        {
            throw InvalidSyntax();
        }
        Advance();
    }

    private Stmt SimpleStmt()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass":
                    Advance();
                    return Fin(new Pass(), t);
                case "break":
                    Advance();
                    return Fin(new Break(), t);
                case "continue":
                    Advance();
                    return Fin(new Continue(), t);
                case "return":
                    Advance();
                    return Fin(new Return(AtSimpleStmtEnd() ? null : StarExpressions()), t);
                case "raise":
                    return RaiseStmt();
                case "global":
                case "nonlocal":
                    return GlobalStmt();
                case "del":
                    return DelStmt();
                case "assert":
                    {
                        Advance();
                        var test = Expression();
                        var msg = TryOp(",") ? Expression() : null;
                        return Fin(new Assert(test, msg), t);
                    }
                case "import":
                    return ImportStmt();
                case "from":
                    return ImportFromStmt();
            }
        }
        return ExpressionOrAssignment();
    }

    private bool AtSimpleStmtEnd() => Cur.Kind == TokenKind.Newline || AtOp(";");

    private Stmt RaiseStmt()
    {
        var t = Advance();
        if (AtSimpleStmtEnd())
        {
            return Fin(new Raise(null, null), t);
        }
        var exc = Expression();
        var cause = TryKw("from") ? Expression() : null;
        return Fin(new Raise(exc, cause), t);
    }

    private Stmt GlobalStmt()
    {
        var t = Advance();
        var names = new List<string> { ExpectName() };
        while (TryOp(","))
        {
            names.Add(ExpectName());
        }
        return t.Text == "global" ? Fin(new Global(names), t) : Fin(new Nonlocal(names), t);
    }

    private Stmt DelStmt()
    {
        var t = Advance();
        var targets = new List<Expr>();
        while (true)
        {
            var e = StarExpression();
            targets.Add(e);
            if (!TryOp(",") || AtSimpleStmtEnd())
            {
                break;
            }
        }
        if (!AtSimpleStmtEnd())
        {
            throw InvalidSyntax();
        }
        foreach (var target in targets)
        {
            SetContext(target, ExprContext.Del);
        }
        return Fin(new Delete(targets), t);
    }

    private Stmt ImportStmt()
    {
        var t = Advance();
        var names = new List<Alias>();
        do
        {
            var start = Cur;
            string name = DottedName();
            string? asName = TryKw("as") ? ExpectName() : null;
            names.Add(Fin(new Alias(name, asName), start));
        } while (TryOp(","));
        return Fin(new Import(names), t);
    }

    private string DottedName()
    {
        string name = ExpectName();
        while (TryOp("."))
        {
            name = name + "." + ExpectName();
        }
        return name;
    }

    private Stmt ImportFromStmt()
    {
        var t = Advance();
        int level = 0;
        while (true)
        {
            if (TryOp("."))
            {
                level++;
            }
            else if (TryOp("..."))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }
        string? module = null;
        if (!AtKw("import") || level == 0)
        {
            module = DottedName();
        }
        ExpectKw("import");
        var names = new List<Alias>();
        if (AtOp("*"))
        {
            var star = Advance();
            names.Add(Fin(new Alias("*", null), star));
        }
        else if (TryOp("("))
        {
            do
            {
                if (AtOp(")") && names.Count > 0)
                {
                    break;
                }
                names.Add(ImportAsName());
            } while (TryOp(","));
            ExpectOp(")");
        }
        else
        {
            names.Add(ImportAsName());
            while (AtOp(","))
            {
                Advance();
                if (AtSimpleStmtEnd())
                {
                    throw Error("trailing comma not allowed without surrounding parentheses", Cur.Line, Cur.Col,
                        Cur.Line, Cur.Col + 1);
                }
                names.Add(ImportAsName());
            }
        }
        return Fin(new ImportFrom(module, names, level), t);
    }

    private Alias ImportAsName()
    {
        var start = Cur;
        string name = ExpectName();
        string? asName = TryKw("as") ? ExpectName() : null;
        return Fin(new Alias(name, asName), start);
    }

    // ------------------------------------------------------------------ expression statements and assignments

    private Stmt ExpressionOrAssignment()
    {
        var start = Cur;
        Expr first = AtKw("yield") ? YieldExpr() : StarExpressions();

        if (AtOp("="))
        {
            return Assignment(start, first);
        }
        if (AtOp(":"))
        {
            return AnnotatedAssignment(start, first);
        }
        if (Cur.Kind == TokenKind.Op && AugAssignOperator(Cur.Text) is { } op)
        {
            if (first is not (Name or AttributeExpr or Subscript))
            {
                throw Error($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
            }
            Advance();
            var value = AtKw("yield") ? YieldExpr() : StarExpressions();
            SetContext(first, ExprContext.Store);
            return Fin(new AugAssign(first, op, value), start);
        }
        return Fin(new ExprStmt(first), start);
    }

    private Stmt Assignment(Token start, Expr first)
    {
        var exprs = new List<Expr> { first };
        var firstValueStart = Peek(1);
        while (TryOp("="))
        {
            exprs.Add(AtKw("yield") ? YieldExpr() : StarExpressions());
        }
        var value = exprs[^1];
        exprs.RemoveAt(exprs.Count - 1);
        for (int i = 0; i < exprs.Count; i++)
        {
            var target = exprs[i];
            if (target is Yield or YieldFrom)
            {
                throw Error("assignment to yield expression not possible", target);
            }
            if (InvalidTarget(target, ExprContext.Store) is { } bad)
            {
                if (i == 0 && exprs.Count == 1)
                {
                    CheckMaybeMeantEquals(start, first, bad, firstValueStart, value);
                }
                throw Error($"cannot assign to {ExprName(bad)}", bad);
            }
        }
        foreach (var target in exprs)
        {
            SetContext(target, ExprContext.Store);
        }
        return Fin(new Assign(exprs, value), start);
    }

    /// <summary>
    /// CPython's invalid_named_expression applied to a statement "a = b": the expression directly before
    /// the '=' (the whole target, or the last element of an unparenthesized tuple) gets the
    /// "Maybe you meant '=='" messages.
    /// </summary>
    private void CheckMaybeMeantEquals(Token start, Expr target, Expr bad, Token valueStart, Expr value)
    {
        Expr last = target;
        if (target is TupleExpr tuple && !start.IsOp("("))
        {
            last = tuple.Elts[^1];
        }
        bool valueIsBitwiseOr = valueStart.Kind is TokenKind.Number or TokenKind.String ||
            (valueStart.Kind == TokenKind.Op && valueStart.Text is "(" or "[" or "{" or "-" or "+" or "~" or "...") ||
            (valueStart.Kind == TokenKind.Name && valueStart.Text is not ("yield" or "not" or "lambda"));
        if (!valueIsBitwiseOr)
        {
            return;
        }
        var valueEnd = value is TupleExpr vt && !valueStart.IsOp("(") ? vt.Elts[0] : value;
        if (last is Name && !ReferenceEquals(last, target))
        {
            throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last, valueEnd);
        }
        if (!ReferenceEquals(last, bad) && !ReferenceEquals(last, target))
        {
            return;
        }
        if (!ReferenceEquals(last, bad) || !IsBitwiseOrLevel(last))
        {
            return;
        }
        if (ReferenceEquals(last, target) && (start.IsOp("[") || start.IsName("True") || start.IsName("False") ||
            start.IsName("None") || (start.IsOp("(") && last is TupleExpr or GeneratorExp)))
        {
            return;
        }
        throw Error($"cannot assign to {ExprName(last)} here. Maybe you meant '==' instead of '='?", last);
    }

    private Stmt AnnotatedAssignment(Token start, Expr target)
    {
        switch (target)
        {
            case TupleExpr t when !start.IsOp("("):
                throw Error("only single target (not tuple) can be annotated", t.Elts[0]);
            case TupleExpr or List:
                throw Error($"only single target (not {ExprName(target)}) can be annotated", target);
            case Name or AttributeExpr or Subscript:
                break;
            default:
                throw Error("illegal target for annotation", target);
        }
        Advance(); // ':'
        var annotation = Expression();
        Expr? value = null;
        if (TryOp("="))
        {
            value = AtKw("yield") ? YieldExpr() : StarExpressions();
        }
        SetContext(target, ExprContext.Store);
        bool simple = target is Name && !start.IsOp("(");
        return Fin(new AnnAssign(target, annotation, value, simple), start);
    }

    private static Operator? AugAssignOperator(string op) => op switch
    {
        "+=" => Operator.Add,
        "-=" => Operator.Sub,
        "*=" => Operator.Mult,
        "@=" => Operator.MatMult,
        "/=" => Operator.Div,
        "%=" => Operator.Mod,
        "&=" => Operator.BitAnd,
        "|=" => Operator.BitOr,
        "^=" => Operator.BitXor,
        "<<=" => Operator.LShift,
        ">>=" => Operator.RShift,
        "**=" => Operator.Pow,
        "//=" => Operator.FloorDiv,
        _ => null,
    };

    // ------------------------------------------------------------------ blocks

    /// <summary>
    /// Parses ':' block. <paramref name="what"/> names the statement for
    /// "expected an indented block after {what} on line N".
    /// </summary>
    private List<Stmt> Block(string what, Token keyword)
    {
        ExpectColon();
        return BlockBody(what, keyword);
    }

    private void ExpectColon()
    {
        if (AtOp(":"))
        {
            Advance();
            return;
        }
        if (Cur.Kind == TokenKind.Newline)
        {
            throw Error("expected ':'", Cur.Line, Cur.Col, Cur.Line, Cur.Col + 1);
        }
        throw InvalidSyntax();
    }

    private List<Stmt> BlockBody(string what, Token keyword)
    {
        var body = new List<Stmt>();
        if (Cur.Kind != TokenKind.Newline)
        {
            SimpleStmts(body);
            return body;
        }
        Advance();
        var t = Cur;
        if (t.Kind != TokenKind.Indent)
        {
            string msg = $"expected an indented block after {what} on line {keyword.Line}";
            if (t.Kind == TokenKind.EndMarker || (t.Kind == TokenKind.Dedent && t.Start >= _src.Length))
            {
                // At end of file CPython (reading a script file) reports offset 0 on the last line.
                throw new PythonSyntaxError(msg, _filename, t.Line, 0, t.Line, -1, LineText(t.Line),
                    "IndentationError");
            }
            if (t.Kind == TokenKind.Dedent)
            {
                throw new PythonSyntaxError(msg, _filename, t.Line, 0, t.Line, -1, LineText(t.Line),
                    "IndentationError");
            }
            throw Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, "IndentationError");
        }
        Advance();
        while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker)
        {
            Statement(body);
        }
        if (Cur.Kind == TokenKind.Dedent)
        {
            Advance();
        }
        return body;
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt IfStmt()
    {
        var t = Advance(); // 'if' or 'elif'
        var test = NamedExpression();
        var body = Block(t.Text == "if" ? "'if' statement" : "'elif' statement", t);
        var orelse = new List<Stmt>();
        if (AtKw("elif"))
        {
            orelse.Add(IfStmt());
        }
        else if (AtKw("else"))
        {
            var e = Advance();
            orelse = Block("'else' statement", e);
        }
        return Fin(new If(test, body, orelse), t);
    }

    private Stmt WhileStmt()
    {
        var t = Advance();
        var test = NamedExpression();
        var body = Block("'while' statement", t);
        var orelse = ElseBlock();
        return Fin(new While(test, body, orelse), t);
    }

    private List<Stmt> ElseBlock()
    {
        if (!AtKw("else"))
        {
            return [];
        }
        var e = Advance();
        return Block("'else' statement", e);
    }

    private Stmt ForStmt(Token start, bool isAsync)
    {
        var t = Advance(); // 'for'
        var target = StarTargets();
        ExpectKw("in");
        var iter = StarExpressions();
        var body = Block("'for' statement", t);
        var orelse = ElseBlock();
        return Fin(new For(target, iter, body, orelse, isAsync), start);
    }

    private Stmt WithStmt(Token start, bool isAsync)
    {
        var t = Advance(); // 'with'
        var items = new List<WithItem>();
        if (AtOp("(") && !Peek(1).IsOp(")") && !Peek(1).IsName("yield") && ParenthesizedWithItemsAhead())
        {
            Advance();
            do
            {
                if (AtOp(")") && items.Count > 0)
                {
                    break;
                }
                items.Add(WithItem());
            } while (TryOp(","));
            ExpectOp(")");
        }
        else
        {
            do
            {
                items.Add(WithItem());
            } while (TryOp(","));
        }
        var body = Block("'with' statement", t);
        return Fin(new With(items, body, isAsync), start);
    }

    /// <summary>True when the '(' at the current token closes right before the with statement's ':'.</summary>
    private bool ParenthesizedWithItemsAhead()
    {
        int depth = 0;
        for (int k = 0; ; k++)
        {
            var t = PeekRaw(k);
            if (t.Kind is TokenKind.EndMarker or TokenKind.Newline)
            {
                return false;
            }
            if (t.Kind != TokenKind.Op)
            {
                continue;
            }
            if (t.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (t.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return PeekRaw(k + 1).IsOp(":");
                }
            }
        }
    }

    private WithItem WithItem()
    {
        var e = Expression();
        Expr? vars = null;
        if (TryKw("as"))
        {
            vars = StarTarget();
            if (InvalidTarget(vars, ExprContext.Store) is { } bad)
            {
                throw Error($"cannot assign to {ExprName(bad)}", bad);
            }
            SetContext(vars, ExprContext.Store);
        }
        return new WithItem(e, vars);
    }

    private Stmt TryStmt()
    {
        var t = Advance();
        var body = Block("'try' statement", t);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (AtKw("except"))
        {
            var ex = Advance();
            bool isStar = TryOp("*");
            if (star != null && star != isStar)
            {
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!AtOp(":"))
            {
                type = Expression();
                if (AtOp(","))
                {
                    var typeStart = type;
                    while (TryOp(","))
                    {
                        if (AtOp(":") || AtKw("as"))
                        {
                            break;
                        }
                        Expression();
                    }
                    throw Error("multiple exception types must be parenthesized", typeStart.Line, typeStart.Col,
                        Prev.EndLine, Prev.EndCol);
                }
                if (TryKw("as"))
                {
                    name = ExpectName();
                }
            }
            else if (isStar)
            {
                throw Error("expected one or more exception types", Cur);
            }
            var hbody = Block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.Add(Fin(new ExceptHandler(type, name, hbody), ex));
        }
        var orelse = handlers.Count > 0 ? ElseBlock() : [];
        var finalbody = new List<Stmt>();
        if (AtKw("finally"))
        {
            var f = Advance();
            finalbody = Block("'finally' statement", f);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            throw Error("expected 'except' or 'finally' block", Cur);
        }
        return Fin(new Try(body, handlers, orelse, finalbody, star == true), t);
    }

    private Stmt AsyncStmt()
    {
        var a = Advance();
        var t = Cur;
        return t.Text switch
        {
            "def" when t.Kind == TokenKind.Name => FunctionDef(a, [], isAsync: true),
            "for" when t.Kind == TokenKind.Name => ForStmt(a, isAsync: true),
            "with" when t.Kind == TokenKind.Name => WithStmt(a, isAsync: true),
            _ => throw InvalidSyntax(),
        };
    }

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (AtOp("@"))
        {
            Advance();
            decorators.Add(NamedExpression());
            if (Cur.Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }
            Advance();
        }
        var t = Cur;
        if (t.IsName("def"))
        {
            return FunctionDef(t, decorators, isAsync: false);
        }
        if (t.IsName("class"))
        {
            return ClassDef(t, decorators);
        }
        if (t.IsName("async") && Peek(1).IsName("def"))
        {
            Advance();
            return FunctionDef(t, decorators, isAsync: true);
        }
        throw InvalidSyntax();
    }

    private Stmt FunctionDef(Token start, List<Expr> decorators, bool isAsync)
    {
        var def = Advance(); // 'def'
        string name = ExpectName();
        if (AtOp("["))
        {
            throw Error("RefPy does not support type parameter lists (PEP 695)", Cur);
        }
        if (!AtOp("("))
        {
            throw Error("expected '('", Cur);
        }
        Advance();
        var args = Parameters(lambda: false);
        ExpectOp(")");
        Expr? returns = null;
        if (AtOp("->"))
        {
            var arrow = Advance();
            if (!StartsExpression(Cur))
            {
                throw Error("expected ':'", arrow);
            }
            returns = Expression();
        }
        var body = Block("function definition", def);
        return Fin(new FunctionDef(name, args, body, decorators, returns, isAsync), start);
    }

    private Stmt ClassDef(Token start, List<Expr> decorators)
    {
        var cls = Advance();
        string name = ExpectName();
        if (AtOp("["))
        {
            throw Error("RefPy does not support type parameter lists (PEP 695)", Cur);
        }
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (TryOp("("))
        {
            CallArguments(bases, keywords, allowGenexp: false);
            ExpectOp(")");
        }
        var body = Block("class definition", cls);
        return Fin(new ClassDef(name, bases, keywords, body, decorators), start);
    }

    /// <summary>
    /// Reports soft-keyword statements RefPy does not support ('match', 'type X = ...') with a clear
    /// message instead of a confusing "invalid syntax".
    /// </summary>
    private void CheckUnsupportedSoftKeywordStatement(Token t)
    {
        var next = PeekRaw(1);
        bool startsOperand = next.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String ||
            next.IsOp("[") || next.IsOp("{") || next.IsOp("-") || next.IsOp("*") || next.IsOp("(");
        if (!startsOperand || (next.Kind == TokenKind.Name && Keywords.Contains(next.Text) &&
            next.Text is not ("None" or "True" or "False" or "not" or "lambda" or "await")))
        {
            return;
        }
        if (t.Text == "type")
        {
            if (IsPlainName(next) && (PeekRaw(2).IsOp("=") || PeekRaw(2).IsOp("[")))
            {
                throw Error("RefPy does not support the 'type' statement (PEP 695)", t);
            }
            return;
        }
        // match: a line ending with ':' whose first operand is not a call/subscript of 'match'.
        int depth = 0;
        for (int k = 1; ; k++)
        {
            var tok = PeekRaw(k);
            if (tok.Kind is TokenKind.EndMarker)
            {
                return;
            }
            if (tok.Kind == TokenKind.Newline)
            {
                if (depth == 0 && PeekRaw(k - 1).IsOp(":"))
                {
                    throw Error("RefPy does not support the 'match' statement", t);
                }
                return;
            }
            if (tok.Kind == TokenKind.Op)
            {
                if (tok.Text is "(" or "[" or "{")
                {
                    depth++;
                }
                else if (tok.Text is ")" or "]" or "}")
                {
                    depth--;
                }
                else if (depth == 0 && tok.Text is "=" or ";")
                {
                    return;
                }
            }
        }
    }
}
