// Mirrors CPython Modules/mathmodule.c: the everyday functions and constants of math.
using System.Numerics;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>math</c> module.</summary>
internal static class MathModule
{
    public static nint Create()
    {
        nint m = ModuleType.New("math");
        nint d = ModuleType.Dict(m);
        void Set(string name, nint v)
        {
            DictType.Set(d, StrObject.Intern(name), v);
            Ob.Decref(v);
        }
        void Fn(string name, BuiltinFn fn) => Set(name, BuiltinFunctionObject.New(new NativeFunction(name, fn), m));
        void F1(string name, Func<double, double> f, Func<double, bool>? domain = null) => Fn(name, (self, args, kw) =>
        {
            Args.Exact(name, args, 1);
            double x = Arg(args[0]);
            if (domain is not null && !domain(x))
            {
                throw Errors.ValueError("math domain error");
            }
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x))
            {
                throw Errors.ValueError("math domain error");
            }
            if (double.IsInfinity(r) && !double.IsInfinity(x))
            {
                throw Errors.OverflowError("math range error");
            }
            return FloatType.FromDouble(r);
        });

        Set("pi", FloatType.FromDouble(Math.PI));
        Set("e", FloatType.FromDouble(Math.E));
        Set("tau", FloatType.FromDouble(Math.Tau));
        Set("inf", FloatType.FromDouble(double.PositiveInfinity));
        Set("nan", FloatType.FromDouble(double.NaN));
        F1("sqrt", Math.Sqrt, x => x >= 0 || double.IsNaN(x));
        F1("exp", Math.Exp);
        F1("sin", Math.Sin, x => !double.IsInfinity(x));
        F1("cos", Math.Cos, x => !double.IsInfinity(x));
        F1("tan", Math.Tan, x => !double.IsInfinity(x));
        F1("asin", Math.Asin);
        F1("acos", Math.Acos);
        F1("atan", Math.Atan);
        F1("sinh", Math.Sinh);
        F1("cosh", Math.Cosh);
        F1("tanh", Math.Tanh);
        F1("log10", Math.Log10, x => x > 0);
        F1("log2", Math.Log2, x => x > 0);
        F1("fabs", Math.Abs);
        F1("degrees", x => x * (180.0 / Math.PI));
        F1("radians", x => x * (Math.PI / 180.0));
        Fn("log", (self, args, kw) =>
        {
            Args.Range("log", args, 1, 2);
            double x = LogArg(args[0]);
            if (args.Length == 1)
            {
                return FloatType.FromDouble(x);
            }
            double b = LogArg(args[1]);
            if (b == 0)
            {
                throw Errors.ZeroDivisionError("float division by zero");
            }
            return FloatType.FromDouble(x / b);
        });
        Fn("pow", (self, args, kw) =>
        {
            Args.Exact("pow", args, 2);
            return FloatType.FromDouble(Math.Pow(Arg(args[0]), Arg(args[1])));
        });
        Fn("atan2", (self, args, kw) =>
        {
            Args.Exact("atan2", args, 2);
            return FloatType.FromDouble(Math.Atan2(Arg(args[0]), Arg(args[1])));
        });
        Fn("hypot", (self, args, kw) =>
        {
            double s = 0;
            foreach (nint a in args)
            {
                double v = Arg(a);
                s += v * v;
            }
            return FloatType.FromDouble(Math.Sqrt(s));
        });
        Fn("floor", (self, args, kw) => { Args.Exact("floor", args, 1); return IntegralResult(args[0], Math.Floor); });
        Fn("ceil", (self, args, kw) => { Args.Exact("ceil", args, 1); return IntegralResult(args[0], Math.Ceiling); });
        Fn("trunc", (self, args, kw) => { Args.Exact("trunc", args, 1); return IntegralResult(args[0], Math.Truncate); });
        Fn("isnan", (self, args, kw) => { Args.Exact("isnan", args, 1); return BoolObject.NewRef(double.IsNaN(Arg(args[0]))); });
        Fn("isinf", (self, args, kw) => { Args.Exact("isinf", args, 1); return BoolObject.NewRef(double.IsInfinity(Arg(args[0]))); });
        Fn("isfinite", (self, args, kw) => { Args.Exact("isfinite", args, 1); return BoolObject.NewRef(double.IsFinite(Arg(args[0]))); });
        Fn("copysign", (self, args, kw) => { Args.Exact("copysign", args, 2); return FloatType.FromDouble(Math.CopySign(Arg(args[0]), Arg(args[1]))); });
        Fn("factorial", (self, args, kw) =>
        {
            Args.Exact("factorial", args, 1);
            if (!IntType.IsInt(args[0]))
            {
                throw Errors.TypeError("'" + Ob.TypeOf(args[0]).Name + "' object cannot be interpreted as an integer");
            }
            BigInteger n = IntType.ToBig(args[0]);
            if (n < 0)
            {
                throw Errors.ValueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.One;
            for (BigInteger i = 2; i <= n; i++)
            {
                r *= i;
            }
            return IntType.FromBig(r);
        });
        Fn("gcd", (self, args, kw) =>
        {
            BigInteger g = BigInteger.Zero;
            foreach (nint a in args)
            {
                g = BigInteger.GreatestCommonDivisor(g, IntArg(a));
            }
            return IntType.FromBig(g);
        });
        Fn("isqrt", (self, args, kw) =>
        {
            Args.Exact("isqrt", args, 1);
            BigInteger n = IntArg(args[0]);
            if (n < 0)
            {
                throw Errors.ValueError("isqrt() argument must be nonnegative");
            }
            if (n.IsZero)
            {
                return IntType.FromLong(0);
            }
            BigInteger x = (BigInteger)Math.Sqrt((double)n);
            while (x * x > n)
            {
                x--;
            }
            while ((x + 1) * (x + 1) <= n)
            {
                x++;
            }
            return IntType.FromBig(x);
        });
        Fn("fsum", (self, args, kw) =>
        {
            Args.Exact("fsum", args, 1);
            nint list = Abstract.SequenceToList(args[0]);
            try
            {
                // Shewchuk's algorithm, as msum in mathmodule.c: exact partial sums.
                var partials = new List<double>();
                for (long i = 0; i < ListType.Count(list); i++)
                {
                    double x = Arg(ListType.Item(list, i));
                    int k = 0;
                    foreach (double p0 in partials.ToArray())
                    {
                        double y = p0;
                        if (Math.Abs(x) < Math.Abs(y))
                        {
                            (x, y) = (y, x);
                        }
                        double hi = x + y;
                        double lo = y - (hi - x);
                        if (lo != 0)
                        {
                            partials[k++] = lo;
                        }
                        x = hi;
                    }
                    partials.RemoveRange(k, partials.Count - k);
                    partials.Add(x);
                }
                double total = 0;
                foreach (double p in partials)
                {
                    total += p;
                }
                return FloatType.FromDouble(total);
            }
            finally
            {
                Ob.Decref(list);
            }
        });
        Fn("prod", (self, args, kw) =>
        {
            Args.Exact("prod", args, 1);
            nint it = Abstract.GetIter(args[0]);
            nint acc = IntType.FromLong(1);
            try
            {
                while (true)
                {
                    nint v = Ob.TypeOf(it).IterNext(it);
                    if (v == 0)
                    {
                        return acc;
                    }
                    nint next = Abstract.BinaryOp(BinaryOp.Multiply, acc, v);
                    Ob.Decref(v);
                    Ob.Decref(acc);
                    acc = next;
                }
            }
            catch
            {
                Ob.Decref(acc);
                throw;
            }
            finally
            {
                Ob.Decref(it);
            }
        });
        return m;
    }

    private static double Arg(nint o)
    {
        if (FloatType.TryAsDouble(o, out double d))
        {
            return d;
        }
        throw Errors.TypeError("must be real number, not " + Ob.TypeOf(o).Name);
    }

    private static BigInteger IntArg(nint o)
    {
        if (!IntType.IsInt(o))
        {
            throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
        }
        return IntType.ToBig(o);
    }

    private static double LogArg(nint o)
    {
        if (IntType.IsInt(o))
        {
            BigInteger b = IntType.ToBig(o);
            if (b <= 0)
            {
                throw Errors.ValueError("math domain error");
            }
            return BigInteger.Log(b);
        }
        double x = Arg(o);
        if (x <= 0 || double.IsNaN(x))
        {
            throw Errors.ValueError("math domain error");
        }
        return Math.Log(x);
    }

    private static nint IntegralResult(nint o, Func<double, double> f)
    {
        if (IntType.IsInt(o))
        {
            return IntType.FromBig(IntType.ToBig(o));
        }
        double x = Arg(o);
        if (double.IsNaN(x))
        {
            throw Errors.ValueError("cannot convert float NaN to integer");
        }
        if (double.IsInfinity(x))
        {
            throw Errors.OverflowError("cannot convert float infinity to integer");
        }
        return IntType.FromBig(new BigInteger(f(x)));
    }
}
