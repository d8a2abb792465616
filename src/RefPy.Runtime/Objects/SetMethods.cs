// Mirrors CPython Objects/setobject.c: union/intersection/difference/symmetric_difference (and their
// _update forms), isdisjoint/issubset/issuperset and pop, with CPython's iteration orders.
namespace RefPy.Runtime.Objects;

/// <summary>set and frozenset methods beyond add/discard/remove/update/clear/copy.</summary>
internal static unsafe class SetMethods
{
    public const int FingerOffset = 56;

    public static void Install(SetType t)
    {
        string n = t.Name;
        t.AddMethod("union", (self, args, kw) =>
        {
            Args.NoKeywords(n + ".union", kw);
            nint r = Copy(self);
            nint[] others = args.ToArray();
            return Guard(r, () =>
            {
                foreach (nint o in others)
                {
                    SetType.Update(r, o);
                }
            });
        });
        t.AddMethod("intersection", (self, args, kw) =>
        {
            Args.NoKeywords(n + ".intersection", kw);
            return IntersectionMulti(self, args);
        });
        t.AddMethod("difference", (self, args, kw) =>
        {
            Args.NoKeywords(n + ".difference", kw);
            if (args.Length == 0)
            {
                return Copy(self);
            }
            nint r = Difference(self, args[0]);
            nint[] rest = args[1..].ToArray();
            return Guard(r, () =>
            {
                foreach (nint o in rest)
                {
                    DifferenceUpdate(r, o);
                }
            });
        });
        t.AddMethod("symmetric_difference", (self, args, kw) =>
        {
            Args.Exact(n + ".symmetric_difference", args, 1);
            return SymmetricDifference(self, args[0]);
        });
        t.AddMethod("isdisjoint", (self, args, kw) =>
        {
            Args.Exact(n + ".isdisjoint", args, 1);
            return BoolObject.NewRef(IsDisjoint(self, args[0]));
        });
        t.AddMethod("issubset", (self, args, kw) =>
        {
            Args.Exact(n + ".issubset", args, 1);
            return BoolObject.NewRef(IsSubset(self, args[0]));
        });
        t.AddMethod("issuperset", (self, args, kw) =>
        {
            Args.Exact(n + ".issuperset", args, 1);
            return BoolObject.NewRef(IsSuperset(self, args[0]));
        });
        if (t.Frozen)
        {
            return;
        }
        t.AddMethod("pop", (self, args, kw) =>
        {
            Args.Exact("set.pop", args, 0);
            return Pop(self);
        });
        t.AddMethod("intersection_update", (self, args, kw) =>
        {
            Args.NoKeywords("set.intersection_update", kw);
            nint tmp = IntersectionMulti(self, args);
            ReplaceBody(self, tmp);
            return Singletons.None;
        });
        t.AddMethod("difference_update", (self, args, kw) =>
        {
            Args.NoKeywords("set.difference_update", kw);
            foreach (nint o in args)
            {
                DifferenceUpdate(self, o);
            }
            return Singletons.None;
        });
        t.AddMethod("symmetric_difference_update", (self, args, kw) =>
        {
            Args.Exact("set.symmetric_difference_update", args, 1);
            SymmetricDifferenceUpdate(self, args[0]);
            return Singletons.None;
        });
    }

    private static nint Guard(nint r, Action fill)
    {
        try
        {
            fill();
        }
        catch
        {
            Ob.Decref(r);
            throw;
        }
        return r;
    }

    private static SetType BaseType(nint s) => Ob.TypeOf(s).IsSubtypeOf(SetType.FrozenSet) ? SetType.FrozenSet : SetType.Set;

    /// <summary>set_copy / make_new_set_basetype(type(so), so).</summary>
    private static nint Copy(nint s) => NewFrom(BaseType(s), s);

    private static nint NewFrom(SetType type, nint iterable)
    {
        nint r = SetType.NewOf(type);
        return Guard(r, () => SetType.Update(r, iterable));
    }

    private static void ReplaceBody(nint self, nint tmp)
    {
        try
        {
            SetType.ClearTable(self);
            SetType.Update(self, tmp);
        }
        finally
        {
            Ob.Decref(tmp);
        }
    }

    private static nint IntersectionMulti(nint so, ReadOnlySpan<nint> others)
    {
        if (others.Length == 0)
        {
            return Copy(so);
        }
        nint result = Ob.NewRef(so);
        foreach (nint o in others)
        {
            nint next;
            try
            {
                next = Intersection(result, o);
            }
            finally
            {
                Ob.Decref(result);
            }
            result = next;
        }
        return result;
    }

    /// <summary>set_intersection: iterates the smaller set (or the iterable) and keeps what the other holds.</summary>
    public static nint Intersection(nint so, nint other)
    {
        nint result = SetType.NewOf(BaseType(so));
        return Guard(result, () =>
        {
            nint a = so, b = other;
            if (SetType.IsAnySet(b))
            {
                if (SetType.Used(b) > SetType.Used(a))
                {
                    (a, b) = (b, a);
                }
                long pos = 0;
                while (SetType.Next(b, ref pos, out nint key))
                {
                    if (SetType.ContainsKey(a, key))
                    {
                        SetType.Add(result, key);
                    }
                }
                return;
            }
            ForEach(other, key =>
            {
                if (SetType.ContainsKey(so, key))
                {
                    SetType.Add(result, key);
                }
            });
        });
    }

    private static void ForEach(nint iterable, Action<nint> body)
    {
        nint it = Abstract.GetIter(iterable);
        try
        {
            while (true)
            {
                nint key = Ob.TypeOf(it).IterNext(it);
                if (key == 0)
                {
                    return;
                }
                try
                {
                    body(key);
                }
                finally
                {
                    Ob.Decref(key);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
    }

    /// <summary>set_difference: copy-and-discard when the other is small or not a set/dict, else a new set of what survives.</summary>
    public static nint Difference(nint so, nint other)
    {
        long otherSize;
        if (SetType.IsAnySet(other))
        {
            otherSize = SetType.Used(other);
        }
        else if (DictType.IsDict(other))
        {
            otherSize = DictType.Used(other);
        }
        else
        {
            otherSize = -1;
        }
        if (otherSize < 0 || (SetType.Used(so) >> 2) > otherSize)
        {
            nint copy = Copy(so);
            return Guard(copy, () => DifferenceUpdate(copy, other));
        }
        nint result = SetType.NewOf(BaseType(so));
        return Guard(result, () =>
        {
            long pos = 0;
            bool isDict = DictType.IsDict(other);
            while (SetType.Next(so, ref pos, out nint key))
            {
                bool present = isDict ? DictType.Get(other, key) != 0 : SetType.ContainsKey(other, key);
                if (!present)
                {
                    SetType.Add(result, key);
                }
            }
        });
    }

    /// <summary>set_difference_update_internal.</summary>
    public static void DifferenceUpdate(nint so, nint other)
    {
        if (so == other)
        {
            SetType.ClearTable(so);
            return;
        }
        if (SetType.IsAnySet(other))
        {
            long pos = 0;
            while (SetType.Next(other, ref pos, out nint key))
            {
                SetType.Discard(so, key);
            }
            return;
        }
        ForEach(other, key => SetType.Discard(so, key));
    }

    /// <summary>set_symmetric_difference: set(other) updated symmetrically with so.</summary>
    public static nint SymmetricDifference(nint so, nint other)
    {
        nint result = NewFrom(BaseType(so), other);
        return Guard(result, () => SymmetricDifferenceUpdate(result, so));
    }

    public static void SymmetricDifferenceUpdate(nint so, nint other)
    {
        if (so == other)
        {
            SetType.ClearTable(so);
            return;
        }
        nint otherSet = SetType.IsAnySet(other) ? Ob.NewRef(other) : NewFrom(BaseType(so), other);
        try
        {
            long pos = 0;
            while (SetType.Next(otherSet, ref pos, out nint key))
            {
                if (!SetType.Discard(so, key))
                {
                    SetType.Add(so, key);
                }
            }
        }
        finally
        {
            Ob.Decref(otherSet);
        }
    }

    private static bool IsSubset(nint so, nint other)
    {
        if (!SetType.IsAnySet(other))
        {
            nint tmp = NewFrom(SetType.Set, other);
            try
            {
                return IsSubset(so, tmp);
            }
            finally
            {
                Ob.Decref(tmp);
            }
        }
        if (SetType.Used(so) > SetType.Used(other))
        {
            return false;
        }
        long pos = 0;
        while (SetType.Next(so, ref pos, out nint key))
        {
            if (!SetType.ContainsKey(other, key))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSuperset(nint so, nint other)
    {
        if (SetType.IsAnySet(other))
        {
            return IsSubset(other, so);
        }
        bool all = true;
        nint it = Abstract.GetIter(other);
        try
        {
            while (all)
            {
                nint key = Ob.TypeOf(it).IterNext(it);
                if (key == 0)
                {
                    break;
                }
                try
                {
                    all = SetType.ContainsKey(so, key);
                }
                finally
                {
                    Ob.Decref(key);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
        return all;
    }

    private static bool IsDisjoint(nint so, nint other)
    {
        if (so == other)
        {
            return SetType.Used(so) == 0;
        }
        if (SetType.IsAnySet(other))
        {
            nint a = so, b = other;
            if (SetType.Used(b) > SetType.Used(a))
            {
                (a, b) = (b, a);
            }
            long pos = 0;
            while (SetType.Next(b, ref pos, out nint key))
            {
                if (SetType.ContainsKey(a, key))
                {
                    return false;
                }
            }
            return true;
        }
        bool disjoint = true;
        nint it = Abstract.GetIter(other);
        try
        {
            while (disjoint)
            {
                nint key = Ob.TypeOf(it).IterNext(it);
                if (key == 0)
                {
                    break;
                }
                try
                {
                    disjoint = !SetType.ContainsKey(so, key);
                }
                finally
                {
                    Ob.Decref(key);
                }
            }
        }
        finally
        {
            Ob.Decref(it);
        }
        return disjoint;
    }

    /// <summary>set_pop: the first live entry from the finger on (wrapping), which then moves past it.</summary>
    private static nint Pop(nint so)
    {
        if (SetType.Used(so) == 0)
        {
            throw Errors.KeyError("'pop from an empty set'");
        }
        long mask = *(long*)(so + SetType.MaskOffset);
        nint* table = *(nint**)(so + SetType.TableOffset);
        long i = *(long*)(so + FingerOffset) & mask;
        while (table[i * 2] == 0 || table[i * 2] == SetType.Dummy)
        {
            i = (i + 1) & mask;
        }
        nint key = table[i * 2];
        table[i * 2] = SetType.Dummy;
        table[i * 2 + 1] = -1;
        *(long*)(so + SetType.UsedOffset) -= 1;
        *(long*)(so + FingerOffset) = i + 1;
        return key;
    }
}
