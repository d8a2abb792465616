using RefPy.Tests.Corpus;
using Xunit;

namespace RefPy.Tests;

/// <summary>The cycle collector beyond the corpus: sizes the corpus avoids, and teardown of leftover cycles.</summary>
public sealed class GcTests
{
    private static ProgramResult RunSource(string source)
    {
        string path = Path.Combine(Path.GetTempPath(), "refpy_gc_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(path, source);
        try
        {
            return CorpusTests.Run(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MillionDeepChainInsideACycleIsCollectedWithoutStackOverflow()
    {
        ProgramResult r = RunSource(
            "import gc\n" +
            "gc.collect()\n" +
            "head = []\nnode = head\ni = 0\n" +
            "while i < 1000000:\n    nxt = []\n    node.append(nxt)\n    node = nxt\n    i += 1\n" +
            "node.append(head)\ndel node, nxt, head\n" +
            "print(gc.collect())\n");
        Assert.Equal("1000001\n", r.Stdout);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void CyclesLeftAtExitAreFreedByTeardown()
    {
        ProgramResult r = RunSource(
            "a = []\na.append(a)\n" +
            "d = {}\nd['d'] = d\n" +
            "def f(x=[]):\n    return x\n" +
            "f.__defaults__[0].append(f)\n" +
            "print('done')\n");
        Assert.Equal("done\n", r.Stdout);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void AutomaticCollectionKeepsManyCyclesBounded()
    {
        // 20,000 self-referencing lists with the default thresholds: young collections free them as
        // they go, so a final full collection finds fewer than one threshold's worth.
        ProgramResult r = RunSource(
            "import gc\n" +
            "gc.collect()\ni = 0\n" +
            "while i < 20000:\n    a = [i]\n    a.append(a)\n    i += 1\n" +
            "del a\nn = gc.collect()\nprint(n < 1000, n > 0)\n");
        Assert.Equal("True True\n", r.Stdout);
        Assert.Equal(0, r.BlocksInUse);
    }

    [Fact]
    public void DisabledCollectorLeavesCyclesForExplicitCollect()
    {
        ProgramResult r = RunSource(
            "import gc\n" +
            "gc.collect()\ngc.disable()\ni = 0\n" +
            "while i < 3000:\n    a = [i]\n    a.append(a)\n    i += 1\n" +
            "del a\nprint(gc.collect())\ngc.enable()\n");
        Assert.Equal("3000\n", r.Stdout);
        Assert.Equal(0, r.BlocksInUse);
    }
}
