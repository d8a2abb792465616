namespace RefPy.Compiler.Syntax;

// The AST mirrors CPython 3.12's `ast` module (see Ast.Statements.cs / Ast.Expressions.cs).
// Naming: Python names are kept except where they would clash with BCL types in consumer code:
//   ast.Expr (statement)  -> ExprStmt
//   ast.Attribute         -> AttributeExpr
//   ast.Tuple             -> TupleExpr
// AsyncFunctionDef / AsyncFor / AsyncWith / TryStar are FunctionDef / For / With / Try with IsAsync / IsStar set.

/// <summary>Base of all AST nodes. Lines are 1-based, columns 0-based (UTF-16 code units), end exclusive.</summary>
public abstract class Node
{
    public int Line { get; set; }
    public int Col { get; set; }
    public int EndLine { get; set; }
    public int EndCol { get; set; }

    /// <summary>Copies the location of <paramref name="other"/>.</summary>
    public void CopyLocation(Node other)
    {
        Line = other.Line;
        Col = other.Col;
        EndLine = other.EndLine;
        EndCol = other.EndCol;
    }
}

public abstract class Stmt : Node;

public abstract class Expr : Node;

public enum ExprContext : byte
{
    Load,
    Store,
    Del,
}

public enum Operator : byte
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

public enum UnaryOperator : byte
{
    Invert,
    Not,
    UAdd,
    USub,
}

public enum BoolOperator : byte
{
    And,
    Or,
}

public enum CmpOp : byte
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// <summary>The root of a parsed file (ast.Module; type_ignores are always empty).</summary>
public sealed class Module(List<Stmt> body) : Node
{
    public List<Stmt> Body { get; set; } = body;
}

/// <summary>ast.arguments (no location, as in CPython).</summary>
public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs { get; set; } = [];
    public List<Arg> Args { get; set; } = [];
    public Arg? VarArg { get; set; }
    public List<Arg> KwOnlyArgs { get; set; } = [];

    /// <summary>One entry per KwOnlyArgs element; null where that argument has no default.</summary>
    public List<Expr?> KwDefaults { get; set; } = [];

    public Arg? KwArg { get; set; }

    /// <summary>Defaults of the last <c>Defaults.Count</c> positional (PosOnlyArgs + Args) parameters.</summary>
    public List<Expr> Defaults { get; set; } = [];
}

/// <summary>ast.arg: a parameter.</summary>
public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name { get; set; } = name;
    public Expr? Annotation { get; set; } = annotation;
}

/// <summary>ast.keyword: <c>Arg=Value</c> in a call or class bases; Arg is null for <c>**Value</c>.</summary>
public sealed class Keyword(string? arg, Expr value) : Node
{
    public string? Arg { get; set; } = arg;
    public Expr Value { get; set; } = value;
}

/// <summary>ast.alias: an imported name with optional <c>as</c> name.</summary>
public sealed class Alias(string name, string? asName) : Node
{
    public string Name { get; set; } = name;
    public string? AsName { get; set; } = asName;
}

/// <summary>ast.withitem (no location).</summary>
public sealed class WithItem(Expr contextExpr, Expr? optionalVars) : Node
{
    public Expr ContextExpr { get; set; } = contextExpr;
    public Expr? OptionalVars { get; set; } = optionalVars;
}

/// <summary>ast.ExceptHandler.</summary>
public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type { get; set; } = type;
    public string? Name { get; set; } = name;
    public List<Stmt> Body { get; set; } = body;
}

/// <summary>ast.comprehension (no location): <c>[async] for Target in Iter if Ifs...</c>.</summary>
public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs, bool isAsync) : Node
{
    public Expr Target { get; set; } = target;
    public Expr Iter { get; set; } = iter;
    public List<Expr> Ifs { get; set; } = ifs;
    public bool IsAsync { get; set; } = isAsync;
}
