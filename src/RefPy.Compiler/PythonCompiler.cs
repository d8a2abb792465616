// Mirrors CPython Python/pythonrun.c / compile.c entry points: source text to a code object.
using RefPy.Compiler.CodeGen;
using RefPy.Compiler.Syntax;
using RefPy.Runtime;

namespace RefPy.Compiler;

/// <summary>The compiler the runtime calls for scripts, exec, eval and compile().</summary>
public sealed class PythonCompiler : ICodeCompiler
{
    /// <summary>Registers this compiler with the runtime.</summary>
    public static void Register() => Runtime.Runtime.Compiler = new PythonCompiler();

    public CompiledCode Compile(string source, string filename, CompileMode mode, bool keepConstantsAlive)
    {
        Module? module = null;
        Expr? expr = null;
        try
        {
            if (mode == CompileMode.Eval)
            {
                expr = Parser.ParseExpression(source, filename);
            }
            else
            {
                module = Parser.ParseModule(source, filename);
            }
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonSyntaxException(e.Msg, e.FormatLikeCPython(), e.ErrorType);
        }
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        var arena = new ConstantArena();
        var constants = new Constants(arena, keepConstantsAlive);
        var ctx = new CompileContext(filename, lines, constants);
        try
        {
            Scope moduleScope = module is not null ? Scope.ForModule(module.Body) : Scope.ForModule();
            var gen = new CodeGenerator(ctx, moduleScope, "<module>", "<module>");
            nint code = gen.CompileModule(module?.Body ?? [], expr is not null, expr);
            return new CompiledCode(code, arena);
        }
        catch (PyCompileError e)
        {
            arena.Dispose();
            string text = e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1] : "";
            var err = new PythonSyntaxError(e.Message, filename, e.Line, e.Col + 1, e.Line, e.Col + 2, text);
            throw new PythonSyntaxException(e.Message, err.FormatLikeCPython());
        }
        finally
        {
            ctx.ReleaseOwned();
            constants.Dispose();
        }
    }
}
