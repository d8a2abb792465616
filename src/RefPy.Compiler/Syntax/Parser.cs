namespace RefPy.Compiler.Syntax;

/// <summary>
/// Hand-written recursive-descent parser for Python 3.12 producing the <see cref="Node"/> AST.
/// Follows CPython's PEG grammar (Grammar/python.gram) and reproduces its most common
/// specialised error messages (the "invalid_*" rules) at the point where parsing fails.
/// This file holds the entry points, token access and error helpers; the grammar lives in
/// Parser.Statements.cs, Parser.Expressions.cs, Parser.Targets.cs and Parser.Strings.cs.
/// </summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private readonly string _src;
    private readonly string _filename;
    private readonly Tokenizer? _lexer;
    private readonly List<Token> _tokens;
    private int _p;

    /// <summary>Set while parsing the "b" of "a b" so that the missing-comma check does not recurse.</summary>
    private bool _noInvalidChecks;

    /// <summary>Index of the furthest token looked at outside error-recovery parsing (CPython's last token read).</summary>
    private int _furthest;

    private Parser(Tokenizer lexer)
    {
        _lexer = lexer;
        _src = lexer.Source;
        _filename = lexer.Filename;
        _tokens = new List<Token>(256);
    }

    /// <summary>A parser over pre-scanned tokens (an f-string replacement field), ending with ENDMARKER.</summary>
    /// <summary>Parsing eval input (no implicit NEWLINE at the end of the source).</summary>
    private bool _evalInput;

    private Parser(string src, string filename, List<Token> tokens)
    {
        _src = src;
        _filename = filename;
        _tokens = tokens;
    }

    /// <summary>Parses a module (<c>exec</c> mode). Throws <see cref="PythonSyntaxError"/>.</summary>
    public static Module ParseModule(string source, string filename)
    {
        var lexer = new Tokenizer(source, filename);
        var parser = new Parser(lexer);
        try
        {
            return parser.File();
        }
        catch (InsufficientExecutionStackException)
        {
            throw parser.TooDeeplyNested();
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer && !e.IsUnclosedParen)
        {
            throw CheckRestOfSource(lexer, e, parser._tokens[^1].Line);
        }
    }

    /// <summary>Parses a single expression (<c>eval</c> mode). Throws <see cref="PythonSyntaxError"/>.</summary>
    public static Expr ParseExpression(string source, string filename)
    {
        // Like builtins.eval, ignore leading spaces and tabs.
        int i = 0;
        while (i < source.Length && (source[i] == ' ' || source[i] == '\t'))
        {
            i++;
        }
        var lexer = new Tokenizer(i == 0 ? source : source.Substring(i), filename);
        var parser = new Parser(lexer) { _evalInput = true };
        try
        {
            return parser.EvalInput();
        }
        catch (InsufficientExecutionStackException)
        {
            throw parser.TooDeeplyNested();
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer && !e.IsUnclosedParen)
        {
            throw CheckRestOfSource(lexer, e, parser._tokens[^1].Line);
        }
    }

    /// <summary>
    /// Like CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a
    /// tokenizer error later in the file takes priority, and so does an unclosed bracket opened on
    /// a line before the last token read.
    /// </summary>
    private static PythonSyntaxError CheckRestOfSource(Tokenizer lexer, PythonSyntaxError parserError,
        int lastTokenLine)
    {
        try
        {
            while (lexer.Next().Kind != TokenKind.EndMarker)
            {
            }
        }
        catch (PythonSyntaxError tokError)
        {
            if (tokError.IsUnclosedParen)
            {
                return lastTokenLine > tokError.Line ? tokError : parserError;
            }
            return tokError;
        }
        return parserError;
    }

    private Module File()
    {
        var body = new List<Stmt>();
        while (Cur.Kind != TokenKind.EndMarker)
        {
            Statement(body);
        }
        return new Module(body);
    }

    private Expr EvalInput()
    {
        var e = StarExpressions();
        while (Cur.Kind == TokenKind.Newline)
        {
            Advance();
        }
        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }
        return e;
    }

    // ------------------------------------------------------------------ token access

    /// <summary>Looks ahead k tokens, recording how far the parser has looked (for "invalid syntax" locations).</summary>
    private Token Peek(int k = 0)
    {
        var t = PeekRaw(k);
        if (!_noInvalidChecks && _p + k > _furthest)
        {
            _furthest = Math.Min(_p + k, _tokens.Count - 1);
        }
        return t;
    }

    /// <summary>Looks ahead without counting as "read" for error locations (used by scans the grammar does not do).</summary>
    private Token PeekRaw(int k)
    {
        while (_p + k >= _tokens.Count)
        {
            if (_lexer == null)
            {
                return _tokens[^1];
            }
            _tokens.Add(_lexer.Next());
        }
        return _tokens[_p + k];
    }

    private Token Cur => Peek();

    /// <summary>The last consumed token.</summary>
    private Token Prev => _tokens[_p - 1];

    /// <summary>The last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's node end position).</summary>
    private Token LastSignificant
    {
        get
        {
            int i = _p - 1;
            while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
            {
                i--;
            }
            return _tokens[i];
        }
    }

    private Token Advance()
    {
        var t = Peek();
        _p++;
        return t;
    }

    private bool AtOp(string op) => Cur.IsOp(op);

    private bool AtKw(string kw) => Cur.IsName(kw);

    private bool TryOp(string op)
    {
        if (!AtOp(op))
        {
            return false;
        }
        _p++;
        return true;
    }

    private bool TryKw(string kw)
    {
        if (!AtKw(kw))
        {
            return false;
        }
        _p++;
        return true;
    }

    private Token ExpectOp(string op) => AtOp(op) ? Advance() : throw InvalidSyntax();

    private Token ExpectKw(string kw) => AtKw(kw) ? Advance() : throw InvalidSyntax();

    private static bool IsKeyword(Token t) => t.Kind == TokenKind.Name && Keywords.Contains(t.Text);

    private static bool IsPlainName(Token t) => t.Kind == TokenKind.Name && !Keywords.Contains(t.Text);

    private string ExpectName()
    {
        var t = Cur;
        if (!IsPlainName(t))
        {
            throw InvalidSyntax();
        }
        _p++;
        return t.Text;
    }

    // ------------------------------------------------------------------ locations

    /// <summary>Sets the node's location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private T Fin<T>(T node, Token start) where T : Node
    {
        var end = LastSignificant;
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    /// <summary>Sets the node's location from the start of <paramref name="start"/> to the end of the last consumed token.</summary>
    private T Fin<T>(T node, Node start) where T : Node
    {
        var end = LastSignificant;
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    // ------------------------------------------------------------------ errors

    private string LineText(int line)
    {
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int nl = _src.IndexOf('\n', start);
            if (nl < 0)
            {
                return "";
            }
            start = nl + 1;
        }
        int end = _src.IndexOf('\n', start);
        return _src.Substring(start, (end < 0 ? _src.Length : end) - start);
    }

    private PythonSyntaxError Error(string msg, int line, int col0, int endLine, int endCol0,
        string type = "SyntaxError") =>
        new(msg, _filename, line, col0 + 1, endLine, endCol0 + 1, LineText(line), type);

    private PythonSyntaxError Error(string msg, Node node) =>
        Error(msg, node.Line, node.Col, node.EndLine, node.EndCol);

    private PythonSyntaxError Error(string msg, Node start, Node end) =>
        Error(msg, start.Line, start.Col, end.EndLine, end.EndCol);

    private PythonSyntaxError Error(string msg, Token token) =>
        Error(msg, token.Line, token.Col, token.EndLine, token.EndCol);

    private PythonSyntaxError Error(string msg, Token start, Token end) =>
        Error(msg, start.Line, start.Col, end.EndLine, end.EndCol);

    /// <summary>Reported instead of overflowing the stack on absurdly nested input (CPython: "too complex").</summary>
    private PythonSyntaxError TooDeeplyNested()
    {
        var t = _tokens[Math.Min(_p, _tokens.Count - 1)];
        return Error("too many nested expressions", t);
    }

    /// <summary>The generic error at the last token read (as CPython's first parser pass reports it).</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        _ = Cur;
        return InvalidSyntaxAt(_tokens[Math.Max(_furthest, _p)]);
    }

    private PythonSyntaxError InvalidSyntaxAt(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Indent:
                return new PythonSyntaxError("unexpected indent", _filename, t.Line, t.EndCol, t.Line, -1,
                    LineText(t.Line), "IndentationError");
            case TokenKind.Dedent:
                return new PythonSyntaxError("unexpected unindent", _filename, t.Line, t.Col + 1, t.Line, -1,
                    LineText(t.Line), "IndentationError");
            case TokenKind.Newline when !(_evalInput && t.Start == t.End):
                return Error("invalid syntax", t.Line, t.Col, t.Line, t.Col + 1);
            case TokenKind.Newline:
            case TokenKind.EndMarker:
                // eval input gets no implicit NEWLINE at the end: the error is at the ENDMARKER (offset 0).
                return new PythonSyntaxError("invalid syntax", _filename, t.Line, 0, t.Line, 0, LineText(t.Line));
            default:
                return Error("invalid syntax", t);
        }
    }
}
