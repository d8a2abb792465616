// Mirrors CPython Modules/_randommodule.c (the Mersenne Twister MT19937, seeding, random(), getrandbits())
// and Lib/random.py (Random: seed version 2, randrange, randint, choice, shuffle, sample, uniform, choices,
// gauss, normalvariate), so a seeded generator gives CPython's numbers.
using System.Numerics;
using System.Security.Cryptography;
using RefPy.Runtime.Modules;

namespace RefPy.Runtime.Objects;

/// <summary>
/// <c>random.Random</c>: CPython's RandomObject (index +16 as a C int, state[624] of uint32 at +20: 2520 bytes)
/// inside a Python subclass instance (getsizeof 2552). RefPy stores gauss_next after the state (+2520, with a
/// flag at +2528) and reports CPython's size.
/// </summary>
internal sealed unsafe class RandomType : PyType
{
    private const int N = 624, M = 397, IndexOff = 16, StateOff = 20, GaussOff = 2520, GaussSetOff = 2528, AllocSize = 2536;
    public static readonly RandomType Instance = new();

    private RandomType() : base("Random", 2520, 0, true, ObjectType.Instance)
    {
        this.AddMethod("seed", (self, args, kw) =>
        {
            nint[] a = Args.Parse("seed", args, kw, ["a", "version"], 0);
            Seed(self, a[0] == 0 ? Singletons.None : a[0]);
            return Singletons.None;
        });
        this.AddMethod("random", (self, args, kw) => { Args.Exact("random", args, 0); return FloatType.FromDouble(Random(self)); });
        this.AddMethod("getrandbits", (self, args, kw) =>
        {
            Args.Exact("getrandbits", args, 1);
            if (!IntType.IsInt(args[0]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(args[0]).Name + "' object cannot be interpreted as an integer");
            }
            long k = IntType.AsLong(args[0]);
            if (k < 0)
            {
                throw Errors.ValueError("number of bits must be non-negative");
            }
            return IntType.FromBig(GetRandBits(self, k));
        });
        this.AddMethod("randrange", (self, args, kw) =>
        {
            nint[] a = Args.Parse("randrange", args, kw, ["start", "stop", "step"], 1);
            return RandRange(self, a[0], a[1] == 0 ? Singletons.None : a[1], a[2]);
        });
        this.AddMethod("randint", (self, args, kw) =>
        {
            nint[] a = Args.Parse("randint", args, kw, ["a", "b"], 2);
            nint one = IntType.FromLong(1);
            nint b1 = Abstract.BinaryOp(BinaryOp.Add, a[1], one);
            try
            {
                return RandRange(self, a[0], b1, 0);
            }
            finally
            {
                Ob.Decref(b1);
            }
        });
        this.AddMethod("choice", (self, args, kw) =>
        {
            nint[] a = Args.Parse("choice", args, kw, ["seq"], 1);
            long n = Abstract.Length(a[0]);
            if (n == 0)
            {
                throw Errors.IndexError("Cannot choose from an empty sequence");
            }
            nint i = IntType.FromBig(RandBelow(self, n));
            try
            {
                return Abstract.GetItem(a[0], i);
            }
            finally
            {
                Ob.Decref(i);
            }
        });
        this.AddMethod("shuffle", (self, args, kw) =>
        {
            nint[] a = Args.Parse("shuffle", args, kw, ["x"], 1);
            nint x = a[0];
            PyType t = Ob.TypeOf(x);
            for (long i = Abstract.Length(x) - 1; i >= 1; i--)
            {
                long j = (long)RandBelow(self, i + 1);
                nint ki = IntType.FromLong(i), kj = IntType.FromLong(j);
                try
                {
                    nint xj = t.GetItem(x, kj);
                    nint xi = t.GetItem(x, ki);
                    try
                    {
                        t.SetItem(x, ki, xj);
                        t.SetItem(x, kj, xi);
                    }
                    finally
                    {
                        Ob.Decref(xi);
                        Ob.Decref(xj);
                    }
                }
                finally
                {
                    Ob.Decref(ki);
                    Ob.Decref(kj);
                }
            }
            return Singletons.None;
        });
        this.AddMethod("sample", (self, args, kw) =>
        {
            nint[] a = Args.Parse("sample", args, kw, ["population", "k", "counts"], 2);
            if (a[2] != 0 && a[2] != Singletons.None)
            {
                throw Errors.NotImplementedError("RefPy's random.sample does not support counts yet");
            }
            return Sample(self, a[0], a[1]);
        });
        this.AddMethod("uniform", (self, args, kw) =>
        {
            nint[] a = Args.Parse("uniform", args, kw, ["a", "b"], 2);
            nint diff = Abstract.BinaryOp(BinaryOp.Subtract, a[1], a[0]);
            nint r = FloatType.FromDouble(Random(self));
            nint prod = 0;
            try
            {
                prod = Abstract.BinaryOp(BinaryOp.Multiply, diff, r);
                return Abstract.BinaryOp(BinaryOp.Add, a[0], prod);
            }
            finally
            {
                Ob.Decref(diff);
                Ob.Decref(r);
                Ob.XDecref(prod);
            }
        });
        this.AddMethod("choices", (self, args, kw) =>
        {
            nint[] a = Args.Parse("choices", args, kw, ["population", "weights", "cum_weights", "k"], 1);
            return Choices(self, a[0], a[1], a[2], a[3]);
        });
        this.AddMethod("gauss", (self, args, kw) =>
        {
            nint[] a = Args.Parse("gauss", args, kw, ["mu", "sigma"], 0);
            double z;
            if (*(long*)(self + GaussSetOff) != 0)
            {
                z = *(double*)(self + GaussOff);
                *(long*)(self + GaussSetOff) = 0;
            }
            else
            {
                double x2pi = Random(self) * (2 * Math.PI);
                double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Random(self)));
                z = Math.Cos(x2pi) * g2rad;
                *(double*)(self + GaussOff) = Math.Sin(x2pi) * g2rad;
                *(long*)(self + GaussSetOff) = 1;
            }
            return MuPlusZSigma(z, a[0], a[1]);
        });
        this.AddMethod("normalvariate", (self, args, kw) =>
        {
            nint[] a = Args.Parse("normalvariate", args, kw, ["mu", "sigma"], 0);
            double magic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
            double z;
            while (true)
            {
                double u1 = Random(self);
                double u2 = 1.0 - Random(self);
                z = magic * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.Log(u2))
                {
                    break;
                }
            }
            return MuPlusZSigma(z, a[0], a[1]);
        });
    }

    public override string? ModuleName => "random";

    /// <summary>A Python-subclass instance in CPython: __dict__ and weakref slots in front of the GC head.</summary>
    public override int PreHeaderSize => 32;

    public override long SizeOf(nint o) => BasicSize;

    private static nint MuPlusZSigma(double z, nint mu, nint sigma)
    {
        nint zf = FloatType.FromDouble(z);
        nint mv = mu == 0 ? FloatType.FromDouble(0.0) : Ob.NewRef(mu);
        nint sv = sigma == 0 ? FloatType.FromDouble(1.0) : Ob.NewRef(sigma);
        nint prod = 0;
        try
        {
            prod = Abstract.BinaryOp(BinaryOp.Multiply, zf, sv);
            return Abstract.BinaryOp(BinaryOp.Add, mv, prod);
        }
        finally
        {
            Ob.Decref(zf);
            Ob.Decref(mv);
            Ob.Decref(sv);
            Ob.XDecref(prod);
        }
    }

    public nint New()
    {
        nint o = AllocObject(AllocSize);
        *(int*)(o + IndexOff) = N + 1;
        return o;
    }

    public override nint Construct(ReadOnlySpan<nint> args, nint kwnames)
    {
        Args.NoKeywords("Random", kwnames);
        Args.Range("Random", args, 0, 1);
        nint o = New();
        try
        {
            Seed(o, args.Length == 1 ? args[0] : Singletons.None);
        }
        catch
        {
            Ob.Decref(o);
            throw;
        }
        return o;
    }

    public override string Repr(nint o) => "<random.Random object at 0x" + ((long)o).ToString("x") + ">";

    private static uint* Mt(nint o) => (uint*)(o + StateOff);

    // ---- the Mersenne Twister ------------------------------------------------------------------------

    private static void InitGenRand(nint o, uint s)
    {
        uint* mt = Mt(o);
        mt[0] = s;
        for (int i = 1; i < N; i++)
        {
            mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        }
        *(int*)(o + IndexOff) = N;
    }

    private static void InitByArray(nint o, uint[] key)
    {
        uint* mt = Mt(o);
        InitGenRand(o, 19650218U);
        int i = 1, j = 0;
        int k = N > key.Length ? N : key.Length;
        for (; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.Length)
            {
                j = 0;
            }
        }
        for (k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000U;
    }

    public static uint GenRand(nint o)
    {
        uint* mt = Mt(o);
        int index = *(int*)(o + IndexOff);
        uint y;
        if (index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfU : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfU : 0);
            }
            y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfU : 0);
            index = 0;
        }
        y = mt[index++];
        *(int*)(o + IndexOff) = index;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    public static double Random(nint o)
    {
        uint a = GenRand(o) >> 5, b = GenRand(o) >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    public static BigInteger GetRandBits(nint o, long k)
    {
        if (k == 0)
        {
            return BigInteger.Zero;
        }
        if (k <= 32)
        {
            return GenRand(o) >> (int)(32 - k);
        }
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = GenRand(o);
            if (k < 32)
            {
                r >>= (int)(32 - k);
            }
            BitConverter.TryWriteBytes(bytes.AsSpan((int)(i * 4), 4), r);
        }
        return new BigInteger(bytes);
    }

    /// <summary>_randbelow_with_getrandbits: uniform in [0, n), n &gt; 0.</summary>
    public static BigInteger RandBelow(nint o, BigInteger n)
    {
        long k = (long)n.GetBitLength();
        BigInteger r = GetRandBits(o, k);
        while (r >= n)
        {
            r = GetRandBits(o, k);
        }
        return r;
    }

    /// <summary>Random.seed(a) for version 2 (str/bytes through sha512), then _random.Random.seed.</summary>
    public static void Seed(nint o, nint a)
    {
        *(long*)(o + GaussSetOff) = 0;
        BigInteger n;
        if (a == Singletons.None)
        {
            var key = new uint[N];
            byte[] buf = RandomNumberGenerator.GetBytes(N * 4);
            Buffer.BlockCopy(buf, 0, key, 0, buf.Length);
            InitByArray(o, key);
            return;
        }
        if (StrObject.IsStr(a))
        {
            byte[] s = System.Text.Encoding.UTF8.GetBytes(StrObject.ToManaged(a));
            byte[] all = [.. s, .. SHA512.HashData(s)];
            n = new BigInteger(all, isUnsigned: true, isBigEndian: true);
        }
        else if (IntType.IsInt(a))
        {
            n = BigInteger.Abs(IntType.ToBig(a));
        }
        else if (FloatType.IsFloat(a))
        {
            n = (ulong)Abstract.Hash(a);
        }
        else
        {
            throw Errors.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        byte[] le = n.IsZero ? [0] : n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (le.Length + 3) / 4);
        var keyWords = new uint[words];
        for (int i = 0; i < le.Length; i++)
        {
            keyWords[i / 4] |= (uint)le[i] << (8 * (i % 4));
        }
        // keyused: the significant 32-bit words (at least one).
        int used = words;
        while (used > 1 && keyWords[used - 1] == 0)
        {
            used--;
        }
        InitByArray(o, keyWords[..used]);
    }

    private static BigInteger IndexArg(nint v)
    {
        nint i = Py.Index(v);
        try
        {
            return IntType.ToBig(i);
        }
        finally
        {
            Ob.Decref(i);
        }
    }

    private static nint RandRange(nint self, nint start, nint stop, nint step)
    {
        BigInteger istart = IndexArg(start);
        if (stop == Singletons.None)
        {
            if (step != 0)
            {
                throw Errors.TypeError("Missing a non-None stop argument");
            }
            if (istart > 0)
            {
                return IntType.FromBig(RandBelow(self, istart));
            }
            throw Errors.ValueError("empty range for randrange()");
        }
        BigInteger istop = IndexArg(stop);
        BigInteger width = istop - istart;
        BigInteger istep = step == 0 ? BigInteger.One : IndexArg(step);
        if (istep == 1)
        {
            if (width > 0)
            {
                return IntType.FromBig(istart + RandBelow(self, width));
            }
            throw Errors.ValueError("empty range in randrange(" + Abstract.StrString(start) + ", " + Abstract.StrString(stop) + ")");
        }
        BigInteger n;
        if (istep > 0)
        {
            n = IntType.FloorDiv(width + istep - 1, istep);
        }
        else if (istep < 0)
        {
            n = IntType.FloorDiv(width + istep + 1, istep);
        }
        else
        {
            throw Errors.ValueError("zero step for randrange()");
        }
        if (n <= 0)
        {
            throw Errors.ValueError("empty range in randrange(" + Abstract.StrString(start) + ", " + Abstract.StrString(stop) + ", " + Abstract.StrString(step) + ")");
        }
        return IntType.FromBig(istart + istep * RandBelow(self, n));
    }

    private static bool IsSequence(nint o)
    {
        PyType t = Ob.TypeOf(o);
        return t is ListType or TupleType or StrType or RangeType or DequeType
            || (t is ClassType ct && ct.Lookup("__getitem__") != 0 && ct.Lookup("__len__") != 0);
    }

    private static nint Sample(nint self, nint population, nint kObj)
    {
        if (!IsSequence(population))
        {
            throw Errors.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Abstract.Length(population);
        nint ki = Py.Index(kObj);
        long k = IntType.TryGetLong(ki, out long kv) ? kv : -1;
        Ob.Decref(ki);
        if (k < 0 || k > n)
        {
            throw Errors.ValueError("Sample larger than population or is negative");
        }
        nint result = ListType.New(k);
        for (long i = 0; i < k; i++)
        {
            ListType.SetItemInit(result, i, Singletons.None);
        }
        try
        {
            long setsize = 21;
            if (k > 5)
            {
                setsize += (long)Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
            }
            if (n <= setsize)
            {
                nint pool = Abstract.SequenceToList(population);
                try
                {
                    for (long i = 0; i < k; i++)
                    {
                        long j = (long)RandBelow(self, n - i);
                        nint* items = ListType.Items(pool);
                        Ob.SetRef(ListType.Items(result) + i, Ob.NewRef(items[j]));
                        Ob.SetRef(ListType.Items(pool) + j, Ob.NewRef(ListType.Items(pool)[n - i - 1]));
                    }
                }
                finally
                {
                    Ob.Decref(pool);
                }
            }
            else
            {
                var selected = new HashSet<long>();
                for (long i = 0; i < k; i++)
                {
                    long j = (long)RandBelow(self, n);
                    while (selected.Contains(j))
                    {
                        j = (long)RandBelow(self, n);
                    }
                    selected.Add(j);
                    nint idx = IntType.FromLong(j);
                    try
                    {
                        Ob.SetRef(ListType.Items(result) + i, Abstract.GetItem(population, idx));
                    }
                    finally
                    {
                        Ob.Decref(idx);
                    }
                }
            }
        }
        catch
        {
            Ob.Decref(result);
            throw;
        }
        return result;
    }

    private static nint Choices(nint self, nint population, nint weights, nint cumWeights, nint kObj)
    {
        long n = Abstract.Length(population);
        long k = 1;
        if (kObj != 0)
        {
            nint ki = Py.Index(kObj);
            k = IntType.AsLong(ki);
            Ob.Decref(ki);
        }
        if (weights == Singletons.None)
        {
            weights = 0;
        }
        if (cumWeights == Singletons.None)
        {
            cumWeights = 0;
        }
        nint result = ListType.New(0);
        nint cum = 0;
        try
        {
            if (cumWeights == 0)
            {
                if (weights == 0)
                {
                    double nf = n;
                    for (long i = 0; i < k; i++)
                    {
                        nint idx = IntType.FromLong((long)Math.Floor(Random(self) * nf));
                        try
                        {
                            ListType.AppendSteal(result, Abstract.GetItem(population, idx));
                        }
                        finally
                        {
                            Ob.Decref(idx);
                        }
                    }
                    return result;
                }
                if (IntType.IsInt(weights))
                {
                    throw Errors.TypeError("The number of choices must be a keyword argument: k=" + Abstract.ReprString(weights));
                }
                nint acc = Abstract.Call(AccumulateType.Instance.Address, [weights], 0);
                try
                {
                    cum = Abstract.SequenceToList(acc);
                }
                finally
                {
                    Ob.Decref(acc);
                }
            }
            else if (weights != 0)
            {
                throw Errors.TypeError("Cannot specify both weights and cumulative weights");
            }
            else
            {
                cum = Abstract.SequenceToList(cumWeights);
            }
            if (ListType.Count(cum) != n)
            {
                throw Errors.ValueError("The number of weights does not match the population");
            }
            nint zero = FloatType.FromDouble(0.0);
            nint totalObj;
            try
            {
                totalObj = Abstract.BinaryOp(BinaryOp.Add, ListType.Item(cum, n - 1), zero);
            }
            finally
            {
                Ob.Decref(zero);
            }
            double total = FloatType.Value(totalObj);
            Ob.Decref(totalObj);
            if (total <= 0.0)
            {
                throw Errors.ValueError("Total of weights must be greater than zero");
            }
            if (!double.IsFinite(total))
            {
                throw Errors.ValueError("Total of weights must be finite");
            }
            long hi = n - 1;
            for (long i = 0; i < k; i++)
            {
                nint x = FloatType.FromDouble(Random(self) * total);
                long lo = 0, h = hi;
                try
                {
                    while (lo < h)
                    {
                        long mid = (lo + h) / 2;
                        if (Abstract.RichCompareBool(x, ListType.Item(cum, mid), CompareOp.Lt))
                        {
                            h = mid;
                        }
                        else
                        {
                            lo = mid + 1;
                        }
                    }
                }
                finally
                {
                    Ob.Decref(x);
                }
                nint idx = IntType.FromLong(lo);
                try
                {
                    ListType.AppendSteal(result, Abstract.GetItem(population, idx));
                }
                finally
                {
                    Ob.Decref(idx);
                }
            }
            return result;
        }
        catch
        {
            Ob.Decref(result);
            throw;
        }
        finally
        {
            Ob.XDecref(cum);
        }
    }
}
