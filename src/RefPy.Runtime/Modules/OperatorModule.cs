// Mirrors CPython Modules/_operator.c and Lib/operator.py: functions for Python's operators.
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Modules;

/// <summary>The <c>operator</c> module.</summary>
internal static class OperatorModule
{
    public static PyType[] Types() => [OperatorGetterType.ItemGetter, OperatorGetterType.AttrGetter, OperatorGetterType.MethodCaller];

    private static readonly (string Name, BinaryOp Op)[] Binary =
    [
        ("add", BinaryOp.Add), ("sub", BinaryOp.Subtract), ("mul", BinaryOp.Multiply), ("truediv", BinaryOp.TrueDivide),
        ("floordiv", BinaryOp.FloorDivide), ("mod", BinaryOp.Remainder), ("pow", BinaryOp.Power), ("lshift", BinaryOp.LShift),
        ("rshift", BinaryOp.RShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor), ("matmul", BinaryOp.MatrixMultiply),
        ("iadd", BinaryOp.InplaceAdd), ("isub", BinaryOp.InplaceSubtract), ("imul", BinaryOp.InplaceMultiply),
        ("itruediv", BinaryOp.InplaceTrueDivide), ("ifloordiv", BinaryOp.InplaceFloorDivide), ("imod", BinaryOp.InplaceRemainder),
        ("ipow", BinaryOp.InplacePower), ("ilshift", BinaryOp.InplaceLShift), ("irshift", BinaryOp.InplaceRShift),
        ("iand", BinaryOp.InplaceAnd), ("ior", BinaryOp.InplaceOr), ("ixor", BinaryOp.InplaceXor),
    ];

    private static readonly (string Name, CompareOp Op)[] Compare =
        [("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge)];

    public static nint Create()
    {
        var b = new ModuleBuilder("operator");
        foreach (PyType t in Types())
        {
            b.Type(t);
        }
        foreach ((string name, BinaryOp op) in Binary)
        {
            BinaryOp o = op;
            b.Fn(name, (self, args, kw) => { Args.Range(name, args, 2, 2); return Abstract.BinaryOp(o, args[0], args[1]); });
        }
        foreach ((string name, CompareOp op) in Compare)
        {
            CompareOp o = op;
            b.Fn(name, (self, args, kw) => { Args.Range(name, args, 2, 2); return Abstract.RichCompare(args[0], args[1], o); });
        }
        b.Fn("neg", (self, args, kw) => { Args.Exact("neg", args, 1); return Ob.TypeOf(args[0]).Negative(args[0]); });
        b.Fn("pos", (self, args, kw) => { Args.Exact("pos", args, 1); return Ob.TypeOf(args[0]).Positive(args[0]); });
        b.Fn("invert", (self, args, kw) => { Args.Exact("invert", args, 1); return Ob.TypeOf(args[0]).Invert(args[0]); });
        b.Fn("inv", (self, args, kw) => { Args.Exact("inv", args, 1); return Ob.TypeOf(args[0]).Invert(args[0]); });
        b.Fn("not_", (self, args, kw) => { Args.Exact("not_", args, 1); return BoolObject.NewRef(!Abstract.IsTrue(args[0])); });
        b.Fn("truth", (self, args, kw) => { Args.Exact("truth", args, 1); return BoolObject.NewRef(Abstract.IsTrue(args[0])); });
        b.Fn("is_", (self, args, kw) => { Args.Range("is_", args, 2, 2); return BoolObject.NewRef(args[0] == args[1]); });
        b.Fn("is_not", (self, args, kw) => { Args.Range("is_not", args, 2, 2); return BoolObject.NewRef(args[0] != args[1]); });
        b.Fn("abs", (self, args, kw) =>
        {
            Args.Exact("abs", args, 1);
            nint fn = DictType.GetItemString(Runtime.Current.BuiltinsDict, "abs");
            return Abstract.Call(fn, args, 0);
        });
        b.Fn("index", (self, args, kw) => { Args.Exact("index", args, 1); return Py.Index(args[0]); });
        b.Fn("getitem", (self, args, kw) => { Args.Range("getitem", args, 2, 2); return Abstract.GetItem(args[0], args[1]); });
        b.Fn("setitem", (self, args, kw) =>
        {
            Args.Range("setitem", args, 3, 3);
            Ob.TypeOf(args[0]).SetItem(args[0], args[1], args[2]);
            return Singletons.None;
        });
        b.Fn("delitem", (self, args, kw) =>
        {
            Args.Range("delitem", args, 2, 2);
            Ob.TypeOf(args[0]).DelItem(args[0], args[1]);
            return Singletons.None;
        });
        b.Fn("contains", (self, args, kw) => { Args.Range("contains", args, 2, 2); return BoolObject.NewRef(Abstract.Contains(args[0], args[1])); });
        b.Fn("concat", (self, args, kw) =>
        {
            Args.Range("concat", args, 2, 2);
            PyType t = Ob.TypeOf(args[0]);
            if (t is not (ListType or TupleType or StrType) && t.FindMember("__getitem__") is null && t is not ClassType)
            {
                throw Errors.TypeError("'" + t.Name + "' object can't be concatenated");
            }
            return Abstract.BinaryOp(BinaryOp.Add, args[0], args[1]);
        });
        b.Fn("countOf", (self, args, kw) =>
        {
            Args.Range("countOf", args, 2, 2);
            long n = 0;
            nint target = args[1];
            ForEach(args[0], x => { if (Abstract.EqualsForContainment(x, target)) { n++; } return true; });
            return IntType.FromLong(n);
        });
        b.Fn("indexOf", (self, args, kw) =>
        {
            Args.Range("indexOf", args, 2, 2);
            long i = 0, found = -1;
            nint target = args[1];
            ForEach(args[0], x =>
            {
                if (Abstract.EqualsForContainment(x, target))
                {
                    found = i;
                    return false;
                }
                i++;
                return true;
            });
            if (found < 0)
            {
                throw Errors.ValueError("sequence.index(x): x not in sequence");
            }
            return IntType.FromLong(found);
        });
        b.Fn("length_hint", (self, args, kw) =>
        {
            Args.Range("length_hint", args, 1, 2);
            long d = args.Length > 1 ? IntType.AsLong(args[1]) : 0;
            return IntType.FromLong(Abstract.LengthHint(args[0], d));
        });
        return b.Module;
    }

    private static void ForEach(nint iterable, Func<nint, bool> f)
    {
        nint it = Abstract.GetIter(iterable);
        try
        {
            while (true)
            {
                nint x = Py.Next(it);
                if (x == 0)
                {
                    return;
                }
                bool go;
                try
                {
                    go = f(x);
                }
                finally
                {
                    Ob.Decref(x);
                }
                if (!go)
                {
                    return;
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }
}
