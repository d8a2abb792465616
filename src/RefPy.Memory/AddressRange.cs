namespace RefPy.Memory;

/// <summary>The half-open address range [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>).</summary>
internal readonly record struct AddressRange(nint Start, nuint Length)
{
    /// <summary>The first address after the range.</summary>
    public nint End => Start + (nint)Length;

    /// <summary>True when <paramref name="address"/> lies inside the range.</summary>
    public bool Contains(nint address) => (nuint)(address - Start) < Length;
}
