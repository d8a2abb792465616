using System.Text;

namespace RefPy.Compiler.Syntax;

/// <summary>String literals: adjacent-literal concatenation, bytes, and f-strings (JoinedStr).</summary>
public sealed partial class Parser
{
    private Expr Strings()
    {
        var first = Cur;
        int firstIndex = _p;
        while (Cur.Kind == TokenKind.String)
        {
            Advance();
        }
        int endIndex = _p;

        bool anyBytes = false, anyText = false, anyF = false;
        var bytes = new List<byte>();
        int nonEmptyBytes = 0;
        var sb = new StringBuilder();
        var values = new List<Expr>(); // JoinedStr values, used once an f-string is seen
        string? kind = Literals.Describe(first.Text).U ? "u" : null;

        for (int i = firstIndex; i < endIndex; i++)
        {
            var t = _tokens[i];
            var (isBytes, raw, isF, _, bodyStart, bodyEnd) = Literals.Describe(t.Text);
            if (isBytes)
            {
                anyBytes = true;
                int before = bytes.Count;
                if (Literals.DecodeBytes(_src, t.Start + bodyStart, t.Start + bodyEnd, raw, bytes, out string? bytesWarning) is { } err)
                {
                    throw Error(err, t);
                }
                WarnInvalidEscape(bytesWarning, t.Start + bodyStart, t.Line);
                nonEmptyBytes += bytes.Count > before ? 1 : 0;
                continue;
            }
            anyText = true;
            if (!isF)
            {
                if (Literals.DecodeStr(_src, t.Start + bodyStart, t.Start + bodyEnd, raw, sb, out string? warning) is { } err)
                {
                    throw Error(err, t);
                }
                WarnInvalidEscape(warning, t.Start + bodyStart, t.Line);
                continue;
            }
            anyF = true;
            var data = (FStringData)t.Payload!;
            AppendFStringParts(data.Parts, data.Raw, t, sb, values);
        }

        if (anyBytes && anyText)
        {
            throw Error("cannot mix bytes and nonbytes literals", Cur);
        }
        if (anyBytes)
        {
            // _PyPegen_concatenate_strings starts from b'' and PyBytes_Concat's each piece: when only one piece is
            // non-empty the result is that piece's object, which the arena then holds a second time.
            var value = ConstantValue.FromBytes(bytes.ToArray());
            return Fin(new Constant(nonEmptyBytes == 1 ? value.WithExtraRefs(1) : value), first);
        }
        if (!anyF)
        {
            return Fin(new Constant(ConstantValue.FromStr(sb.ToString()), kind), first);
        }
        var joined = Fin(new JoinedStr(values), first);
        FlushLiteral(sb, values, joined.Line, joined.Col, joined.EndLine, joined.EndCol);
        return joined;
    }

    /// <summary>Appends f-string parts: text goes to <paramref name="sb"/>, fields flush it and add FormattedValues.</summary>
    private void AppendFStringParts(List<FStringPart> parts, bool raw, Token token, StringBuilder sb, List<Expr> values)
    {
        foreach (var part in parts)
        {
            if (part is FStringTextPart text)
            {
                if (Literals.DecodeStr(_src, text.Start, text.End, raw, sb, out string? warning) is { } err)
                {
                    throw Error(err, token);
                }
                if (warning is not null)
                {
                    // CPython 3.12 reports an f-string's text at the line where that text ends.
                    int line = token.Line;
                    for (int k = token.Start; k < text.End; k++)
                    {
                        line += _src[k] == '\n' ? 1 : 0;
                    }
                    WarnInvalidEscape(warning, text.Start, line);
                }
                continue;
            }
            var field = (FStringFieldPart)part;
            if (field.DebugText != null)
            {
                sb.Append(field.DebugText);
            }
            FlushLiteral(sb, values, field.Open.Line, field.Open.Col, field.Close.EndLine, field.Close.EndCol);
            values.Add(BuildFormattedValue(field, raw, token));
        }
    }

    /// <summary>Emits an invalid-escape SyntaxWarning once per literal, even if the parser backtracks over it.</summary>
    private void WarnInvalidEscape(string? warning, int offset, int line)
    {
        if (warning is not null && (_warnedEscapes ??= []).Add(offset))
        {
            CodeGen.SyntaxWarnings.Warn(_filename, line, warning);
        }
    }

    private HashSet<int>? _warnedEscapes;

    /// <summary>Adds the pending literal text (if any) as a str Constant with the given location.</summary>
    private static void FlushLiteral(StringBuilder sb, List<Expr> values, int line, int col, int endLine, int endCol)
    {
        if (sb.Length == 0)
        {
            return;
        }
        values.Add(new Constant(ConstantValue.FromStr(sb.ToString()))
        {
            Line = line,
            Col = col,
            EndLine = endLine,
            EndCol = endCol,
        });
        sb.Clear();
    }

    private FormattedValue BuildFormattedValue(FStringFieldPart field, bool raw, Token token)
    {
        var sub = new Parser(_src, _filename, field.ExprTokens);
        var value = sub.FStringFieldExpression();
        int conversion = field.Conversion != '\0'
            ? field.Conversion
            : field.DebugText != null && field.Spec == null ? 'r' : -1;
        JoinedStr? spec = null;
        if (field.Spec != null)
        {
            var specValues = new List<Expr>();
            var sb = new StringBuilder();
            AppendFStringParts(field.Spec, raw, token, sb, specValues);
            spec = new JoinedStr(specValues)
            {
                Line = field.Close.Line,
                Col = field.Close.Col,
                EndLine = field.Close.Line,
                EndCol = field.Close.Col,
            };
            FlushLiteral(sb, specValues, spec.Line, spec.Col, spec.EndLine, spec.EndCol);
            if (field.Spec.Count > 0 && field.Spec[^1] is FStringFieldPart)
            {
                // CPython 3.12 quirk: a format spec ending in a field gets a trailing empty Constant.
                var empty = new Constant(ConstantValue.FromStr(""));
                empty.CopyLocation(spec);
                specValues.Add(empty);
            }
        }
        var fv = new FormattedValue(value, conversion, spec)
        {
            Line = field.Open.Line,
            Col = field.Open.Col,
            EndLine = field.Close.EndLine,
            EndCol = field.Close.EndCol,
        };
        return fv;
    }

    /// <summary>The expression of an f-string replacement field: (yield_expr | star_expressions) ENDMARKER.</summary>
    private Expr FStringFieldExpression()
    {
        try
        {
            var e = AtKw("yield") ? YieldExpr() : StarExpressions();
            if (Cur.Kind != TokenKind.EndMarker)
            {
                throw InvalidSyntax();
            }
            return e;
        }
        catch (PythonSyntaxError err) when (!err.FromTokenizer && err.Msg == "invalid syntax" &&
                                            Cur.Kind == TokenKind.EndMarker)
        {
            // CPython reports this at the last token of the field's expression.
            var t = _tokens.Count >= 2 ? _tokens[^2] : Cur;
            throw Error("f-string: expecting '=', or '!', or ':', or '}'", t);
        }
    }
}
