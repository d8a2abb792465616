using System.Text;

namespace RefPy.Compiler.Syntax;

/// <summary>
/// A Python <c>SyntaxError</c> (or one of its subclasses <c>IndentationError</c> / <c>TabError</c>)
/// raised while tokenizing or parsing. Locations follow CPython 3.12's <c>SyntaxError</c> attributes:
/// <see cref="Line"/> and <see cref="EndLine"/> are 1-based, <see cref="Column"/> and
/// <see cref="EndColumn"/> are CPython's 1-based <c>offset</c> / <c>end_offset</c> (which may be
/// 0 or -1 exactly where CPython reports those values).
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(string msg, string filename, int line, int column, int endLine, int endColumn,
        string? lineText, string errorType = "SyntaxError")
        : base(msg)
    {
        Msg = msg;
        Filename = filename;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        LineText = lineText;
        ErrorType = errorType;
    }

    /// <summary>The error message (CPython's <c>msg</c> attribute).</summary>
    public string Msg { get; }

    public string Filename { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>1-based column (CPython's <c>offset</c>).</summary>
    public int Column { get; }

    public int EndLine { get; }

    /// <summary>1-based exclusive end column (CPython's <c>end_offset</c>); 0 or -1 mean "none".</summary>
    public int EndColumn { get; }

    /// <summary>The source line of the error (without trailing newline), if known.</summary>
    public string? LineText { get; }

    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string ErrorType { get; }

    /// <summary>True when the error was raised by the tokenizer (these take priority over parser errors).</summary>
    internal bool FromTokenizer { get; init; }

    /// <summary>True for "'(' was never closed", which only wins over a parser error on a later line.</summary>
    internal bool IsUnclosedParen { get; init; }

    /// <summary>
    /// Whether CPython's <c>text</c> attribute ends with a newline (true for parser errors, false for
    /// tokenizer errors); it changes how long multi-line caret ranges are.
    /// </summary>
    internal bool TextHasNewline { get; init; } = true;

    /// <summary>
    /// Formats the error exactly like CPython 3.12 prints an uncaught syntax error of a script on stderr
    /// (the C implementation in Python/pythonrun.c: print_exception_file_and_line + print_error_text).
    /// </summary>
    public string FormatLikeCPython()
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(Filename).Append("\", line ").Append(Line).Append('\n');
        if (LineText != null)
        {
            int offset = Column;
            int endOffset = EndColumn;
            int endLine = EndLine;
            if (ErrorType != "SyntaxError")
            {
                // CPython only reads end positions from exact SyntaxError instances.
                endLine = Line;
                endOffset = -1;
            }
            int lineSize = LineText.Length + (TextHasNewline ? 1 : 0);
            // Multi-line ranges highlight to the end of the first line only.
            if (endLine > Line)
            {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1)
            {
                endOffset = lineSize + 1;
            }
            AppendErrorText(sb, offset, endOffset, LineText);
        }
        sb.Append(ErrorType).Append(": ").Append(Msg).Append('\n');
        return sb.ToString();
    }

    private static void AppendErrorText(StringBuilder sb, int offset, int endOffset, string text)
    {
        int caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--; // to 0-based
        int start = 0;
        while (start < text.Length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f'))
        {
            start++;
            offset--;
        }
        int len = text.Length - start;
        if (offset > len)
        {
            offset = len;
        }
        sb.Append("    ").Append(text, start, len).Append('\n');
        if (offset < 0)
        {
            return;
        }
        sb.Append("    ").Append(' ', offset).Append('^', caretRepetitions).Append('\n');
    }

    public override string ToString() => FormatLikeCPython();
}
