using RefPy.Compiler.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace RefPy.Tests.Syntax;

public class TokenizerTests
{
    private static string Kinds(string source) =>
        string.Join(" ", Tokenizer.Tokenize(source).Select(t => t.Kind switch
        {
            TokenKind.Name or TokenKind.Op or TokenKind.Number or TokenKind.String => t.Text,
            TokenKind.Newline => "NL",
            TokenKind.Indent => "IN",
            TokenKind.Dedent => "DE",
            TokenKind.EndMarker => "END",
            _ => t.Kind.ToString(),
        }));

    [Fact]
    public void SimpleStatementWithPositions()
    {
        var tokens = Tokenizer.Tokenize("x = 42\n");
        Assert.Equal("x = 42 NL END", Kinds("x = 42\n"));
        Assert.Equal((1, 0, 1, 1), (tokens[0].Line, tokens[0].Col, tokens[0].EndLine, tokens[0].EndCol));
        Assert.Equal((1, 4, 1, 6), (tokens[2].Line, tokens[2].Col, tokens[2].EndLine, tokens[2].EndCol));
        Assert.Equal((1, 6, 1, 7), (tokens[3].Line, tokens[3].Col, tokens[3].EndLine, tokens[3].EndCol));
    }

    [Fact]
    public void IndentAndDedent()
    {
        Assert.Equal("if x : NL IN if y : NL IN pass NL DE DE z NL END",
            Kinds("if x:\n    if y:\n        pass\nz\n"));
        Assert.Equal("if x : NL IN pass NL DE END", Kinds("if x:\n    pass"));
    }

    [Fact]
    public void BlankLinesAndCommentsDoNotAffectIndentation()
    {
        Assert.Equal("if x : NL IN a NL b NL DE END", Kinds("if x:\n  a\n\n# c\n      # d\n  b\n"));
    }

    [Fact]
    public void TabsCountToMultiplesOfEight()
    {
        Assert.Equal("if x : NL IN a NL b NL DE END", Kinds("if x:\n\ta\n\tb\n"));
        var e = Assert.Throws<PythonSyntaxError>(() => Tokenizer.Tokenize("if x:\n\ta\n        b\n"));
        Assert.Equal("TabError", e.ErrorType);
    }

    [Fact]
    public void ImplicitAndExplicitLineJoining()
    {
        Assert.Equal("x = ( 1 , 2 ) NL END", Kinds("x = (1,\n       2)\n"));
        Assert.Equal("x = 1 + 2 NL END", Kinds("x = 1 + \\\n    2\n"));
        Assert.Equal("f ( [ { } ] ) NL END", Kinds("f([\n{\n}\n])\n"));
    }

    [Fact]
    public void CrLfAndMissingTrailingNewline()
    {
        Assert.Equal("a NL b NL END", Kinds("a\r\nb"));
        Assert.Equal("a NL b NL END", Kinds("a\rb\r"));
        Assert.Equal("END", Kinds(""));
        Assert.Equal("END", Kinds("\n\n# only a comment"));
    }

    [Theory]
    [InlineData("0 00 0_0 1_000 0x_Ff 0o17 0b1_0 1.5 1. .5 1e10 1E-5 1.5e+3 1j 1.5J 09.5 0e0")]
    [InlineData("123456789012345678901234567890")]
    public void Numbers(string source)
    {
        var tokens = Tokenizer.Tokenize(source);
        Assert.All(tokens.Take(tokens.Count - 2), t => Assert.Equal(TokenKind.Number, t.Kind));
        Assert.Equal(source, string.Join(" ", tokens.Take(tokens.Count - 2).Select(t => t.Text)));
    }

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.Equal("x = 1 if y else 2 NL END", Kinds("x = 1if y else 2\n"));
    }

    [Fact]
    public void StringPrefixesAndQuotes()
    {
        string src = "'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\n' B'x' Rb'y' bR'z' u'w' F'{v}' rF'{v}' f\"\"";
        var tokens = Tokenizer.Tokenize(src);
        Assert.Equal(12, tokens.Count(t => t.Kind == TokenKind.String));
        Assert.Equal("'''c\nd'''", tokens[2].Text);
        Assert.Equal((1, 8, 2, 4), (tokens[2].Line, tokens[2].Col, tokens[2].EndLine, tokens[2].EndCol));
    }

    [Fact]
    public void PrefixThatIsNotAStringPrefixIsAName()
    {
        Assert.Equal("ub 'x' NL END", Kinds("ub'x'\n"));
    }

    [Fact]
    public void FStringWithNestedQuotesIsOneToken()
    {
        var tokens = Tokenizer.Tokenize("f'{x['a']!r:>{w}}' + 1\n");
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal("f'{x['a']!r:>{w}}'", tokens[0].Text);
        Assert.True(tokens[1].IsOp("+"));
    }

    [Fact]
    public void OperatorsUseLongestMatch()
    {
        Assert.Equal("**= //= >>= <<= ... -> := ** // == != <= >= << >> @= @ . , ; ~ ^ | & % NL END",
            Kinds("**= //= >>= <<= ... -> := ** // == != <= >= << >> @= @ . , ; ~ ^ | & %\n"));
    }

    [Fact]
    public void UnicodeIdentifiers()
    {
        var tokens = Tokenizer.Tokenize("résumé = Σx + 日本\n");
        Assert.Equal("résumé", tokens[0].Text);
        Assert.Equal("Σx", tokens[2].Text);
        Assert.Equal("日本", tokens[4].Text);
    }

    [Fact]
    public void BracketLevelIsRecorded()
    {
        var tokens = Tokenizer.Tokenize("f(a[b])\n");
        Assert.Equal(new[] { 0, 1, 1, 2, 2, 1, 0 }, tokens.Take(7).Select(t => t.Level).ToArray());
    }

    [Theory]
    [InlineData("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5)]
    [InlineData("x = 1abc\n", "invalid decimal literal", 1, 5)]
    [InlineData("x = 0x\n", "invalid hexadecimal literal", 1, 6)]
    [InlineData("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7)]
    [InlineData("x = €\n", "invalid character '€' (U+20AC)", 1, 5)]
    [InlineData("x = )\n", "unmatched ')'", 1, 5)]
    [InlineData("(]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2)]
    [InlineData("x = (1,\n", "'(' was never closed", 1, 5)]
    [InlineData("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4)]
    public void TokenizerErrors(string source, string message, int line, int column)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Tokenizer.Tokenize(source));
        Assert.Equal((message, line, column), (e.Msg, e.Line, e.Column));
    }
}
