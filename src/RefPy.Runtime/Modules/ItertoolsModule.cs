// Mirrors CPython Modules/itertoolsmodule.c: the itertools module.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>itertools</c> module: its iterator types (Objects/ItertoolsObjects.cs) and tee.</summary>
internal static class ItertoolsModule
{
    public static PyType[] Types() =>
    [
        CountType.Instance, CycleType.Instance, RepeatType.Instance, ChainType.Instance, IsliceType.Instance, StarmapType.Instance,
        WhileType.Take, WhileType.Drop, FilterFalseType.Instance, CompressType.Instance, AccumulateType.Instance, PairwiseType.Instance,
        BatchedType.Instance, ZipLongestType.Instance, CombinatoricType.Product, CombinatoricType.Permutations, CombinatoricType.Combinations,
        CombinatoricType.CombinationsWithReplacement, GroupByType.Instance, GrouperType.Instance, TeeDataType.Instance, TeeType.Instance,
    ];

    public static nint Create()
    {
        var b = new ModuleBuilder("itertools");
        foreach (PyType t in Types())
        {
            if (t is not GrouperType && t is not TeeDataType)
            {
                b.Type(t);
            }
        }
        b.Fn("tee", (self, args, kw) =>
        {
            Args.NoKeywords("tee", kw);
            Args.Range("tee", args, 1, 2);
            long n = 2;
            if (args.Length == 2)
            {
                if (!IntType.IsInt(args[1]))
                {
                    throw Errors.TypeError("'" + Ob.TypeOf(args[1]).Name + "' object cannot be interpreted as an integer");
                }
                n = IntType.AsLong(args[1]);
            }
            if (n < 0)
            {
                throw Errors.ValueError("n must be >= 0");
            }
            nint result = TupleType.New(n);
            if (n == 0)
            {
                return result;
            }
            nint it = Abstract.GetIter(args[0]);
            nint first;
            if (Ob.Type(it) == TeeType.Instance.Address)
            {
                first = it;
            }
            else
            {
                nint data = TeeDataType.Instance.New(it);
                Ob.Decref(it);
                first = TeeType.Instance.New(data, 0);
                Ob.Decref(data);
            }
            TupleType.SetItemInit(result, 0, first);
            for (long i = 1; i < n; i++)
            {
                TupleType.SetItemInit(result, i, TeeType.Instance.Copy(first));
            }
            return result;
        });
        return b.Module;
    }
}
