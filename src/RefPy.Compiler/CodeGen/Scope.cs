// Mirrors CPython Python/symtable.c, reduced to module and function scopes without closures.
using RefPy.Compiler.Syntax;

namespace RefPy.Compiler.CodeGen;

/// <summary>Which names a function binds (its fast locals) and which it declares global.</summary>
internal sealed class Scope
{
    public Scope(FunctionDefLike? function)
    {
        IsModule = function is null;
        if (function is not null)
        {
            foreach (Arg a in function.Args.PosOnlyArgs.Concat(function.Args.Args))
            {
                AddLocal(a.Name);
            }
            foreach (Arg a in function.Args.KwOnlyArgs)
            {
                AddLocal(a.Name);
            }
            if (function.Args.VarArg is not null)
            {
                AddLocal(function.Args.VarArg.Name);
            }
            if (function.Args.KwArg is not null)
            {
                AddLocal(function.Args.KwArg.Name);
            }
            foreach (Stmt s in function.Body)
            {
                CollectGlobals(s);
            }
            foreach (Stmt s in function.Body)
            {
                Collect(s);
            }
        }
    }

    public bool IsModule { get; }
    public List<string> Locals { get; } = new();
    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public int LocalIndex(string name) => index.TryGetValue(name, out int i) ? i : -1;

    public int AddLocal(string name)
    {
        if (!index.TryGetValue(name, out int i))
        {
            i = Locals.Count;
            index[name] = i;
            Locals.Add(name);
        }
        return i;
    }

    private void CollectGlobals(Stmt s)
    {
        switch (s)
        {
            case Global g:
                foreach (string n in g.Names)
                {
                    Globals.Add(n);
                }
                break;
            case If i:
                i.Body.ForEach(CollectGlobals);
                i.Orelse.ForEach(CollectGlobals);
                break;
            case While w:
                w.Body.ForEach(CollectGlobals);
                w.Orelse.ForEach(CollectGlobals);
                break;
            case For f:
                f.Body.ForEach(CollectGlobals);
                f.Orelse.ForEach(CollectGlobals);
                break;
        }
    }

    private void Bind(string name)
    {
        if (!Globals.Contains(name))
        {
            AddLocal(name);
        }
    }

    private void BindTarget(Expr t)
    {
        switch (t)
        {
            case Name n:
                Bind(n.Id);
                break;
            case TupleExpr tu:
                tu.Elts.ForEach(BindTarget);
                break;
            case List l:
                l.Elts.ForEach(BindTarget);
                break;
            case Starred st:
                BindTarget(st.Value);
                break;
        }
    }

    private void Collect(Stmt s)
    {
        switch (s)
        {
            case Assign a:
                a.Targets.ForEach(BindTarget);
                break;
            case AugAssign au:
                BindTarget(au.Target);
                break;
            case AnnAssign an:
                BindTarget(an.Target);
                break;
            case Delete d:
                d.Targets.ForEach(BindTarget);
                break;
            case For f:
                BindTarget(f.Target);
                f.Body.ForEach(Collect);
                f.Orelse.ForEach(Collect);
                break;
            case While w:
                w.Body.ForEach(Collect);
                w.Orelse.ForEach(Collect);
                break;
            case If i:
                i.Body.ForEach(Collect);
                i.Orelse.ForEach(Collect);
                break;
            case FunctionDef fd:
                Bind(fd.Name);
                break;
            case ClassDef cd:
                Bind(cd.Name);
                break;
            case Import im:
                foreach (Alias al in im.Names)
                {
                    Bind(al.AsName ?? al.Name.Split('.')[0]);
                }
                break;
            case ImportFrom imf:
                foreach (Alias al in imf.Names)
                {
                    Bind(al.AsName ?? al.Name);
                }
                break;
            case Try t:
                t.Body.ForEach(Collect);
                t.Orelse.ForEach(Collect);
                t.Finalbody.ForEach(Collect);
                foreach (ExceptHandler h in t.Handlers)
                {
                    if (h.Name is not null)
                    {
                        Bind(h.Name);
                    }
                    h.Body.ForEach(Collect);
                }
                break;
            case With w2:
                foreach (WithItem it in w2.Items)
                {
                    if (it.OptionalVars is not null)
                    {
                        BindTarget(it.OptionalVars);
                    }
                }
                w2.Body.ForEach(Collect);
                break;
        }
    }
}

/// <summary>A def or a lambda: what a function scope is made from.</summary>
internal sealed class FunctionDefLike(string name, Arguments args, List<Stmt> body)
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public List<Stmt> Body { get; } = body;
}
