// Mirrors CPython Objects/unicodeobject.c and Objects/stringlib: the str predicates, case mappings, padding,
// partition/rsplit/splitlines and the index/rfind family.
using System.Globalization;
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>str methods beyond the everyday ones in <see cref="StrType"/>.</summary>
internal static class StrMethods
{
    public static void Install(StrType t)
    {
        Predicate(t, "isspace", StrType.IsSpace, false);
        Predicate(t, "isalnum", c => char.IsLetter(c) || char.IsNumber(c), false);
        Predicate(t, "isdecimal", c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber, false);
        Predicate(t, "isnumeric", char.IsNumber, false);
        Predicate(t, "isascii", c => c < 128, true);
        Predicate(t, "isprintable", IsPrintable, true);
        t.AddMethod("islower", (self, args, kw) => NoArgs("str.islower", args, () => CaseCheck(S(self), lower: true)));
        t.AddMethod("isupper", (self, args, kw) => NoArgs("str.isupper", args, () => CaseCheck(S(self), lower: false)));
        t.AddMethod("istitle", (self, args, kw) => NoArgs("str.istitle", args, () => IsTitle(S(self))));
        t.AddMethod("isidentifier", (self, args, kw) => NoArgs("str.isidentifier", args, () => IsIdentifier(S(self))));
        t.AddMethod("title", (self, args, kw) => Text("str.title", args, Title(S(self))));
        t.AddMethod("capitalize", (self, args, kw) => Text("str.capitalize", args, Capitalize(S(self))));
        t.AddMethod("swapcase", (self, args, kw) => Text("str.swapcase", args, SwapCase(S(self))));
        t.AddMethod("casefold", (self, args, kw) => Text("str.casefold", args, S(self).ToLowerInvariant().Replace("ß", "ss")));
        t.AddMethod("center", (self, args, kw) => Pad(self, args, kw, "center"));
        t.AddMethod("ljust", (self, args, kw) => Pad(self, args, kw, "ljust"));
        t.AddMethod("rjust", (self, args, kw) => Pad(self, args, kw, "rjust"));
        t.AddMethod("zfill", ZFill);
        t.AddMethod("partition", (self, args, kw) => Partition(self, args, kw, false));
        t.AddMethod("rpartition", (self, args, kw) => Partition(self, args, kw, true));
        t.AddMethod("rsplit", RSplit);
        t.AddMethod("splitlines", SplitLines);
        t.AddMethod("expandtabs", ExpandTabs);
        t.AddMethod("removeprefix", (self, args, kw) => RemoveAffix(self, args, kw, true));
        t.AddMethod("removesuffix", (self, args, kw) => RemoveAffix(self, args, kw, false));
        t.AddMethod("index", (self, args, kw) => FindOrRaise(self, args, kw, "index", false));
        t.AddMethod("rindex", (self, args, kw) => FindOrRaise(self, args, kw, "rindex", true));
        t.AddMethod("rfind", (self, args, kw) =>
        {
            Args.NoKeywords("rfind", kw);
            return IntType.FromLong(Search(self, args, "rfind", true));
        });
    }

    private static string S(nint o) => StrObject.ToManaged(o);

    private static void Predicate(StrType t, string name, Func<char, bool> test, bool emptyResult)
    {
        t.AddMethod(name, (self, args, kw) => NoArgs("str." + name, args, () =>
        {
            string s = S(self);
            return s.Length == 0 ? emptyResult : s.All(test);
        }));
    }

    private static nint NoArgs(string name, ReadOnlySpan<nint> args, Func<bool> f)
    {
        Args.Exact(name, args, 0);
        return BoolObject.NewRef(f());
    }

    private static nint Text(string name, ReadOnlySpan<nint> args, string result)
    {
        Args.Exact(name, args, 0);
        return StrObject.New(result);
    }

    private static bool IsPrintable(char c)
    {
        if (c == ' ')
        {
            return true;
        }
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    private static bool IsTitleCase(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || IsTitleCase(c);

    /// <summary>unicode_islower_impl / unicode_isupper_impl.</summary>
    private static bool CaseCheck(string s, bool lower)
    {
        bool cased = false;
        foreach (char c in s)
        {
            if ((lower ? char.IsUpper(c) : char.IsLower(c)) || IsTitleCase(c))
            {
                return false;
            }
            if (!cased && (lower ? char.IsLower(c) : char.IsUpper(c)))
            {
                cased = true;
            }
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousIsCased = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c) || IsTitleCase(c))
            {
                if (previousIsCased)
                {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            }
            else if (char.IsLower(c))
            {
                if (!previousIsCased)
                {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            }
            else
            {
                previousIsCased = false;
            }
        }
        return cased;
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(s[0] == '_' || char.IsLetter(s[0]) || CharUnicodeInfo.GetUnicodeCategory(s[0]) == UnicodeCategory.LetterNumber))
        {
            return false;
        }
        foreach (char c in s)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!(c == '_' || char.IsLetterOrDigit(c) || cat is UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }
        return true;
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousIsCased = false;
        foreach (char c in s)
        {
            if (previousIsCased)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                AppendTitle(sb, c);
            }
            previousIsCased = IsCased(c);
        }
        return sb.ToString();
    }

    /// <summary>The title-case mapping of c (SpecialCasing: ß becomes "Ss").</summary>
    private static void AppendTitle(StringBuilder sb, char c)
    {
        if (c == 'ß')
        {
            sb.Append("Ss");
            return;
        }
        sb.Append(char.ToUpperInvariant(c));
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }
        var sb = new StringBuilder(s.Length + 1);
        AppendTitle(sb, s[0]);
        return sb.Append(s.Substring(1).ToLowerInvariant()).ToString();
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == 'ß')
            {
                sb.Append("SS");
                continue;
            }
            sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c);
        }
        return sb.ToString();
    }

    /// <summary>The result when nothing changes: self itself for an exact str (CPython's unicode_result_unchanged).</summary>
    private static nint Unchanged(nint self) => Ob.NewRef(self);

    private static nint Pad(nint self, ReadOnlySpan<nint> args, nint kw, string name)
    {
        Args.NoKeywords(name, kw);
        Args.Range(name, args, 1, 2);
        long width = IndexOf(args[0]);
        char fill = ' ';
        if (args.Length == 2)
        {
            if (!StrObject.IsStr(args[1]))
            {
                throw Errors.TypeError("The fill character must be a unicode character, not " + Ob.TypeOf(args[1]).Name);
            }
            if (StrObject.Length(args[1]) != 1)
            {
                throw Errors.TypeError("The fill character must be exactly one character long");
            }
            fill = S(args[1])[0];
        }
        string s = S(self);
        long len = StrObject.Length(self);
        if (len >= width)
        {
            return Unchanged(self);
        }
        long marg = width - len;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        return StrObject.New(new string(fill, (int)left) + s + new string(fill, (int)(marg - left)));
    }

    private static long IndexOf(nint o)
    {
        if (!IntType.IsInt(o))
        {
            throw Errors.TypeError("'" + Ob.TypeOf(o).Name + "' object cannot be interpreted as an integer");
        }
        return IntType.AsLong(o);
    }

    private static nint ZFill(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.NoKeywords("zfill", kw);
        Args.Exact("str.zfill", args, 1);
        long width = IndexOf(args[0]);
        string s = S(self);
        long len = StrObject.Length(self);
        if (len >= width)
        {
            return Unchanged(self);
        }
        int fill = (int)(width - len);
        string r = new string('0', fill) + s;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            r = s[0] + new string('0', fill) + s.Substring(1);
        }
        return StrObject.New(r);
    }

    private static nint Partition(nint self, ReadOnlySpan<nint> args, nint kw, bool right)
    {
        string name = right ? "str.rpartition" : "str.partition";
        Args.NoKeywords(right ? "rpartition" : "partition", kw);
        Args.Exact(name, args, 1);
        if (!StrObject.IsStr(args[0]))
        {
            throw Errors.TypeError("must be str, not " + Ob.TypeOf(args[0]).Name);
        }
        string sep = S(args[0]);
        if (sep.Length == 0)
        {
            throw Errors.ValueError("empty separator");
        }
        string s = S(self);
        int i = right ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
        {
            return right
                ? TupleType.Pack(Ob.NewRef(StrObject.Empty), Ob.NewRef(StrObject.Empty), Ob.NewRef(self))
                : TupleType.Pack(Ob.NewRef(self), Ob.NewRef(StrObject.Empty), Ob.NewRef(StrObject.Empty));
        }
        return TupleType.Pack(StrObject.New(s.Substring(0, i)), Ob.NewRef(args[0]), StrObject.New(s.Substring(i + sep.Length)));
    }

    private static nint RSplit(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        nint[] a = Args.Parse("rsplit", args, kw, ["sep", "maxsplit"], 0);
        string s = S(self);
        long maxsplit = a[1] == 0 ? -1 : IndexOf(a[1]);
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }
        bool whitespace = a[0] == 0 || a[0] == Singletons.None;
        if (!whitespace && !StrObject.IsStr(a[0]))
        {
            throw Errors.TypeError("must be str or None, not " + Ob.TypeOf(a[0]).Name);
        }
        var parts = new List<string>();
        bool unchanged = false;
        if (whitespace)
        {
            int i = s.Length - 1;
            while (maxsplit-- > 0)
            {
                while (i >= 0 && StrType.IsSpace(s[i]))
                {
                    i--;
                }
                if (i < 0)
                {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !StrType.IsSpace(s[i]))
                {
                    i--;
                }
                if (j == s.Length - 1 && i < 0)
                {
                    unchanged = true;
                    break;
                }
                parts.Add(s.Substring(i + 1, j - i));
            }
            if (i >= 0)
            {
                while (i >= 0 && StrType.IsSpace(s[i]))
                {
                    i--;
                }
                if (i >= 0)
                {
                    parts.Add(s.Substring(0, i + 1));
                }
            }
        }
        else
        {
            string sep = S(a[0]);
            if (sep.Length == 0)
            {
                throw Errors.ValueError("empty separator");
            }
            int end = s.Length;
            while (maxsplit-- > 0)
            {
                int pos = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (pos < 0)
                {
                    break;
                }
                parts.Add(s.Substring(pos + sep.Length, end - pos - sep.Length));
                end = pos;
            }
            if (parts.Count == 0)
            {
                unchanged = true;
            }
            else
            {
                parts.Add(s.Substring(0, end));
            }
        }
        parts.Reverse();
        return BuildList(self, parts, unchanged);
    }

    private static nint BuildList(nint self, List<string> parts, bool unchanged)
    {
        if (unchanged)
        {
            nint one = ListType.New(0);
            ListType.Append(one, self);
            return one;
        }
        nint l = ListType.New(0);
        foreach (string p in parts)
        {
            nint item = StrObject.New(p);
            ListType.Append(l, item);
            Ob.Decref(item);
        }
        return l;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static nint SplitLines(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        nint[] a = Args.Parse("splitlines", args, kw, ["keepends"], 0);
        bool keepends = a[0] != 0 && Abstract.IsTrue(a[0]);
        string s = S(self);
        var parts = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (i < s.Length && !IsLineBreak(s[i]))
            {
                i++;
            }
            int eol = i;
            if (i < s.Length)
            {
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i += 2;
                }
                else
                {
                    i++;
                }
                if (keepends)
                {
                    eol = i;
                }
            }
            if (j == 0 && eol == s.Length)
            {
                return BuildList(self, parts, true);
            }
            parts.Add(s.Substring(j, eol - j));
        }
        return BuildList(self, parts, false);
    }

    private static nint ExpandTabs(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        nint[] a = Args.Parse("expandtabs", args, kw, ["tabsize"], 0);
        long tabsize = a[0] == 0 ? 8 : IndexOf(a[0]);
        string s = S(self);
        if (!s.Contains('\t'))
        {
            return Unchanged(self);
        }
        var sb = new StringBuilder();
        long col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long inc = tabsize - col % tabsize;
                    sb.Append(' ', (int)inc);
                    col += inc;
                }
            }
            else
            {
                sb.Append(c);
                col++;
                if (c == '\n' || c == '\r')
                {
                    col = 0;
                }
            }
        }
        return StrObject.New(sb.ToString());
    }

    private static nint RemoveAffix(nint self, ReadOnlySpan<nint> args, nint kw, bool prefix)
    {
        string name = prefix ? "removeprefix" : "removesuffix";
        Args.NoKeywords(name, kw);
        Args.Exact("str." + name, args, 1);
        if (!StrObject.IsStr(args[0]))
        {
            throw Errors.TypeError(name + "() argument must be str, not " + Ob.TypeOf(args[0]).Name);
        }
        string s = S(self), a = S(args[0]);
        if (a.Length == 0 || !(prefix ? s.StartsWith(a, StringComparison.Ordinal) : s.EndsWith(a, StringComparison.Ordinal)))
        {
            return Unchanged(self);
        }
        return StrObject.New(prefix ? s.Substring(a.Length) : s.Substring(0, s.Length - a.Length));
    }

    /// <summary>find/rfind over s[start:end]: the index or -1.</summary>
    private static long Search(nint self, ReadOnlySpan<nint> args, string name, bool right)
    {
        Args.Between(name, args, 1, 3);
        if (!StrObject.IsStr(args[0]))
        {
            throw Errors.TypeError("must be str, not " + Ob.TypeOf(args[0]).Name);
        }
        string s = S(self);
        long start = args.Length > 1 && args[1] != Singletons.None ? IntType.AsLong(args[1]) : 0;
        long end = args.Length > 2 && args[2] != Singletons.None ? IntType.AsLong(args[2]) : s.Length;
        SliceType.Clamp(ref start, ref end, s.Length);
        string sub = S(args[0]);
        if (end - start < sub.Length)
        {
            return -1;
        }
        if (right)
        {
            if (sub.Length == 0)
            {
                return end;
            }
            return s.LastIndexOf(sub, (int)end - 1, (int)(end - start), StringComparison.Ordinal);
        }
        return s.IndexOf(sub, (int)start, (int)(end - start), StringComparison.Ordinal);
    }

    private static nint FindOrRaise(nint self, ReadOnlySpan<nint> args, nint kw, string name, bool right)
    {
        Args.NoKeywords(name, kw);
        long i = Search(self, args, name, right);
        if (i < 0)
        {
            throw Errors.ValueError("substring not found");
        }
        return IntType.FromLong(i);
    }
}
