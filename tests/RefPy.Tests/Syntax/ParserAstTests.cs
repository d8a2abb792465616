using RefPy.Compiler.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace RefPy.Tests.Syntax;

public class ParserAstTests
{
    public static TheoryData<string, string> Cases => AstDumpCases.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(string source, string expected)
    {
        var module = Parser.ParseModule(source, "x.py");
        Assert.Equal(expected, AstDumper.Dump(module));
    }

    // Expected strings: CPython 3.12.1 `ast.dump(ast.parse(src), include_attributes=True)`.
    [Theory]
    [InlineData("x = a + b * c\n",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=8, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])")]
    [InlineData("if x:\n    y = (1,\n         2)\nelse:\n    pass\n",
        "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Tuple(elts=[Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), Constant(value=2, lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], ctx=Load(), lineno=2, col_offset=8, end_lineno=3, end_col_offset=11), lineno=2, col_offset=4, end_lineno=3, end_col_offset=11)], orelse=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[])")]
    [InlineData("@d\ndef f(a, *b, c=1):\n    return a\n",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], vararg=arg(arg='b', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), kwonlyargs=[arg(arg='c', lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], kw_defaults=[Constant(value=1, lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], defaults=[]), body=[Return(value=Name(id='a', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], type_params=[], lineno=2, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])")]
    [InlineData("f(x for x in y)[1:2]\n",
        "Module(body=[Expr(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), upper=Constant(value=2, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=16, end_lineno=1, end_col_offset=19), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])")]
    public void LocationsMatchCPython(string source, string expected)
    {
        var module = Parser.ParseModule(source, "x.py");
        Assert.Equal(expected, AstDumper.Dump(module, includeAttributes: true));
    }

    [Fact]
    public void ParseExpressionForEval()
    {
        var e = Parser.ParseExpression("  1 + 2 * x\n", "<string>");
        Assert.Equal("BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Name(id='x', ctx=Load())))",
            AstDumper.Dump(e));
        Assert.IsType<TupleExpr>(Parser.ParseExpression("a, b", "<string>"));
        var err = Assert.Throws<PythonSyntaxError>(() => Parser.ParseExpression("x = 1", "<string>"));
        Assert.Equal("invalid syntax", err.Msg);
    }

    [Fact]
    public void PowerBindsTighterThanUnaryMinus()
    {
        var e = Assert.IsType<UnaryOp>(Parser.ParseExpression("-2**2", "<string>"));
        Assert.Equal(UnaryOperator.USub, e.Op);
        var pow = Assert.IsType<BinOp>(e.Operand);
        Assert.Equal(Operator.Pow, pow.Op);
    }

    [Fact]
    public void ConstantsHaveTypedValues()
    {
        var body = Parser.ParseModule("1\n1.5\n2j\n'a'\nb'\\x00'\nNone\nTrue\n...\n10**30\n123456789012345678901234567890\n", "x.py").Body;
        ConstantValue Value(int i) => Assert.IsType<Constant>(Assert.IsType<ExprStmt>(body[i]).Value).Value;
        Assert.Equal(1, (int)Value(0).AsInt);
        Assert.Equal(1.5, Value(1).AsFloat);
        Assert.Equal(2.0, Value(2).AsImaginary);
        Assert.Equal("a", Value(3).AsStr);
        Assert.Equal(new byte[] { 0 }, Value(4).AsBytes);
        Assert.Equal(ConstantKind.None, Value(5).Kind);
        Assert.True(Value(6).AsBool);
        Assert.Equal(ConstantKind.Ellipsis, Value(7).Kind);
        Assert.Equal(System.Numerics.BigInteger.Parse("123456789012345678901234567890"), Value(9).AsInt);
    }

    [Fact]
    public void LoneSurrogateSurvives()
    {
        var c = Assert.IsType<Constant>(Parser.ParseExpression("'\\ud800'", "<string>"));
        Assert.Equal("\ud800", c.Value.AsStr);
        Assert.Equal("'\\ud800'", c.Value.ToPythonRepr());
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123.456, "123.456")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void FloatReprMatchesPython(double value, string expected)
    {
        Assert.Equal(expected, PyRepr.Float(value, addDotZero: true));
    }

    [Fact]
    public void StrAndBytesRepr()
    {
        Assert.Equal("'it\\'s \"x\"'", PyRepr.Str("it's \"x\""));
        Assert.Equal("\"it's\"", PyRepr.Str("it's"));
        Assert.Equal("'\\x00\\n\\t\\x7f\u00e9\\xa0'", PyRepr.Str("\0\n\t\u007f\u00e9\u00a0"));
        Assert.Equal("b'\\x00\\xff\"'", PyRepr.Bytes([0, 255, (byte)'"']));
    }

    [Fact]
    public void LargeInputParsesQuickly()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 20000; i++)
        {
            sb.Append("def f").Append(i).Append("(a, b=1):\n    return [x * a for x in range(b)] + f'{a!r:>10}'\n");
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var module = Parser.ParseModule(sb.ToString(), "big.py");
        sw.Stop();
        Assert.Equal(20000, module.Body.Count);
        Assert.True(sw.ElapsedMilliseconds < 10000, $"took {sw.ElapsedMilliseconds} ms");
    }
}
