// Mirrors CPython Python/compile.c _Py_Mangle: private names (__x) inside a class become _Class__x.
using RefPy.Compiler.Syntax;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Rewrites a class body's identifiers that start with two underscores (and do not end with two) to
/// <c>_ClassName__name</c>: names, attributes, parameters, def/class names and global/nonlocal declarations,
/// through nested functions, lambdas and comprehensions. A nested class's body is left for its own pass
/// (it mangles with its own name); its name, bases and decorators belong to the enclosing class.
/// </summary>
internal sealed class PrivateNames : AstWalker
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
        new PrivateNames("_" + stripped).Body(cd.Body);
    }

    private string Mangled(string n) =>
        n.StartsWith("__", StringComparison.Ordinal) && !n.EndsWith("__", StringComparison.Ordinal) && !n.Contains('.') ? prefix + n : n;

    protected override void Arguments(Arguments a)
    {
        foreach (Arg arg in a.PosOnlyArgs.Concat(a.Args).Concat(a.KwOnlyArgs))
        {
            arg.Name = Mangled(arg.Name);
        }
        if (a.VarArg is not null)
        {
            a.VarArg.Name = Mangled(a.VarArg.Name);
        }
        if (a.KwArg is not null)
        {
            a.KwArg.Name = Mangled(a.KwArg.Name);
        }
        base.Arguments(a);
    }

    protected override void FunctionDef(FunctionDef fd)
    {
        fd.Name = Mangled(fd.Name);
        base.FunctionDef(fd);
    }

    protected override void ClassDef(ClassDef cd)
    {
        cd.Name = Mangled(cd.Name);
        ClassHeader(cd);
    }

    protected override void ExceptHandler(ExceptHandler h)
    {
        if (h.Name is not null)
        {
            h.Name = Mangled(h.Name);
        }
        base.ExceptHandler(h);
    }

    public override void Stmt(Stmt s)
    {
        switch (s)
        {
            case Global g:
                g.Names = g.Names.Select(Mangled).ToList();
                break;
            case Nonlocal nl:
                nl.Names = nl.Names.Select(Mangled).ToList();
                break;
            case Import im:
                foreach (Alias al in im.Names)
                {
                    if (al.AsName is not null)
                    {
                        al.AsName = Mangled(al.AsName);
                    }
                }
                break;
            case ImportFrom imf:
                foreach (Alias al in imf.Names)
                {
                    al.AsName = al.AsName is null ? (Mangled(al.Name) == al.Name ? null : Mangled(al.Name)) : Mangled(al.AsName);
                }
                break;
            default:
                base.Stmt(s);
                break;
        }
    }

    protected override void Name(Name n) => n.Id = Mangled(n.Id);

    public override void Expr(Expr e)
    {
        if (e is AttributeExpr a)
        {
            a.Attr = Mangled(a.Attr);
        }
        base.Expr(e);
    }
}
