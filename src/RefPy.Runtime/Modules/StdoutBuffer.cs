// Mirrors CPython Modules/_io/textio.c (TextIOWrapper.write): pending writes hold the str objects.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>
/// sys.stdout's pending-write buffer. Like CPython's TextIOWrapper, an ASCII str written to a non-interactive
/// stdout is kept (one strong reference) in the pending list until about 8192 characters have accumulated
/// or the program ends, which is visible in sys.getrefcount of what was printed.
/// </summary>
internal static class StdoutBuffer
{
    private const int ChunkSize = 8192;
    private static readonly List<nint> pendingObjects = new();
    private static readonly System.Text.StringBuilder pendingText = new();
    private static long pendingCount;

    /// <summary>True when stdout is a terminal: line buffered, nothing kept.</summary>
    public static bool LineBuffered { get; set; }

    /// <summary>python -u / PYTHONUNBUFFERED: every write goes straight through, nothing kept (write_through).</summary>
    public static bool Unbuffered { get; set; }

    public static void Write(Runtime rt, nint str)
    {
        string text = StrObject.ToManaged(str);
        if (Unbuffered)
        {
            Flush(rt);
            rt.Stdout.Write(text);
            rt.Stdout.Flush();
            return;
        }
        long len = StrObject.IsAscii(str) ? StrObject.Length(str) : System.Text.Encoding.UTF8.GetByteCount(text);
        if (pendingCount + len > ChunkSize)
        {
            Flush(rt);
        }
        if (StrObject.IsAscii(str))
        {
            Ob.Incref(str);
            pendingObjects.Add(str);
        }
        pendingText.Append(text);
        pendingCount += len;
        if (pendingCount >= ChunkSize || (LineBuffered && text.Contains('\n')))
        {
            Flush(rt);
        }
    }

    public static void Flush(Runtime rt)
    {
        if (pendingText.Length > 0)
        {
            rt.Stdout.Write(pendingText.ToString());
            pendingText.Clear();
        }
        pendingCount = 0;
        foreach (nint o in pendingObjects)
        {
            Ob.Decref(o);
        }
        pendingObjects.Clear();
    }
}
