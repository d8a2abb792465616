// Mirrors CPython Python/traceback.c (3.12): "Traceback (most recent call last)" with caret lines.
using System.Text;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

/// <summary>Formats an uncaught exception like CPython 3.12's default excepthook.</summary>
internal static class Traceback
{
    private const int RecursiveCutoff = 3;

    public static string Format(PyException e, Func<string, int, string?> sourceLine)
    {
        var sb = new StringBuilder();
        if (e.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            // Entries were recorded innermost first.
            string? lastFile = null, lastName = null;
            int lastLine = -1, repeats = 0;
            for (int i = e.Traceback.Count - 1; i >= 0; i--)
            {
                TracebackEntry t = e.Traceback[i];
                if (t.Filename == lastFile && t.FunctionName == lastName && t.Position.Line == lastLine)
                {
                    repeats++;
                    if (repeats >= RecursiveCutoff)
                    {
                        continue;
                    }
                }
                else
                {
                    FlushRepeats(sb, repeats);
                    lastFile = t.Filename;
                    lastName = t.FunctionName;
                    lastLine = t.Position.Line;
                    repeats = 0;
                }
                AppendEntry(sb, t, sourceLine);
            }
            FlushRepeats(sb, repeats);
        }
        sb.Append(e.SyntaxErrorLocation).Append(e.FormatExceptionLine()).Append(Suggestions.Trailer(e)).Append('\n');
        ExceptionExtras.AppendNotes(sb, e);
        return sb.ToString();
    }

    private static void FlushRepeats(StringBuilder sb, int repeats)
    {
        if (repeats >= RecursiveCutoff)
        {
            int more = repeats - RecursiveCutoff + 1;
            sb.Append("  [Previous line repeated ").Append(more).Append(" more time").Append(more > 1 ? "s" : "").Append("]\n");
        }
    }

    private static void AppendEntry(StringBuilder sb, TracebackEntry t, Func<string, int, string?> sourceLine)
    {
        sb.Append("  File \"").Append(t.Filename).Append("\", line ").Append(t.Position.Line).Append(", in ").Append(t.FunctionName).Append('\n');
        string? line = sourceLine(t.Filename, t.Position.Line);
        if (line is null)
        {
            return;
        }
        string trimmedEnd = line.TrimEnd();
        int indent = 0;
        while (indent < trimmedEnd.Length && (trimmedEnd[indent] == ' ' || trimmedEnd[indent] == '\t' || trimmedEnd[indent] == '\f'))
        {
            indent++;
        }
        string stripped = trimmedEnd.Substring(indent);
        sb.Append("    ").Append(stripped).Append('\n');
        SourcePosition p = t.Position;
        if (p.Col < 0 || p.EndCol < 0 || p.Line <= 0)
        {
            return;
        }
        int start = p.Col;
        int end = p.EndLine != p.Line ? trimmedEnd.Length : p.EndCol;
        bool anchors = p.AnchorStart >= 0 && p.EndLine == p.Line;
        if (start < indent || end > trimmedEnd.Length || end <= start)
        {
            return;
        }
        if (!anchors && start == indent && end == trimmedEnd.Length)
        {
            return; // the error spans the whole line: no carets
        }
        sb.Append("    ").Append(' ', start - indent);
        for (int c = start; c < end; c++)
        {
            sb.Append(!anchors || (c >= p.AnchorStart && c < p.AnchorEnd) ? '^' : '~');
        }
        sb.Append('\n');
    }
}
