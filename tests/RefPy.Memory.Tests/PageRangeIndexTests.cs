namespace RefPy.Memory.Tests;

public sealed class PageRangeIndexTests
{
    [Fact]
    public void RangesSharingPagesAreFoundAndRemovedIndependently()
    {
        var index = new PageRangeIndex();
        var a = new AddressRange(0x10_0100, 0x300);    // all within page 0x100
        var b = new AddressRange(0x10_0400, 0x300);
        var c = new AddressRange(0x10_0700, 0x2000);   // spans pages 0x100..0x102
        index.Add(a);
        index.Add(b);
        index.Add(c);
        Assert.Equal(3, index.PageCount);

        AssertFound(index, 0x10_0100, a);
        AssertFound(index, 0x10_03FF, a);
        AssertFound(index, 0x10_0400, b);
        AssertFound(index, 0x10_06FF, b);
        AssertFound(index, 0x10_0700, c);
        AssertFound(index, 0x10_26FF, c);
        Assert.False(index.TryFind(0x10_00FF, out _));
        Assert.False(index.TryFind(0x10_2700, out _));

        index.Remove(a);   // the inline entry: the overflow list is promoted
        Assert.False(index.TryFind(0x10_0200, out _));
        AssertFound(index, 0x10_0500, b);
        AssertFound(index, 0x10_0800, c);

        index.Remove(c);
        Assert.False(index.TryFind(0x10_0800, out _));
        Assert.False(index.TryFind(0x10_1800, out _));
        AssertFound(index, 0x10_0500, b);
        Assert.Equal(1, index.PageCount);

        index.Remove(b);
        Assert.Equal(0, index.PageCount);
    }

    [Fact]
    public void OverlappingRangesFavourTheNewest()
    {
        var index = new PageRangeIndex();
        var old = new AddressRange(0x20_0000, 0x1000);
        var newer = new AddressRange(0x20_0000, 0x400);
        index.Add(old);
        index.Add(newer);
        AssertFound(index, 0x20_0100, newer);
        AssertFound(index, 0x20_0800, old);
        index.Remove(old);
        AssertFound(index, 0x20_0100, newer);
        Assert.False(index.TryFind(0x20_0800, out _));
    }

    private static void AssertFound(PageRangeIndex index, nint address, AddressRange expected)
    {
        Assert.True(index.TryFind(address, out AddressRange found), $"0x{address:X} not found");
        Assert.Equal(expected, found);
    }
}
