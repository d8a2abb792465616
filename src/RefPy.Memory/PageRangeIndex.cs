using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RefPy.Memory;

/// <summary>
/// A set of address ranges that answers "which range contains this address?" in O(1).
/// </summary>
/// <remarks>
/// Every 4 KiB page a range touches is registered under its page number (O(pages) to add or
/// remove). Ranges obtained from the native allocator are packed next to each other, so the first
/// and last page of a range may be shared with neighbours; a page therefore holds one range inline
/// and, rarely, a short overflow list. Ranges longer than 512 bytes (the only ones stored here)
/// can share a page with at most eight others, so a lookup inspects a bounded number of entries.
/// Overlapping ranges are allowed (the freed-block history may hold them); when several contain
/// an address a lookup returns one of them, favouring recently added ones.
/// </remarks>
internal sealed class PageRangeIndex
{
    private const int PageShift = 12;

    private readonly Dictionary<nint, PageEntry> _pages = new();

    private struct PageEntry
    {
        public AddressRange First;
        public List<AddressRange>? Others;
    }

    /// <summary>Number of page entries (for tests and diagnostics).</summary>
    public int PageCount => _pages.Count;

    /// <summary>Adds <paramref name="range"/> (its length must be non-zero).</summary>
    public void Add(AddressRange range)
    {
        for (nint page = FirstPage(range); page <= LastPage(range); page++)
        {
            ref PageEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_pages, page, out bool exists);
            if (!exists)
            {
                entry.First = range;
            }
            else
            {
                (entry.Others ??= new List<AddressRange>(2)).Add(range);
            }
        }
    }

    /// <summary>Removes one occurrence of <paramref name="range"/>, which must have been added.</summary>
    public void Remove(AddressRange range)
    {
        for (nint page = FirstPage(range); page <= LastPage(range); page++)
        {
            ref PageEntry entry = ref CollectionsMarshal.GetValueRefOrNullRef(_pages, page);
            if (Unsafe.IsNullRef(ref entry))
            {
                throw new InvalidOperationException("Internal error: range page not registered.");
            }

            List<AddressRange>? others = entry.Others;
            if (others is { Count: > 0 })
            {
                // Remove the newest matching occurrence from the overflow list, or else promote the
                // newest overflow entry into the inline slot.
                int index = others.LastIndexOf(range);
                if (index >= 0)
                {
                    others.RemoveAt(index);
                }
                else
                {
                    entry.First = others[^1];
                    others.RemoveAt(others.Count - 1);
                }
            }
            else
            {
                _pages.Remove(page);
            }
        }
    }

    /// <summary>Finds a range containing <paramref name="address"/>.</summary>
    public bool TryFind(nint address, out AddressRange range)
    {
        if (_pages.TryGetValue(address >> PageShift, out PageEntry entry))
        {
            if (entry.Others is { } others)
            {
                for (int i = others.Count - 1; i >= 0; i--)
                {
                    if (others[i].Contains(address))
                    {
                        range = others[i];
                        return true;
                    }
                }
            }

            if (entry.First.Contains(address))
            {
                range = entry.First;
                return true;
            }
        }

        range = default;
        return false;
    }

    /// <summary>Removes every range.</summary>
    public void Clear() => _pages.Clear();

    private static nint FirstPage(AddressRange range) => range.Start >> PageShift;

    private static nint LastPage(AddressRange range) => (range.End - 1) >> PageShift;
}
