// Mirrors CPython Python/compile.c's struct compiler: state shared by every unit of one compilation.
namespace RefPy.Compiler.CodeGen;

internal sealed class CompileContext(string filename, string[] lines, Constants constants)
{
    private readonly List<nint> owned = new();

    public string Filename { get; } = filename;
    public Constants Constants { get; } = constants;

    public string? Line(int line) => line >= 1 && line <= lines.Length ? lines[line - 1] : null;

    /// <summary>Code objects of nested functions: the compilation holds one reference until it ends.</summary>
    public void Own(nint o) => owned.Add(o);

    public void ReleaseOwned()
    {
        foreach (nint o in owned)
        {
            RefPy.Runtime.Objects.Ob.Decref(o);
        }
        owned.Clear();
    }
}
