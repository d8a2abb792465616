// Mirrors CPython Python/symtable.c: which names a scope binds, which it shares with nested functions
// (cell variables) and which it takes from enclosing functions (free variables).
using RefPy.Compiler.Syntax;

namespace RefPy.Compiler.CodeGen;

internal enum ScopeKind { Module, Function, Class }

/// <summary>How the code generator reaches a name from one scope.</summary>
internal enum NameKind
{
    /// <summary>A fast local (LOAD_FAST).</summary>
    Fast,
    /// <summary>A local shared with nested functions through a cell (LOAD_DEREF).</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through this function's closure (LOAD_DEREF).</summary>
    Free,
    /// <summary>Declared <c>global</c> (LOAD_GLOBAL / STORE_GLOBAL).</summary>
    GlobalExplicit,
    /// <summary>Not bound anywhere visible: a global or builtin (LOAD_GLOBAL).</summary>
    GlobalImplicit,
    /// <summary>Module and class bodies: looked up in the locals dict (LOAD_NAME / STORE_NAME).</summary>
    Name,
}

/// <summary>
/// The symbol table of one code unit. Locals of a function are numbered parameters first, then in the
/// order they are first bound; cell and free variables follow, each group sorted by name, as in CPython.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly HashSet<string> bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> cells = new(StringComparer.Ordinal);
    private readonly HashSet<string> frees = new(StringComparer.Ordinal);

    private Scope(ScopeKind kind, Scope? parent)
    {
        Kind = kind;
        Parent = parent;
    }

    public ScopeKind Kind { get; }
    public Scope? Parent { get; }
    public bool IsModule => Kind == ScopeKind.Module;
    public bool IsFunction => Kind == ScopeKind.Function;
    public bool IsClass => Kind == ScopeKind.Class;
    public bool IsGenerator { get; private set; }
    public List<string> Locals { get; } = new();
    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Nonlocals { get; } = new(StringComparer.Ordinal);
    /// <summary>Sorted names of this scope's cells (locals that nested functions use).</summary>
    public List<string> CellVars { get; } = new();
    /// <summary>Sorted names this scope takes from enclosing functions.</summary>
    public List<string> FreeVars { get; } = new();

    public static Scope ForModule() => new(ScopeKind.Module, null);

    /// <summary>A module scope; comprehension variables captured by nested functions become its cells.</summary>
    public static Scope ForModule(List<Stmt> body)
    {
        var s = new Scope(ScopeKind.Module, null);
        var use = new NameUses();
        use.Body(body);
        s.AddComprehensionCells(use);
        return s;
    }

    private void AddComprehensionCells(NameUses use)
    {
        foreach (string n in use.ComprehensionCells)
        {
            if (Globals.Contains(n))
            {
                continue;
            }
            if (IsFunction)
            {
                bound.Add(n);
                AddLocal(n);
            }
            if (cells.Add(n))
            {
                CellVars.Add(n);
            }
        }
        CellVars.Sort(StringComparer.Ordinal);
    }

    public bool IsCell(string name) => cells.Contains(name);

    public static Scope ForFunction(FunctionDefLike function, Scope parent, Expr? lambdaBody = null)
    {
        var s = new Scope(ScopeKind.Function, parent);
        NameUses use = s.AnalyzeFunction(function, lambdaBody);
        s.IsGenerator = use.HasYield;
        if (use.Used.Contains("super") && parent.IsClass)
        {
            use.Used.Add("__class__");
        }
        s.Resolve(use);
        return s;
    }

    /// <summary>Binds a function's parameters and the names its body binds; returns what the body reads.</summary>
    private NameUses AnalyzeFunction(FunctionDefLike function, Expr? lambdaBody)
    {
        Arguments args = function.Args;
        foreach (Arg a in args.PosOnlyArgs.Concat(args.Args).Concat(args.KwOnlyArgs))
        {
            AddLocal(a.Name);
        }
        if (args.VarArg is not null)
        {
            AddLocal(args.VarArg.Name);
        }
        if (args.KwArg is not null)
        {
            AddLocal(args.KwArg.Name);
        }
        bound.UnionWith(Locals);
        var use = new NameUses();
        if (lambdaBody is not null)
        {
            use.Expr(lambdaBody);
            return use;
        }
        AnalyzeBody(function.Body);
        use.Body(function.Body);
        return use;
    }

    private void AnalyzeBody(List<Stmt> body)
    {
        foreach (Stmt st in body)
        {
            CollectDeclarations(st);
        }
        foreach (Stmt st in body)
        {
            Collect(st);
        }
    }

    public static Scope ForClass(ClassDef c, Scope parent)
    {
        var s = new Scope(ScopeKind.Class, parent);
        s.AnalyzeBody(c.Body);
        var use = new NameUses();
        use.Body(c.Body);
        bool needsClassCell = use.ChildFree.Remove("__class__");
        s.Resolve(use);
        if (needsClassCell)
        {
            s.cells.Add("__class__");
            s.CellVars.Add("__class__");
            s.CellVars.Sort(StringComparer.Ordinal);
        }
        return s;
    }

    /// <summary>The free variables a nested scope built from this node asks of its parent (for analysis).</summary>
    internal static HashSet<string> FreeOf(FunctionDefLike function, Expr? lambdaBody)
    {
        var tmp = new Scope(ScopeKind.Function, null);
        NameUses use = tmp.AnalyzeFunction(function, lambdaBody);
        if (use.Used.Contains("super"))
        {
            use.Used.Add("__class__");
        }
        var free = new HashSet<string>(use.Used, StringComparer.Ordinal);
        free.UnionWith(use.ChildFree);
        free.ExceptWith(tmp.bound);
        free.ExceptWith(tmp.Globals);
        free.UnionWith(tmp.Nonlocals);
        return free;
    }

    internal static HashSet<string> FreeOf(ClassDef c)
    {
        var tmp = new Scope(ScopeKind.Class, null);
        tmp.AnalyzeBody(c.Body);
        var use = new NameUses();
        use.Body(c.Body);
        var free = new HashSet<string>(use.Used, StringComparer.Ordinal);
        free.ExceptWith(tmp.bound);
        free.UnionWith(use.ChildFree);
        free.Remove("__class__");
        free.ExceptWith(tmp.Globals);
        free.UnionWith(tmp.Nonlocals);
        return free;
    }

    private void Resolve(NameUses use)
    {
        if (!IsClass)
        {
            foreach (string n in use.ComprehensionCells)
            {
                if (!Globals.Contains(n))
                {
                    bound.Add(n);
                    AddLocal(n);
                    cells.Add(n);
                }
            }
        }
        var wanted = new HashSet<string>(use.Used, StringComparer.Ordinal);
        wanted.UnionWith(use.ChildFree);
        wanted.UnionWith(Nonlocals);
        foreach (string n in wanted)
        {
            if (Globals.Contains(n))
            {
                continue;
            }
            bool isBoundHere = bound.Contains(n) && !Nonlocals.Contains(n);
            if (isBoundHere)
            {
                if (IsFunction && use.ChildFree.Contains(n))
                {
                    cells.Add(n);
                }
                if (IsClass && use.ChildFree.Contains(n) && Parent!.IsAvailable(n))
                {
                    frees.Add(n); // methods see the enclosing function's variable, not the class attribute
                }
                continue;
            }
            if (Parent is not null && Parent.IsAvailable(n))
            {
                frees.Add(n);
            }
            else if (Nonlocals.Contains(n))
            {
                throw new PyCompileError("no binding for nonlocal '" + n + "' found", 0, 0);
            }
        }
        CellVars.AddRange(cells.OrderBy(x => x, StringComparer.Ordinal));
        FreeVars.AddRange(frees.OrderBy(x => x, StringComparer.Ordinal));
    }

    /// <summary>Whether a nested function can reach this name through a closure from this scope.</summary>
    private bool IsAvailable(string n)
    {
        if (IsModule)
        {
            return cells.Contains(n);
        }
        if (IsFunction)
        {
            if (Globals.Contains(n))
            {
                return false;
            }
            if (bound.Contains(n) || frees.Contains(n) || cells.Contains(n))
            {
                return true;
            }
        }
        if (IsClass && n == "__class__")
        {
            return true;
        }
        return Parent is not null && Parent.IsAvailable(n);
    }

    public NameKind Resolve(string name)
    {
        if (Globals.Contains(name))
        {
            return NameKind.GlobalExplicit;
        }
        if (IsModule)
        {
            return NameKind.Name;
        }
        if (IsClass)
        {
            return frees.Contains(name) && !bound.Contains(name) ? NameKind.Free : NameKind.Name;
        }
        if (cells.Contains(name))
        {
            return NameKind.Cell;
        }
        if (frees.Contains(name))
        {
            return NameKind.Free;
        }
        if (index.ContainsKey(name) || bound.Contains(name))
        {
            return NameKind.Fast;
        }
        return NameKind.GlobalImplicit;
    }

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

    /// <summary>
    /// The position of a cell or free variable among the cell+free variables (CellVars then FreeVars); the
    /// code generator turns it into a slot once all fast locals are known.
    /// </summary>
    public int DerefIndex(string name)
    {
        int i = CellVars.IndexOf(name);
        if (i >= 0)
        {
            return i;
        }
        i = FreeVars.IndexOf(name);
        return i < 0 ? -1 : CellVars.Count + i;
    }

    private void CollectDeclarations(Stmt s)
    {
        switch (s)
        {
            case Global g:
                foreach (string n in g.Names)
                {
                    Globals.Add(n);
                }
                break;
            case Nonlocal nl:
                foreach (string n in nl.Names)
                {
                    Nonlocals.Add(n);
                }
                break;
            case If i:
                i.Body.ForEach(CollectDeclarations);
                i.Orelse.ForEach(CollectDeclarations);
                break;
            case While w:
                w.Body.ForEach(CollectDeclarations);
                w.Orelse.ForEach(CollectDeclarations);
                break;
            case For f:
                f.Body.ForEach(CollectDeclarations);
                f.Orelse.ForEach(CollectDeclarations);
                break;
            case Try t:
                t.Body.ForEach(CollectDeclarations);
                t.Orelse.ForEach(CollectDeclarations);
                t.Finalbody.ForEach(CollectDeclarations);
                foreach (ExceptHandler h in t.Handlers)
                {
                    h.Body.ForEach(CollectDeclarations);
                }
                break;
            case With w2:
                w2.Body.ForEach(CollectDeclarations);
                break;
        }
    }

    private void Bind(string name)
    {
        if (Globals.Contains(name) || Nonlocals.Contains(name))
        {
            return;
        }
        bound.Add(name);
        if (IsFunction)
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

    /// <summary>Assignment expressions (x := v) bind x in this scope, even inside comprehensions.</summary>
    private void CollectWalrus(Stmt s)
    {
        var finder = new WalrusTargets();
        finder.Stmt(s);
        foreach (string n in finder.Names)
        {
            Bind(n);
        }
    }

    private void Collect(Stmt s)
    {
        CollectWalrus(s);
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
                foreach (ExceptHandler h in t.Handlers)
                {
                    if (h.Name is not null)
                    {
                        Bind(h.Name);
                    }
                    h.Body.ForEach(Collect);
                }
                t.Orelse.ForEach(Collect);
                t.Finalbody.ForEach(Collect);
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

/// <summary>
/// Walks one scope's statements and expressions (not the bodies of nested functions and classes) and
/// records the names it reads, the free names nested scopes need, and whether it yields.
/// </summary>
internal sealed class NameUses : AstWalker
{
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ChildFree { get; } = new(StringComparer.Ordinal);
    /// <summary>Comprehension variables that nested scopes capture: cells of the enclosing scope (PEP 709).</summary>
    public HashSet<string> ComprehensionCells { get; } = new(StringComparer.Ordinal);
    public bool HasYield { get; private set; }

    protected override void FunctionDef(FunctionDef fd)
    {
        fd.DecoratorList.ForEach(Expr);
        Arguments(fd.Args);
        ChildFree.UnionWith(Scope.FreeOf(new FunctionDefLike(fd.Name, fd.Args, fd.Body), null));
    }

    protected override void ClassDef(ClassDef cd)
    {
        ClassHeader(cd);
        ChildFree.UnionWith(Scope.FreeOf(cd));
    }

    protected override void Name(Name n)
    {
        if (n.Ctx == ExprContext.Load)
        {
            Used.Add(n.Id);
        }
    }

    protected override void Lambda(Lambda l)
    {
        Arguments(l.Args);
        ChildFree.UnionWith(Scope.FreeOf(new FunctionDefLike("<lambda>", l.Args, []), l.Body));
    }

    public override void Expr(Expr e)
    {
        if (e is Yield or YieldFrom)
        {
            HasYield = true;
        }
        base.Expr(e);
    }

    protected override void Comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr? value)
    {
        if (node is GeneratorExp)
        {
            GeneratorExpression(gens, elt);
            return;
        }
        // The comprehension's own targets are its locals; everything else it reads belongs to this scope.
        var inner = new NameUses();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < gens.Count; i++)
        {
            if (i == 0)
            {
                Expr(gens[i].Iter);
            }
            else
            {
                inner.Expr(gens[i].Iter);
            }
            CollectTargets(gens[i].Target, targets);
            gens[i].Ifs.ForEach(inner.Expr);
        }
        inner.Expr(elt);
        if (value is not null)
        {
            inner.Expr(value);
        }
        inner.Used.ExceptWith(targets);
        Used.UnionWith(inner.Used);
        var childFree = new HashSet<string>(inner.ChildFree, StringComparer.Ordinal);
        var captured = new HashSet<string>(childFree, StringComparer.Ordinal);
        captured.IntersectWith(targets);
        ComprehensionCells.UnionWith(captured);
        ComprehensionCells.UnionWith(inner.ComprehensionCells);
        childFree.ExceptWith(targets);
        ChildFree.UnionWith(childFree);
        HasYield |= inner.HasYield;
    }

    /// <summary>A generator expression is its own function: what it reads (besides its targets) is free in it.</summary>
    private void GeneratorExpression(List<Comprehension> gens, Expr elt)
    {
        var inner = new NameUses();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        Expr(gens[0].Iter);
        for (int i = 0; i < gens.Count; i++)
        {
            if (i > 0)
            {
                inner.Expr(gens[i].Iter);
            }
            CollectTargets(gens[i].Target, targets);
            gens[i].Ifs.ForEach(inner.Expr);
        }
        inner.Expr(elt);
        inner.Used.UnionWith(inner.ChildFree);
        inner.Used.ExceptWith(targets);
        ChildFree.UnionWith(inner.Used);
    }

    private static void CollectTargets(Expr t, HashSet<string> into)
    {
        switch (t)
        {
            case Name n: into.Add(n.Id); break;
            case TupleExpr tu: tu.Elts.ForEach(x => CollectTargets(x, into)); break;
            case List l: l.Elts.ForEach(x => CollectTargets(x, into)); break;
            case Starred s: CollectTargets(s.Value, into); break;
        }
    }
}

/// <summary>
/// Finds the targets of assignment expressions in one statement's own expressions: not in nested statement
/// bodies (collected when the walk reaches them), nested functions, lambdas or classes.
/// </summary>
internal sealed class WalrusTargets : AstWalker
{
    public List<string> Names { get; } = new();

    public override void Stmt(Stmt s)
    {
        switch (s)
        {
            case ExprStmt e: Expr(e.Value); break;
            case Assign a: Expr(a.Value); break;
            case AugAssign au: Expr(au.Value); break;
            case Return r: Opt(r.Value); break;
            case If i: Expr(i.Test); break;
            case While w: Expr(w.Test); break;
            case For f: Expr(f.Iter); break;
        }
    }

    protected override void Lambda(Lambda l)
    {
    }

    protected override void Comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr? value)
    {
        if (node is not GeneratorExp)
        {
            base.Comprehension(node, gens, elt, value);
        }
    }

    public override void Expr(Expr e)
    {
        if (e is NamedExpr { Target: Name n })
        {
            Names.Add(n.Id);
        }
        base.Expr(e);
    }
}

/// <summary>A def or a lambda: what a function scope is made from.</summary>
internal sealed class FunctionDefLike(string name, Arguments args, List<Stmt> body)
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public List<Stmt> Body { get; } = body;
}
