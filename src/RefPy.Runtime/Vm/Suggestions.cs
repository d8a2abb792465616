// Mirrors CPython 3.12 Python/suggestions.c ("Did you mean" for NameError and AttributeError) and the
// attribute listing of Objects/object.c (PyObject_Dir, object.__dir__, type.__dir__, module.__dir__).
using System.Text;
using RefPy.Runtime.Objects;

namespace RefPy.Runtime.Vm;

/// <summary>
/// What a "Did you mean" trailer is computed from. CPython computes it when the traceback is printed, from
/// the exception's name and obj (or its last frame); RefPy keeps no frames or objects after unwinding, so
/// the candidate names are captured when the exception is raised and the trailer is computed when printed.
/// </summary>
internal sealed class SuggestionSource
{
    /// <summary>Candidate groups tried in order until one yields a match (NameError: co_varnames, globals,
    /// builtins; AttributeError: dir(obj), unsorted and possibly with duplicates).</summary>
    public required List<string>[] Groups { get; init; }
    public bool IsAttributeError { get; init; }
    /// <summary>NameError in a method whose self has the attribute: the suggestion is "self.name".</summary>
    public bool SelfHasName { get; init; }
    /// <summary>NameError where co_varnames has "self" but it is unbound: CPython offers no name then.</summary>
    public bool SelfUnbound { get; init; }
}

internal static unsafe class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>NameError "name 'x' is not defined" raised by the interpreter in the current frame.</summary>
    public static PyException NameError(nint name)
    {
        string n = StrObject.ToManaged(name);
        PyException e = Errors.NameError("name '" + n + "' is not defined");
        e.MissingName = n;
        Interpreter.FrameState* f = Interpreter.Current;
        if (f == null)
        {
            return e;
        }
        CodeInfo info = CodeType.Info(f->Code);
        int nvarnames = (int)TupleType.Count(info.VarNamesTuple);
        var locals = new List<string>(nvarnames);
        bool selfHasName = false, selfUnbound = false;
        for (int i = 0; i < nvarnames; i++)
        {
            locals.Add(info.VarNames[i]);
        }
        int selfIndex = locals.IndexOf("self");
        if (selfIndex >= 0 && f->Fast != null)
        {
            nint self = f->Fast[selfIndex];
            if (self != 0 && info.CellCount > 0 && Ob.Type(self) == CellType.Instance.Address)
            {
                self = CellType.Get(self);
            }
            if (self == 0)
            {
                selfUnbound = true;
            }
            else
            {
                selfHasName = HasAttr(self, name, n);
            }
        }
        e.Suggestion = new SuggestionSource
        {
            Groups = [locals, DictKeys(f->Globals), BuiltinNames(f->Builtins)],
            SelfHasName = selfHasName,
            SelfUnbound = selfUnbound,
        };
        return e;
    }

    /// <summary>AttributeError for a missing attribute of o, with what "Did you mean" needs.</summary>
    public static PyException AttributeError(string message, nint o, nint name)
    {
        PyException e = Errors.AttributeError(message);
        AddAttributeContext(e, o, name);
        return e;
    }

    /// <summary>
    /// set_attribute_error_context: an AttributeError leaving a getattr gets the attribute's name and the
    /// object's attributes, unless an inner getattr already gave it them. Always false (for exception filters).
    /// </summary>
    public static bool AddAttributeContext(PyException e, nint o, nint name)
    {
        if (e.PyType != ExceptionType.AttributeError || e.MissingName is not null || e.Suggestion is not null)
        {
            return false;
        }
        e.MissingName = StrObject.ToManaged(name);
        var names = new List<string>();
        DirNames.Collect(o, names);
        e.Suggestion = new SuggestionSource { Groups = [names], IsAttributeError = true };
        return false;
    }

    /// <summary>The text printed after the exception's message: ". Did you mean: 'x'?" or "".</summary>
    public static string Trailer(PyException e)
    {
        SuggestionSource? s = e.Suggestion;
        string? name = e.MissingName;
        if (s is null || name is null)
        {
            return "";
        }
        if (s.IsAttributeError)
        {
            if (e.TypeObject != ExceptionType.AttributeError.Address)
            {
                return "";
            }
            string? best = Calculate(DirNames.SortedDistinct(s.Groups[0]), name);
            return best is null ? "" : ". Did you mean: " + StrObject.Repr(best) + "?";
        }
        if (e.TypeObject != ExceptionType.NameError.Address)
        {
            return "";
        }
        string? suggestion = null;
        if (s.SelfHasName)
        {
            suggestion = "self." + name;
        }
        else if (!s.SelfUnbound)
        {
            foreach (List<string> group in s.Groups)
            {
                suggestion = Calculate(group, name);
                if (suggestion is not null)
                {
                    break;
                }
            }
        }
        bool stdlib = CPythonNames.StdlibModules.Contains(name);
        if (!stdlib)
        {
            return suggestion is null ? "" : ". Did you mean: " + StrObject.Repr(suggestion) + "?";
        }
        return suggestion is null
            ? ". Did you forget to import " + StrObject.Repr(name) + "?"
            : ". Did you mean: " + StrObject.Repr(suggestion) + "? Or did you forget to import " + StrObject.Repr(name) + "?";
    }

    /// <summary>calculate_suggestions: the closest candidate within a third of the characters, or null.</summary>
    public static string? Calculate(IReadOnlyList<string> dir, string name)
    {
        if (dir.Count >= MaxCandidateItems)
        {
            return null;
        }
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        long suggestionDistance = long.MaxValue;
        string? suggestion = null;
        foreach (string item in dir)
        {
            if (item == name)
            {
                continue;
            }
            byte[] itemBytes = Encoding.UTF8.GetBytes(item);
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.Min(maxDistance, suggestionDistance - 1);
            long currentDistance = LevenshteinDistance(nameBytes, itemBytes, maxDistance);
            if (currentDistance > maxDistance)
            {
                continue;
            }
            if (suggestion is null || currentDistance < suggestionDistance)
            {
                suggestion = item;
                suggestionDistance = currentDistance;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost; // not the same, not a case flip
        }
        if (a == b)
        {
            return 0;
        }
        if (a >= 'A' && a <= 'Z')
        {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z')
        {
            b += 'a' - 'A';
        }
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>levenshtein_distance over UTF-8 bytes with CPython's costs and early exits.</summary>
    private static long LevenshteinDistance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, long maxCost)
    {
        // Trim away common affixes.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return (long)(a.Length + b.Length) * MoveCost;
        }
        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }
        // Prefer shorter buffer.
        if (b.Length < a.Length)
        {
            ReadOnlySpan<byte> t = a;
            a = b;
            b = t;
        }
        // Quick fail when a match is impossible.
        if ((long)(b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }
        Span<long> buffer = stackalloc long[MaxStringSize];
        long tmp = MoveCost;
        for (int i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < b.Length; bIndex++)
        {
            byte code = b[bIndex];
            long distance = result = (long)bIndex * MoveCost;
            long minimum = long.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                long substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                long insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum)
                {
                    minimum = result;
                }
            }
            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }
        return result;
    }

    /// <summary>PyObject_HasAttr: any exception counts as "no".</summary>
    private static bool HasAttr(nint o, nint name, string n)
    {
        try
        {
            nint v = Ob.TypeOf(o).GetAttr(o, name);
            if (v == 0)
            {
                return n == "__class__";
            }
            Ob.Decref(v);
            return true;
        }
        catch (PyException ex)
        {
            ex.Release();
            return false;
        }
    }

    private static List<string> DictKeys(nint dict)
    {
        var keys = new List<string>();
        DirNames.AddStrKeys(dict, keys);
        return keys;
    }

    /// <summary>The frame's builtins in CPython's dict order (names RefPy lacks included), then any additions.</summary>
    private static List<string> BuiltinNames(nint builtins)
    {
        if (builtins == 0)
        {
            return [];
        }
        if (builtins != Runtime.Current.BuiltinsDict)
        {
            return DictKeys(builtins);
        }
        var names = new List<string>(CPythonNames.Builtins);
        var known = new HashSet<string>(CPythonNames.Builtins, StringComparer.Ordinal);
        foreach (string k in DictKeys(builtins))
        {
            if (!known.Contains(k))
            {
                names.Add(k);
            }
        }
        return names;
    }
}

/// <summary>dir(): the attribute names of an object, like CPython's object.__dir__ / type.__dir__ / module.__dir__.</summary>
internal static unsafe class DirNames
{
    /// <summary>Adds o's attribute names (unsorted, possibly repeated) without calling a user __dir__.</summary>
    public static void Collect(nint o, List<string> into)
    {
        PyType t = Ob.TypeOf(o);
        if (t is ModuleType)
        {
            AddStrKeys(ModuleType.Dict(o), into);
            return;
        }
        if (t is TypeType)
        {
            AddTypeNames(PyType.FromAddress(o), into);
            return;
        }
        if (t is ClassType ct)
        {
            AddStrKeys(ct.InstanceDict(o), into);
        }
        else if (t is ExceptionType)
        {
            AddStrKeys(*(nint*)(o + ExceptionType.DictOffset), into);
        }
        else if (t is FunctionType)
        {
            AddStrKeys(*(nint*)(o + FunctionType.DictOffset), into);
        }
        AddTypeNames(t, into);
    }

    /// <summary>Sorted, without repeats (what dir() returns).</summary>
    public static List<string> SortedDistinct(List<string> names)
    {
        var set = new HashSet<string>(names, StringComparer.Ordinal);
        var sorted = new List<string>(set);
        sorted.Sort(string.CompareOrdinal);
        return sorted;
    }

    /// <summary>dir(o) as a new list of str (sorted); calls a __dir__ defined by o's Python class.</summary>
    public static nint Dir(nint o)
    {
        if (Ob.TypeOf(o) is ClassType ct && ct.Lookup("__dir__") != 0)
        {
            nint r = Abstract.CallMethod(o, "__dir__");
            nint list;
            try
            {
                list = Abstract.Call(ListType.Instance.Address, [r], 0);
            }
            finally
            {
                Ob.Decref(r);
            }
            ListSort.Sort(list, 0, false);
            return list;
        }
        var names = new List<string>();
        Collect(o, names);
        return ToList(SortedDistinct(names));
    }

    /// <summary>dir() without an argument: the sorted names of the current scope.</summary>
    public static nint DirOfScope()
    {
        var names = new List<string>();
        Interpreter.FrameState* f = Interpreter.Current;
        if (f != null)
        {
            if (f->Locals != 0)
            {
                AddStrKeys(f->Locals, names);
            }
            else if (f->Fast != null)
            {
                CodeInfo info = CodeType.Info(f->Code);
                int nvarnames = (int)TupleType.Count(info.VarNamesTuple);
                for (int i = 0; i < info.NLocals; i++)
                {
                    nint v = f->Fast[i];
                    if (v != 0 && (i >= nvarnames || info.CellCount > 0) && Ob.Type(v) == CellType.Instance.Address)
                    {
                        v = CellType.Get(v);
                    }
                    if (v != 0)
                    {
                        names.Add(info.VarNames[i]);
                    }
                }
            }
        }
        return ToList(SortedDistinct(names));
    }

    private static nint ToList(List<string> names)
    {
        nint list = ListType.New(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            ListType.SetItemInit(list, i, Ob.NewRef(StrObject.Intern(names[i])));
        }
        return list;
    }

    internal static void AddStrKeys(nint dict, List<string> into)
    {
        if (dict == 0)
        {
            return;
        }
        long pos = 0;
        while (DictType.Next(dict, ref pos, out nint k, out _))
        {
            if (StrObject.IsStr(k))
            {
                into.Add(StrObject.ToManaged(k));
            }
        }
    }

    /// <summary>type.__dir__: the namespaces of the class and of its bases.</summary>
    private static void AddTypeNames(PyType t, List<string> into)
    {
        if (t is ClassType ct)
        {
            foreach (PyType m in ct.Mro)
            {
                if (m is ClassType c)
                {
                    AddStrKeys(c.Dict, into);
                }
                else
                {
                    AddBuiltinTypeNames(m, into);
                }
            }
            return;
        }
        AddBuiltinTypeNames(t, into);
    }

    /// <summary>A built-in type's names as in CPython 3.12 when known, else those RefPy implements.</summary>
    private static void AddBuiltinTypeNames(PyType t, List<string> into)
    {
        into.AddRange(CPythonNames.ObjectDir);
        if (CPythonNames.TypeDir.TryGetValue(t.Name, out string[]? names))
        {
            into.AddRange(names);
            return;
        }
        for (PyType? b = t; b != null; b = b.Base)
        {
            if (b != t && CPythonNames.TypeDir.TryGetValue(b.Name, out string[]? baseNames))
            {
                into.AddRange(baseNames);
                return;
            }
            into.AddRange(b.Members.Keys);
        }
    }
}
