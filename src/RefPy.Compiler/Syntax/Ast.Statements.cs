namespace RefPy.Compiler.Syntax;

/// <summary>ast.FunctionDef / ast.AsyncFunctionDef (type_params are not supported).</summary>
public sealed class FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
    Expr? returns, bool isAsync) : Stmt
{
    public string Name { get; set; } = name;
    public Arguments Args { get; set; } = args;
    public List<Stmt> Body { get; set; } = body;
    public List<Expr> DecoratorList { get; set; } = decoratorList;
    public Expr? Returns { get; set; } = returns;
    public bool IsAsync { get; set; } = isAsync;
}

public sealed class ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
    List<Expr> decoratorList) : Stmt
{
    public string Name { get; set; } = name;
    public List<Expr> Bases { get; set; } = bases;
    public List<Keyword> Keywords { get; set; } = keywords;
    public List<Stmt> Body { get; set; } = body;
    public List<Expr> DecoratorList { get; set; } = decoratorList;
}

public sealed class Return(Expr? value) : Stmt
{
    public Expr? Value { get; set; } = value;
}

public sealed class Delete(List<Expr> targets) : Stmt
{
    public List<Expr> Targets { get; set; } = targets;
}

public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets { get; set; } = targets;
    public Expr Value { get; set; } = value;
}

public sealed class AugAssign(Expr target, Operator op, Expr value) : Stmt
{
    public Expr Target { get; set; } = target;
    public Operator Op { get; set; } = op;
    public Expr Value { get; set; } = value;
}

/// <summary>ast.AnnAssign; Simple is true for a bare, unparenthesized Name target.</summary>
public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target { get; set; } = target;
    public Expr Annotation { get; set; } = annotation;
    public Expr? Value { get; set; } = value;
    public bool Simple { get; set; } = simple;
}

/// <summary>ast.For / ast.AsyncFor.</summary>
public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, bool isAsync) : Stmt
{
    public Expr Target { get; set; } = target;
    public Expr Iter { get; set; } = iter;
    public List<Stmt> Body { get; set; } = body;
    public List<Stmt> Orelse { get; set; } = orelse;
    public bool IsAsync { get; set; } = isAsync;
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt
{
    public Expr Test { get; set; } = test;
    public List<Stmt> Body { get; set; } = body;
    public List<Stmt> Orelse { get; set; } = orelse;
}

public sealed class If(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt
{
    public Expr Test { get; set; } = test;
    public List<Stmt> Body { get; set; } = body;
    public List<Stmt> Orelse { get; set; } = orelse;
}

/// <summary>ast.With / ast.AsyncWith.</summary>
public sealed class With(List<WithItem> items, List<Stmt> body, bool isAsync) : Stmt
{
    public List<WithItem> Items { get; set; } = items;
    public List<Stmt> Body { get; set; } = body;
    public bool IsAsync { get; set; } = isAsync;
}

public sealed class Raise(Expr? exc, Expr? cause) : Stmt
{
    public Expr? Exc { get; set; } = exc;
    public Expr? Cause { get; set; } = cause;
}

/// <summary>ast.Try / ast.TryStar (<c>except*</c>, IsStar = true).</summary>
public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
    bool isStar) : Stmt
{
    public List<Stmt> Body { get; set; } = body;
    public List<ExceptHandler> Handlers { get; set; } = handlers;
    public List<Stmt> Orelse { get; set; } = orelse;
    public List<Stmt> Finalbody { get; set; } = finalbody;
    public bool IsStar { get; set; } = isStar;
}

public sealed class Assert(Expr test, Expr? msg) : Stmt
{
    public Expr Test { get; set; } = test;
    public Expr? Msg { get; set; } = msg;
}

public sealed class Import(List<Alias> names) : Stmt
{
    public List<Alias> Names { get; set; } = names;
}

/// <summary>ast.ImportFrom; Module is null for <c>from . import x</c>; Level counts the leading dots.</summary>
public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module { get; set; } = module;
    public List<Alias> Names { get; set; } = names;
    public int Level { get; set; } = level;
}

public sealed class Global(List<string> names) : Stmt
{
    public List<string> Names { get; set; } = names;
}

public sealed class Nonlocal(List<string> names) : Stmt
{
    public List<string> Names { get; set; } = names;
}

/// <summary>ast.Expr: an expression statement.</summary>
public sealed class ExprStmt(Expr value) : Stmt
{
    public Expr Value { get; set; } = value;
}

public sealed class Pass : Stmt;

public sealed class Break : Stmt;

public sealed class Continue : Stmt;
