using System.Globalization;
using System.Numerics;
using System.Text;

namespace RefPy.Compiler.Syntax;

/// <summary>Conversion of NUMBER and STRING token text to values.</summary>
internal static class Literals
{
    /// <summary>Parses the text of a NUMBER token (already validated by the tokenizer).</summary>
    public static ConstantValue ParseNumber(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last is 'j' or 'J')
        {
            return ConstantValue.FromImaginary(ParseFloat(s.AsSpan(0, s.Length - 1)));
        }
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ConstantValue.FromInt(ParseRadix(s.AsSpan(2), radix));
        }
        if (s.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            return ConstantValue.FromFloat(ParseFloat(s));
        }
        if (s.Length <= 18)
        {
            return ConstantValue.FromInt(long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        }
        return ConstantValue.FromInt(BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (radix == 16)
        {
            return BigInteger.Parse("0" + digits.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        int bitsPerDigit = radix == 8 ? 3 : 1;
        if (digits.Length * bitsPerDigit < 63)
        {
            long v = 0;
            foreach (char c in digits)
            {
                v = (v << bitsPerDigit) | (long)(c - '0');
            }
            return v;
        }
        BigInteger result = BigInteger.Zero;
        foreach (char c in digits)
        {
            result = (result << bitsPerDigit) | (c - '0');
        }
        return result;
    }

    /// <summary>Splits a STRING token's text into its prefix flags and body (between the quotes).</summary>
    public static (bool Bytes, bool Raw, bool F, bool U, int BodyStart, int BodyEnd) Describe(string text)
    {
        bool b = false, r = false, f = false, u = false;
        int i = 0;
        for (; i < text.Length && text[i] != '\'' && text[i] != '"'; i++)
        {
            switch (text[i] | 0x20)
            {
                case 'b': b = true; break;
                case 'r': r = true; break;
                case 'f': f = true; break;
                case 'u': u = true; break;
            }
        }
        int q = text.Length - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i] ? 3 : 1;
        return (b, r, f, u, i + q, text.Length - q);
    }

    /// <summary>
    /// Decodes the escape sequences of str literal text <c>src[start..end)</c> into <paramref name="sb"/>.
    /// Returns null on success, otherwise the SyntaxError message.
    /// </summary>
    public static string? DecodeStr(string src, int start, int end, bool raw, StringBuilder sb) =>
        DecodeStr(src, start, end, raw, sb, out _);

    /// <summary>
    /// As above; <paramref name="warning"/> is CPython's SyntaxWarning for the first invalid escape sequence
    /// ("invalid escape sequence '\d'", "invalid octal escape sequence '\400'"), or null.
    /// </summary>
    public static string? DecodeStr(string src, int start, int end, bool raw, StringBuilder sb, out string? warning)
    {
        warning = null;
        if (raw)
        {
            sb.Append(src, start, end - start);
            return null;
        }
        int i = start;
        while (i < end)
        {
            int bs = src.IndexOf('\\', i, end - i);
            if (bs < 0)
            {
                sb.Append(src, i, end - i);
                break;
            }
            sb.Append(src, i, bs - i);
            i = bs + 1;
            if (i >= end)
            {
                if (end < src.Length && src[end] == '{')
                {
                    warning ??= "invalid escape sequence '\\{'"; // f"\{x}": the backslash ends a text part
                }
                sb.Append('\\');
                break;
            }
            char c = src[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                    {
                        int v = c - '0';
                        for (int k = 0; k < 2 && i < end && src[i] is >= '0' and <= '7'; k++)
                        {
                            v = v * 8 + (src[i++] - '0');
                        }
                        if (v > 0xFF)
                        {
                            warning ??= "invalid octal escape sequence '\\" + src.Substring(i - 3, 3) + "'";
                        }
                        sb.Append((char)v);
                        break;
                    }
                case 'x':
                case 'u':
                case 'U':
                    {
                        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        int v = 0, n = 0;
                        while (n < digits && i < end && IsHex(src[i]))
                        {
                            v = v * 16 + HexValue(src[i++]);
                            n++;
                        }
                        int pos = bs - start;
                        if (n < digits)
                        {
                            string form = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{pos + 1 + n}: truncated {form} escape";
                        }
                        if ((uint)v > 0x10FFFF)
                        {
                            return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{pos + 1 + n}: illegal Unicode character";
                        }
                        if (v >= 0x10000)
                        {
                            sb.Append(char.ConvertFromUtf32(v));
                        }
                        else
                        {
                            sb.Append((char)v);
                        }
                        break;
                    }
                case 'N':
                    {
                        int pos = bs - start;
                        int close = i < end && src[i] == '{' ? src.IndexOf('}', i, end - i) : -1;
                        int last = close < 0 ? i - 1 : close;
                        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}-{last - start}: RefPy does not support \\N{{...}} escapes";
                    }
                default:
                    // Invalid escape: kept as is (CPython only warns; non-ASCII characters never count).
                    if (c < 128)
                    {
                        warning ??= "invalid escape sequence '\\" + c + "'";
                    }
                    sb.Append('\\').Append(c);
                    break;
            }
        }
        return null;
    }

    /// <summary>Decodes bytes literal text; returns null on success, otherwise the SyntaxError message.</summary>
    public static string? DecodeBytes(string src, int start, int end, bool raw, List<byte> bytes) =>
        DecodeBytes(src, start, end, raw, bytes, out _);

    /// <summary>As above, with the SyntaxWarning for the first invalid escape sequence (or null).</summary>
    public static string? DecodeBytes(string src, int start, int end, bool raw, List<byte> bytes, out string? warning)
    {
        warning = null;
        for (int j = start; j < end; j++)
        {
            if (src[j] >= 128)
            {
                return "bytes can only contain ASCII literal characters";
            }
        }
        int i = start;
        while (i < end)
        {
            char c = src[i++];
            if (c != '\\' || raw)
            {
                bytes.Add((byte)c);
                continue;
            }
            if (i >= end)
            {
                bytes.Add((byte)'\\');
                break;
            }
            char e = src[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < end && src[i] is >= '0' and <= '7'; k++)
                        {
                            v = v * 8 + (src[i++] - '0');
                        }
                        if (v > 0xFF)
                        {
                            warning ??= "invalid octal escape sequence '\\" + src.Substring(i - 3, 3) + "'";
                        }
                        bytes.Add((byte)(v & 0xFF));
                        break;
                    }
                case 'x':
                    if (i + 1 < end && IsHex(src[i]) && IsHex(src[i + 1]))
                    {
                        bytes.Add((byte)(HexValue(src[i]) * 16 + HexValue(src[i + 1])));
                        i += 2;
                        break;
                    }
                    return $"(value error) invalid \\x escape at position {i - 2 - start}";
                default:
                    warning ??= "invalid escape sequence '\\" + e + "'";
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return null;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
