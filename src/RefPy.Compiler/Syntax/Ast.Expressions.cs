namespace RefPy.Compiler.Syntax;

public sealed class BoolOp(BoolOperator op, List<Expr> values) : Expr
{
    public BoolOperator Op { get; set; } = op;
    public List<Expr> Values { get; set; } = values;
}

public sealed class NamedExpr(Expr target, Expr value) : Expr
{
    public Expr Target { get; set; } = target;
    public Expr Value { get; set; } = value;
}

public sealed class BinOp(Expr left, Operator op, Expr right) : Expr
{
    public Expr Left { get; set; } = left;
    public Operator Op { get; set; } = op;
    public Expr Right { get; set; } = right;
}

public sealed class UnaryOp(UnaryOperator op, Expr operand) : Expr
{
    public UnaryOperator Op { get; set; } = op;
    public Expr Operand { get; set; } = operand;
}

public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args { get; set; } = args;
    public Expr Body { get; set; } = body;
}

public sealed class IfExp(Expr test, Expr body, Expr orelse) : Expr
{
    public Expr Test { get; set; } = test;
    public Expr Body { get; set; } = body;
    public Expr Orelse { get; set; } = orelse;
}

/// <summary>ast.Dict; a null key means <c>**Values[i]</c>.</summary>
public sealed class Dict(List<Expr?> keys, List<Expr> values) : Expr
{
    public List<Expr?> Keys { get; set; } = keys;
    public List<Expr> Values { get; set; } = values;
}

public sealed class Set(List<Expr> elts) : Expr
{
    public List<Expr> Elts { get; set; } = elts;
}

public sealed class ListComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; set; } = elt;
    public List<Comprehension> Generators { get; set; } = generators;
}

public sealed class SetComp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; set; } = elt;
    public List<Comprehension> Generators { get; set; } = generators;
}

public sealed class DictComp(Expr key, Expr value, List<Comprehension> generators) : Expr
{
    public Expr Key { get; set; } = key;
    public Expr Value { get; set; } = value;
    public List<Comprehension> Generators { get; set; } = generators;
}

public sealed class GeneratorExp(Expr elt, List<Comprehension> generators) : Expr
{
    public Expr Elt { get; set; } = elt;
    public List<Comprehension> Generators { get; set; } = generators;
}

public sealed class Await(Expr value) : Expr
{
    public Expr Value { get; set; } = value;
}

public sealed class Yield(Expr? value) : Expr
{
    public Expr? Value { get; set; } = value;
}

public sealed class YieldFrom(Expr value) : Expr
{
    public Expr Value { get; set; } = value;
}

/// <summary>ast.Compare: <c>Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...</c>.</summary>
public sealed class Compare(Expr left, List<CmpOp> ops, List<Expr> comparators) : Expr
{
    public Expr Left { get; set; } = left;
    public List<CmpOp> Ops { get; set; } = ops;
    public List<Expr> Comparators { get; set; } = comparators;
}

public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func { get; set; } = func;
    public List<Expr> Args { get; set; } = args;
    public List<Keyword> Keywords { get; set; } = keywords;
}

/// <summary>
/// ast.FormattedValue: one <c>{Value!conv:spec}</c> field of an f-string. Conversion is -1 (none) or the
/// character code of 's', 'r' or 'a', as in CPython.
/// </summary>
public sealed class FormattedValue(Expr value, int conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value { get; set; } = value;
    public int Conversion { get; set; } = conversion;
    public JoinedStr? FormatSpec { get; set; } = formatSpec;
}

/// <summary>ast.JoinedStr: an f-string; Values are <see cref="Constant"/> (str) and <see cref="FormattedValue"/>.</summary>
public sealed class JoinedStr(List<Expr> values) : Expr
{
    public List<Expr> Values { get; set; } = values;
}

/// <summary>ast.Constant; Kind is "u" for strings written with a u prefix, otherwise null.</summary>
public sealed class Constant(ConstantValue value, string? kind = null) : Expr
{
    public ConstantValue Value { get; set; } = value;
    public string? Kind { get; set; } = kind;
}

/// <summary>ast.Attribute.</summary>
public sealed class AttributeExpr(Expr value, string attr, ExprContext ctx) : Expr
{
    public Expr Value { get; set; } = value;
    public string Attr { get; set; } = attr;
    public ExprContext Ctx { get; set; } = ctx;
}

public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr
{
    public Expr Value { get; set; } = value;
    public Expr Slice { get; set; } = slice;
    public ExprContext Ctx { get; set; } = ctx;
}

public sealed class Starred(Expr value, ExprContext ctx) : Expr
{
    public Expr Value { get; set; } = value;
    public ExprContext Ctx { get; set; } = ctx;
}

public sealed class Name(string id, ExprContext ctx) : Expr
{
    public string Id { get; set; } = id;
    public ExprContext Ctx { get; set; } = ctx;
}

public sealed class List(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts { get; set; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
}

/// <summary>ast.Tuple.</summary>
public sealed class TupleExpr(List<Expr> elts, ExprContext ctx) : Expr
{
    public List<Expr> Elts { get; set; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
}

/// <summary>ast.Slice: <c>Lower:Upper:Step</c> (only valid directly in a subscript or a subscript tuple).</summary>
public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower { get; set; } = lower;
    public Expr? Upper { get; set; } = upper;
    public Expr? Step { get; set; } = step;
}
