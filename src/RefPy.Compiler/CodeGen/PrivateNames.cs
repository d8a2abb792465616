// Mirrors CPython Python/compile.c _Py_Mangle: private names (__x) inside a class become _Class__x.
using RefPy.Compiler.Syntax;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Rewrites a class body's identifiers that start with two underscores (and do not end with two) to
/// <c>_ClassName__name</c>: names, attributes, parameters, def/class names and global/nonlocal declarations,
/// through nested functions, lambdas and comprehensions. A nested class's body is left for its own pass
/// (it mangles with its own name); its name, bases and decorators belong to the enclosing class.
/// </summary>
internal sealed class PrivateNames
{
    private readonly string prefix;

    private PrivateNames(string prefix) => this.prefix = prefix;

    public static void Mangle(ClassDef cd)
    {
        string stripped = cd.Name.TrimStart('_');
        if (stripped.Length == 0)
        {
            return;
        }
        var m = new PrivateNames("_" + stripped);
        m.Body(cd.Body);
    }

    private string Name(string n) =>
        n.StartsWith("__", StringComparison.Ordinal) && !n.EndsWith("__", StringComparison.Ordinal) && !n.Contains('.') ? prefix + n : n;

    private void Body(List<Stmt> body)
    {
        foreach (Stmt s in body)
        {
            Stmt(s);
        }
    }

    private void Opt(Expr? e)
    {
        if (e is not null)
        {
            Expr(e);
        }
    }

    private void Args(Arguments a)
    {
        foreach (Arg arg in a.PosOnlyArgs.Concat(a.Args).Concat(a.KwOnlyArgs))
        {
            arg.Name = Name(arg.Name);
        }
        if (a.VarArg is not null)
        {
            a.VarArg.Name = Name(a.VarArg.Name);
        }
        if (a.KwArg is not null)
        {
            a.KwArg.Name = Name(a.KwArg.Name);
        }
        a.Defaults.ForEach(Expr);
        a.KwDefaults.ForEach(Opt);
    }

    private void Stmt(Stmt s)
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
            case Global g: g.Names = g.Names.Select(Name).ToList(); break;
            case Nonlocal nl: nl.Names = nl.Names.Select(Name).ToList(); break;
            case Try t:
                Body(t.Body);
                foreach (ExceptHandler h in t.Handlers)
                {
                    Opt(h.Type);
                    if (h.Name is not null)
                    {
                        h.Name = Name(h.Name);
                    }
                    Body(h.Body);
                }
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
            case FunctionDef fd:
                fd.Name = Name(fd.Name);
                fd.DecoratorList.ForEach(Expr);
                Args(fd.Args);
                Body(fd.Body);
                break;
            case ClassDef cd:
                cd.Name = Name(cd.Name);
                cd.DecoratorList.ForEach(Expr);
                cd.Bases.ForEach(Expr);
                foreach (Keyword k in cd.Keywords)
                {
                    Expr(k.Value);
                }
                break;
            case Import im:
                foreach (Alias al in im.Names)
                {
                    if (al.AsName is not null)
                    {
                        al.AsName = Name(al.AsName);
                    }
                }
                break;
            case ImportFrom imf:
                foreach (Alias al in imf.Names)
                {
                    al.AsName = al.AsName is null ? (Name(al.Name) == al.Name ? null : Name(al.Name)) : Name(al.AsName);
                }
                break;
        }
    }

    private void Expr(Expr e)
    {
        switch (e)
        {
            case Name n: n.Id = Name(n.Id); break;
            case AttributeExpr a: Expr(a.Value); a.Attr = Name(a.Attr); break;
            case BoolOp b: b.Values.ForEach(Expr); break;
            case NamedExpr ne: Expr(ne.Target); Expr(ne.Value); break;
            case BinOp b: Expr(b.Left); Expr(b.Right); break;
            case UnaryOp u: Expr(u.Operand); break;
            case Lambda l: Args(l.Args); Expr(l.Body); break;
            case IfExp ie: Expr(ie.Test); Expr(ie.Body); Expr(ie.Orelse); break;
            case Dict d:
                d.Keys.ForEach(Opt);
                d.Values.ForEach(Expr);
                break;
            case Set s: s.Elts.ForEach(Expr); break;
            case ListComp lc: Comprehension(lc.Generators); Expr(lc.Elt); break;
            case SetComp sc: Comprehension(sc.Generators); Expr(sc.Elt); break;
            case DictComp dc: Comprehension(dc.Generators); Expr(dc.Key); Expr(dc.Value); break;
            case GeneratorExp ge: Comprehension(ge.Generators); Expr(ge.Elt); break;
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
            case Subscript s: Expr(s.Value); Expr(s.Slice); break;
            case Starred st: Expr(st.Value); break;
            case List l: l.Elts.ForEach(Expr); break;
            case TupleExpr t: t.Elts.ForEach(Expr); break;
            case Slice sl: Opt(sl.Lower); Opt(sl.Upper); Opt(sl.Step); break;
        }
    }

    private void Comprehension(List<Comprehension> gens)
    {
        foreach (Comprehension g in gens)
        {
            Expr(g.Target);
            Expr(g.Iter);
            g.Ifs.ForEach(Expr);
        }
    }
}
