// Mirrors CPython Objects/listobject.c list.sort: stable, key= and reverse=, list emptied while sorting.
namespace RefPy.Runtime.Objects;

internal static unsafe class ListSort
{
    public static nint SortMethod(nint self, ReadOnlySpan<nint> args, nint kwnames)
    {
        int nkw = kwnames == 0 ? 0 : (int)TupleType.Count(kwnames);
        if (args.Length - nkw > 0)
        {
            throw Errors.TypeError("sort() takes no positional arguments");
        }
        nint[] a = Args.Parse("sort", args, kwnames, ["key", "reverse"], 0);
        nint keyFunc = a[0] == Singletons.None ? 0 : a[0];
        bool reverse = a[1] != 0 && Abstract.IsTrue(a[1]);
        Sort(self, keyFunc, reverse);
        return Singletons.None;
    }

    public static void Sort(nint list, nint keyFunc, bool reverse)
    {
        long n = ListType.Count(list);
        nint* items = ListType.Items(list);
        long allocated = ListType.Allocated(list);
        // Empty the list while sorting, as CPython does, so mutation during comparison is harmless.
        *(long*)(list + Ob.SizeOffset) = 0;
        *(nint*)(list + ListType.ItemsPtrOffset) = 0;
        *(long*)(list + ListType.AllocatedOffset) = 0;
        var values = new nint[n];
        for (long i = 0; i < n; i++)
        {
            values[i] = items[i];
        }
        nint[] keys = values;
        PyException? error = null;
        try
        {
            if (keyFunc != 0)
            {
                keys = new nint[n];
                for (long i = 0; i < n; i++)
                {
                    keys[i] = Abstract.Call(keyFunc, new ReadOnlySpan<nint>(ref values[i]), 0);
                }
            }
            var order = new int[n];
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }
            if (reverse)
            {
                Array.Reverse(order);
            }
            order = MergeSort(order, keys);
            if (reverse)
            {
                Array.Reverse(order);
            }
            var sorted = new nint[n];
            for (int i = 0; i < n; i++)
            {
                sorted[i] = values[order[i]];
            }
            values = sorted;
        }
        catch (PyException e)
        {
            error = e;
        }
        finally
        {
            if (!ReferenceEquals(keys, values) && keyFunc != 0)
            {
                foreach (nint k in keys)
                {
                    Ob.XDecref(k);
                }
            }
        }
        bool mutated = ListType.Items(list) != null;
        nint* stray = ListType.Items(list);
        long strayCount = ListType.Count(list);
        *(nint*)(list + ListType.ItemsPtrOffset) = (nint)items;
        *(long*)(list + Ob.SizeOffset) = n;
        *(long*)(list + ListType.AllocatedOffset) = allocated;
        for (long i = 0; i < n; i++)
        {
            items[i] = values[i];
        }
        if (mutated)
        {
            for (long i = 0; i < strayCount; i++)
            {
                Ob.XDecref(stray[i]);
            }
            Mem.Free((nint)stray);
            error ??= Errors.ValueError("list modified during sort");
        }
        if (error is not null)
        {
            throw error;
        }
    }

    private static int[] MergeSort(int[] order, nint[] keys)
    {
        if (order.Length < 2)
        {
            return order;
        }
        var buffer = new int[order.Length];
        Sort(order, buffer, 0, order.Length, keys);
        return order;
    }

    private static void Sort(int[] a, int[] tmp, int lo, int hi, nint[] keys)
    {
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && Abstract.RichCompareBool(keys[x], keys[a[j]], CompareOp.Lt))
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        Sort(a, tmp, lo, mid, keys);
        Sort(a, tmp, mid, hi, keys);
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi)
        {
            // Take from the right run only when strictly less: stability.
            if (Abstract.RichCompareBool(keys[a[q]], keys[a[p]], CompareOp.Lt))
            {
                tmp[k++] = a[q++];
            }
            else
            {
                tmp[k++] = a[p++];
            }
        }
        while (p < mid)
        {
            tmp[k++] = a[p++];
        }
        while (q < hi)
        {
            tmp[k++] = a[q++];
        }
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }
}
