namespace RefPy.Compiler.Syntax;

/// <summary>Token kinds produced by <see cref="Tokenizer"/> (the subset of CPython's token module the parser needs).</summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,

    /// <summary>A character that starts no token (e.g. <c>$</c>, <c>?</c>); the parser reports "invalid syntax" at it.</summary>
    ErrorToken,
}

/// <summary>
/// One token. Lines are 1-based, columns 0-based in UTF-16 code units; <see cref="Start"/>/<see cref="End"/>
/// are offsets into the (newline-normalized) source text.
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, string text, int start, int end, int line, int col, int endLine, int endCol,
        int level, object? payload = null)
    {
        Kind = kind;
        Text = text;
        Start = start;
        End = end;
        Line = line;
        Col = col;
        EndLine = endLine;
        EndCol = endCol;
        Level = level;
        Payload = payload;
    }

    public TokenKind Kind { get; }

    /// <summary>
    /// NAME: the identifier (NFKC-normalized); OP: the operator; NUMBER/STRING: the literal as written
    /// (prefix and quotes included); NEWLINE/INDENT/DEDENT/ENDMARKER: empty.
    /// </summary>
    public string Text { get; }

    public int Start { get; }
    public int End { get; }
    public int Line { get; }
    public int Col { get; }
    public int EndLine { get; }
    public int EndCol { get; }

    /// <summary>Bracket nesting depth after this token (CPython's <c>token->level</c>).</summary>
    public int Level { get; }

    /// <summary>For f-string STRING tokens: the pre-scanned <see cref="FStringData"/>.</summary>
    internal object? Payload { get; }

    public bool IsOp(string op) => Kind == TokenKind.Op && (ReferenceEquals(Text, op) || Text == op);

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    public override string ToString() => $"{Kind} '{Text}' {Line}:{Col}-{EndLine}:{EndCol}";
}

/// <summary>The scanned structure of an f-string literal (PEP 701 style), produced by the tokenizer.</summary>
internal sealed class FStringData(bool raw, List<FStringPart> parts)
{
    public bool Raw { get; } = raw;
    public List<FStringPart> Parts { get; } = parts;
}

internal abstract class FStringPart;

/// <summary>Literal text: the raw source span [Start, End) still containing escape sequences.</summary>
internal sealed class FStringTextPart(int start, int end) : FStringPart
{
    public int Start { get; } = start;
    public int End { get; } = end;
}

/// <summary>A replacement field <c>{expr=!c:spec}</c>.</summary>
internal sealed class FStringFieldPart(List<Token> exprTokens, string? debugText, char conversion,
    List<FStringPart>? spec, Token open, Token close) : FStringPart
{
    /// <summary>The expression's tokens followed by an ENDMARKER.</summary>
    public List<Token> ExprTokens { get; } = exprTokens;

    /// <summary>For <c>{x=}</c>: the text from after '{' through the '=' and following whitespace.</summary>
    public string? DebugText { get; } = debugText;

    /// <summary>'s', 'r', 'a' or '\0' for none.</summary>
    public char Conversion { get; } = conversion;

    public List<FStringPart>? Spec { get; } = spec;
    public Token Open { get; } = open;
    public Token Close { get; } = close;
}
