namespace RefPy.Compiler.Syntax;

/// <summary>
/// Visits every statement and expression of a tree in source order. Each node type has a virtual method whose
/// default visits the node's children; a pass overrides the nodes it cares about (and decides for those
/// whether to go deeper). Used by the compiler's analysis passes (symbol collection, name mangling).
/// </summary>
internal abstract class AstWalker
{
    public void Body(List<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            Stmt(s);
        }
    }

    protected void Opt(Expr? e)
    {
        if (e is not null)
        {
            Expr(e);
        }
    }

    /// <summary>The expressions of a parameter list evaluated where the function is defined: its defaults.</summary>
    protected virtual void Arguments(Arguments a)
    {
        a.Defaults.ForEach(Expr);
        a.KwDefaults.ForEach(Opt);
    }

    protected virtual void FunctionDef(FunctionDef fd)
    {
        fd.DecoratorList.ForEach(Expr);
        Arguments(fd.Args);
        Body(fd.Body);
    }

    protected virtual void ClassDef(ClassDef cd)
    {
        ClassHeader(cd);
        Body(cd.Body);
    }

    /// <summary>What a class statement evaluates in the enclosing scope: decorators, bases, keywords.</summary>
    protected void ClassHeader(ClassDef cd)
    {
        cd.DecoratorList.ForEach(Expr);
        cd.Bases.ForEach(Expr);
        foreach (Keyword k in cd.Keywords)
        {
            Expr(k.Value);
        }
    }

    protected virtual void ExceptHandler(ExceptHandler h)
    {
        Opt(h.Type);
        Body(h.Body);
    }

    public virtual void Stmt(Stmt s)
    {
        switch (s)
        {
            case ExprStmt e: Expr(e.Value); break;
            case Assign a: a.Targets.ForEach(Expr); Expr(a.Value); break;
            case AugAssign au: Expr(au.Target); Expr(au.Value); break;
            case AnnAssign an: Expr(an.Target); Opt(an.Value); Expr(an.Annotation); break;
            case Delete d: d.Targets.ForEach(Expr); break;
            case Return r: Opt(r.Value); break;
            case If i: Expr(i.Test); Body(i.Body); Body(i.Orelse); break;
            case While w: Expr(w.Test); Body(w.Body); Body(w.Orelse); break;
            case For f: Expr(f.Target); Expr(f.Iter); Body(f.Body); Body(f.Orelse); break;
            case Raise r: Opt(r.Exc); Opt(r.Cause); break;
            case Assert a: Expr(a.Test); Opt(a.Msg); break;
            case Try t:
                Body(t.Body);
                t.Handlers.ForEach(ExceptHandler);
                Body(t.Orelse);
                Body(t.Finalbody);
                break;
            case With w:
                foreach (WithItem it in w.Items)
                {
                    Expr(it.ContextExpr);
                    Opt(it.OptionalVars);
                }
                Body(w.Body);
                break;
            case FunctionDef fd: FunctionDef(fd); break;
            case ClassDef cd: ClassDef(cd); break;
        }
    }

    protected virtual void Name(Name n)
    {
    }

    protected virtual void Lambda(Lambda l)
    {
        Arguments(l.Args);
        Expr(l.Body);
    }

    /// <summary>A list/set/dict comprehension or generator expression: elt (and value for dicts) and the for clauses.</summary>
    protected virtual void Comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr? value)
    {
        foreach (Comprehension g in gens)
        {
            Expr(g.Target);
            Expr(g.Iter);
            g.Ifs.ForEach(Expr);
        }
        Expr(elt);
        Opt(value);
    }

    public virtual void Expr(Expr e)
    {
        switch (e)
        {
            case Name n: Name(n); break;
            case BoolOp b: b.Values.ForEach(Expr); break;
            case NamedExpr ne: Expr(ne.Target); Expr(ne.Value); break;
            case BinOp b: Expr(b.Left); Expr(b.Right); break;
            case UnaryOp u: Expr(u.Operand); break;
            case Lambda l: Lambda(l); break;
            case IfExp ie: Expr(ie.Test); Expr(ie.Body); Expr(ie.Orelse); break;
            case Dict d:
                d.Keys.ForEach(Opt);
                d.Values.ForEach(Expr);
                break;
            case Set s: s.Elts.ForEach(Expr); break;
            case ListComp lc: Comprehension(lc, lc.Generators, lc.Elt, null); break;
            case SetComp sc: Comprehension(sc, sc.Generators, sc.Elt, null); break;
            case DictComp dc: Comprehension(dc, dc.Generators, dc.Key, dc.Value); break;
            case GeneratorExp ge: Comprehension(ge, ge.Generators, ge.Elt, null); break;
            case Await a: Expr(a.Value); break;
            case Yield y: Opt(y.Value); break;
            case YieldFrom yf: Expr(yf.Value); break;
            case Compare c: Expr(c.Left); c.Comparators.ForEach(Expr); break;
            case Call c:
                Expr(c.Func);
                c.Args.ForEach(Expr);
                foreach (Keyword k in c.Keywords)
                {
                    Expr(k.Value);
                }
                break;
            case FormattedValue fv: Expr(fv.Value); Opt(fv.FormatSpec); break;
            case JoinedStr js: js.Values.ForEach(Expr); break;
            case AttributeExpr a: Expr(a.Value); break;
            case Subscript s: Expr(s.Value); Expr(s.Slice); break;
            case Starred st: Expr(st.Value); break;
            case List l: l.Elts.ForEach(Expr); break;
            case TupleExpr t: t.Elts.ForEach(Expr); break;
            case Slice sl: Opt(sl.Lower); Opt(sl.Upper); Opt(sl.Step); break;
        }
    }
}
