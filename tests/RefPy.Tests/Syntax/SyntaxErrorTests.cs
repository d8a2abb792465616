using RefPy.Compiler.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace RefPy.Tests.Syntax;

public class SyntaxErrorTests
{
    public static TheoryData<string, string, string, int, int, int, int, string> Cases => SyntaxErrorCases.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string source, string type, string msg, int line, int offset, int endLine,
        int endOffset, string printed)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule(source, "x.py"));
        Assert.Equal((type, msg, line, offset, endLine, endOffset),
            (e.ErrorType, e.Msg, e.Line, e.Column, e.EndLine, e.EndColumn));
        Assert.Equal(printed, e.FormatLikeCPython());
    }

    [Fact]
    public void UnsupportedFeaturesGiveClearErrors()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("match x:\n    case 1: pass\n", "m.py"));
        Assert.Contains("'match' statement", e.Msg);
        e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("x = '\\N{BULLET}'\n", "m.py"));
        Assert.Contains("\\N{...}", e.Msg);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void MatchAsIdentifierStillWorks()
    {
        var m = Parser.ParseModule("match = 1\nmatch(x)\nmatch[0] = 2\n", "m.py");
        Assert.Equal(3, m.Body.Count);
    }
}
