// Mirrors CPython Modules/_io/textio.c for the two streams a program sees: sys.stdout and sys.stderr.
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>_io.TextIOWrapper</c> for sys.stdout (+16 = 1) and sys.stderr (+16 = 2). Writes to stdout go through the
/// same pending buffer print() uses (so what it keeps alive matches CPython); stderr writes through at once.
/// </summary>
internal sealed unsafe class TextIOType : PyType
{
    public static readonly TextIOType Instance = new();

    private TextIOType() : base("TextIOWrapper", 32, 0, true, ObjectType.Instance)
    {
        this.AddMethod("write", (self, args, kw) =>
        {
            Args.Exact("TextIOWrapper.write", args, 1);
            if (!StrObject.IsStr(args[0]))
            {
                throw Errors.TypeError("write() argument must be str, not " + Ob.TypeOf(args[0]).Name);
            }
            Write(self, args[0]);
            return IntType.FromLong(StrObject.Length(args[0]));
        });
        this.AddMethod("flush", (self, args, kw) =>
        {
            Args.Exact("TextIOWrapper.flush", args, 0);
            Flush(self);
            return Singletons.None;
        });
        this.AddMethod("writelines", (self, args, kw) =>
        {
            Args.Exact("TextIOWrapper.writelines", args, 1);
            nint list = Abstract.SequenceToList(args[0]);
            try
            {
                for (long i = 0; i < ListType.Count(list); i++)
                {
                    Write(self, ListType.Item(list, i));
                }
            }
            finally
            {
                Ob.Decref(list);
            }
            return Singletons.None;
        });
        this.AddMethod("isatty", (self, args, kw) => BoolObject.NewRef(false));
        this.AddMethod("fileno", (self, args, kw) => IntType.FromLong(Kind(self)));
        this.AddProperty("name", o => StrObject.New(Kind(o) == 1 ? "<stdout>" : "<stderr>"));
        this.AddProperty("encoding", o => StrObject.New("utf-8"));
    }

    public override string? ModuleName => "_io";

    public static nint New(int kind)
    {
        nint o = Instance.AllocObject(32);
        *(long*)(o + 16) = kind;
        *(nint*)(o + 24) = 0;
        return o;
    }

    public static int Kind(nint o) => (int)*(long*)(o + 16);

    public static bool IsStderr(nint o) => Ob.Type(o) == Instance.Address && Kind(o) == 2;

    public static bool IsStdout(nint o) => Ob.Type(o) == Instance.Address && Kind(o) == 1;

    public static void Write(nint stream, nint str)
    {
        Runtime rt = Runtime.Current;
        if (Kind(stream) == 1)
        {
            StdoutBuffer.Write(rt, str);
            return;
        }
        StdoutBuffer.Flush(rt);
        rt.Stderr.Write(StrObject.ToManaged(str));
    }

    public static void Flush(nint stream)
    {
        Runtime rt = Runtime.Current;
        if (Kind(stream) == 1)
        {
            StdoutBuffer.Flush(rt);
            rt.Stdout.Flush();
        }
        else
        {
            rt.Stderr.Flush();
        }
    }

    public override string Repr(nint o) =>
        "<_io.TextIOWrapper name='" + (Kind(o) == 1 ? "<stdout>" : "<stderr>") + "' mode='w' encoding='utf-8'>";
}
