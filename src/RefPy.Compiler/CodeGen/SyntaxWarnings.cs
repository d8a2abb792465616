// Mirrors CPython 3.12 Python/compile.c (check_compare, check_caller, compiler_warn), Parser/string_parser.c
// (warn_invalid_escape_sequence) and Python/_warnings.c (show_warning without the warnings module).
using RefPy.Compiler.Syntax;

namespace RefPy.Compiler.CodeGen;

/// <summary>
/// Compile-time SyntaxWarnings. CPython emits them while parsing and compiling, with no warning registry, so
/// each one is printed: "file:line: SyntaxWarning: message" then the source line (if the file can be read,
/// not for "&lt;string&gt;") without its leading whitespace. RefPy writes them to the running runtime's stderr.
/// </summary>
internal static class SyntaxWarnings
{
    public static void Warn(string filename, int line, string message)
    {
        Runtime.Runtime? rt = Runtime.Runtime.Current;
        if (rt is null)
        {
            return;
        }
        var sb = new System.Text.StringBuilder();
        sb.Append(filename).Append(':').Append(line).Append(": SyntaxWarning: ").Append(message).Append('\n');
        string? text = rt.SourceLine(filename, line);
        if (text is not null)
        {
            int i = 0;
            while (i < text.Length && text[i] is ' ' or '\t' or '\f')
            {
                i++;
            }
            sb.Append("  ").Append(text, i, text.Length - i).Append('\n');
        }
        rt.Stderr.Write(sb.ToString());
    }

    /// <summary>check_compare: "is" / "is not" with a literal other than None, True, False or Ellipsis.</summary>
    public static void CheckCompare(CompileContext ctx, Compare c)
    {
        Expr leftExpr = ConstantFolder.Fold(c.Left);
        bool left = IsArgOk(leftExpr);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            Expr rightExpr = ConstantFolder.Fold(c.Comparators[i]);
            bool right = IsArgOk(rightExpr);
            if (c.Ops[i] is CmpOp.Is or CmpOp.IsNot && (!right || !left))
            {
                string type = TypeName(!left ? leftExpr : rightExpr);
                Warn(ctx.Filename, c.Line, c.Ops[i] == CmpOp.Is
                    ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                    : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /// <summary>check_caller: calling a literal or display, e.g. <c>(1, 2) (3, 4)</c>.</summary>
    public static void CheckCaller(CompileContext ctx, Expr func)
    {
        Expr f = ConstantFolder.Fold(func);
        if (f is Constant or FoldedTuple or TupleExpr or List or ListComp or Dict or DictComp or Set or SetComp
            or GeneratorExp or JoinedStr or FormattedValue)
        {
            Warn(ctx.Filename, func.Line, "'" + TypeName(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    private static bool IsArgOk(Expr e) =>
        e is not (Constant or FoldedTuple)
        || e is Constant { Value.Kind: ConstantKind.None or ConstantKind.True or ConstantKind.False or ConstantKind.Ellipsis };

    /// <summary>infer_type(e)->tp_name.</summary>
    private static string TypeName(Expr e) => e switch
    {
        FoldedTuple ft => ft.Frozen ? "frozenset" : "tuple",
        Constant c => c.Value.Kind switch
        {
            ConstantKind.None => "NoneType",
            ConstantKind.True or ConstantKind.False => "bool",
            ConstantKind.Ellipsis => "ellipsis",
            ConstantKind.Int => "int",
            ConstantKind.Float => "float",
            ConstantKind.Complex => "complex",
            ConstantKind.Str => "str",
            ConstantKind.Bytes => "bytes",
            _ => "tuple",
        },
        TupleExpr => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        JoinedStr or FormattedValue => "str",
        _ => "object",
    };
}
