// Mirrors CPython Objects/unicodeobject.c (do_upper/do_lower with _PyUnicode_ToUpperFull/ToLowerFull and the
// Final_Sigma rule): full case mappings, where one character can become several.
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>str.upper()/lower(): .NET's simple mappings plus Unicode's unconditional SpecialCasing entries.</summary>
internal static class UnicodeCase
{
    private static readonly Dictionary<char, string> SpecialUpper = new()
    {
        ['\u00DF'] = "SS", ['\u0149'] = "\u02BCN", ['\u01F0'] = "J\u030C", ['\u0390'] = "\u0399\u0308\u0301",
        ['\u03B0'] = "\u03A5\u0308\u0301", ['\u0587'] = "\u0535\u0552", ['\u1E96'] = "H\u0331", ['\u1E97'] = "T\u0308",
        ['\u1E98'] = "W\u030A", ['\u1E99'] = "Y\u030A", ['\u1E9A'] = "A\u02BE", ['\uFB00'] = "FF", ['\uFB01'] = "FI",
        ['\uFB02'] = "FL", ['\uFB03'] = "FFI", ['\uFB04'] = "FFL", ['\uFB05'] = "ST", ['\uFB06'] = "ST",
        ['\uFB13'] = "\u0544\u0546", ['\uFB14'] = "\u0544\u0535", ['\uFB15'] = "\u0544\u053B", ['\uFB16'] = "\u054E\u0546",
        ['\uFB17'] = "\u0544\u053D",
    };

    public static string Upper(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length)
            {
                sb.Append(s.Substring(i, 2).ToUpperInvariant());
                i++;
            }
            else if (SpecialUpper.TryGetValue(c, out string? m))
            {
                sb.Append(m);
            }
            else
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length)
            {
                sb.Append(s.Substring(i, 2).ToLowerInvariant());
                i++;
            }
            else if (c == '\u0130')
            {
                sb.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>Final_Sigma: a cased letter before (skipping case-ignorable characters) and none after.</summary>
    private static bool IsFinalSigma(string s, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j]))
        {
            j--;
        }
        if (j < 0 || !IsCased(s[j]))
        {
            return false;
        }
        int k = i + 1;
        while (k < s.Length && IsCaseIgnorable(s[k]))
        {
            k++;
        }
        return k == s.Length || !IsCased(s[k]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2019' ||
            cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark or
                System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.ModifierLetter or
                System.Globalization.UnicodeCategory.ModifierSymbol;
    }
}
