namespace RefPy.Tests;

/// <summary>Deallocation releases contents immediately and never recurses without bound.</summary>
public sealed class HeapTeardownTests
{
    [Fact]
    public void MillionDeepListIsFreedWithoutStackOverflowAndHeapEndsEmpty()
    {
        var stdout = new StringWriter();
        long blocksAfterDel = -1, blocksBefore = -1, atShutdown = -1;
        var t = new Thread(() =>
        {
            RefPy.Compiler.PythonCompiler.Register();
            var rt = new Runtime.Runtime(new Runtime.RuntimeOptions { Stdout = stdout, Stderr = stdout });
            rt.RunMain("a = []\nfor i in range(1000000):\n    a = [a]\n", "deep.py");
            blocksBefore = rt.Heap.BlocksInUse;
            rt.RunMain("del a\n", "deep2.py");
            blocksAfterDel = rt.Heap.BlocksInUse;
            rt.Dispose();
            atShutdown = rt.BlocksInUseAtShutdown;
        }, 16 << 20);
        t.Start();
        t.Join();
        Assert.True(blocksBefore - blocksAfterDel >= 2_000_000, $"expected ~2M blocks released, before={blocksBefore} after={blocksAfterDel}");
        Assert.Equal(0, atShutdown);
    }
}
