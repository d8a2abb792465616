// Mirrors CPython Objects/unicodeobject.c's built-in codecs (utf-8, ascii, latin-1) and their error handlers.
using System.Text;

namespace RefPy.Runtime.Objects;

/// <summary>str.encode / bytes.decode for utf-8, ascii and latin-1 with errors 'strict', 'replace' and 'ignore'.</summary>
internal static unsafe class Codecs
{
    private enum Codec { Utf8, Ascii, Latin1 }

    private static Codec Lookup(nint encoding, string fn)
    {
        if (encoding == 0)
        {
            return Codec.Utf8;
        }
        if (!StrObject.IsStr(encoding))
        {
            throw Errors.TypeError(fn + "() argument 'encoding' must be str, not " + Ob.TypeOf(encoding).Name);
        }
        string raw = StrObject.ToManaged(encoding);
        string e = raw.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return e switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => Codec.Utf8,
            "ascii" or "us-ascii" or "646" or "us" => Codec.Ascii,
            "latin-1" or "latin1" or "latin" or "l1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "iso-ir-100" => Codec.Latin1,
            _ => throw new PyException(ExceptionType.LookupError, "unknown encoding: " + raw),
        };
    }

    private static string Name(Codec c) => c switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Ascii => "ascii",
        _ => "latin-1",
    };

    private static string ErrorsArg(nint errors, string fn)
    {
        if (errors == 0)
        {
            return "strict";
        }
        if (!StrObject.IsStr(errors))
        {
            throw Errors.TypeError(fn + "() argument 'errors' must be str, not " + Ob.TypeOf(errors).Name);
        }
        return StrObject.ToManaged(errors);
    }

    private static string CharEscape(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2") : cp < 0x10000 ? "\\u" + cp.ToString("x4") : "\\U" + cp.ToString("x8");

    /// <summary>str.encode(encoding, errors) / bytes(str, encoding, errors): a new bytes object.</summary>
    public static nint Encode(nint str, nint encoding, nint errors, string fn = "encode")
    {
        Codec codec = Lookup(encoding, fn);
        string handler = ErrorsArg(errors, fn);
        long n = StrObject.Length(str);
        if (StrObject.IsAscii(str))
        {
            // Every codec encodes ASCII as itself (CPython copies the compact data).
            return BytesObject.FromSpan(new ReadOnlySpan<byte>((void*)StrObject.Data(str), (int)n));
        }
        int limit = codec switch { Codec.Ascii => 128, Codec.Latin1 => 256, _ => 0x110000 };
        var r = new List<byte>((int)n * 2);
        for (long i = 0; i < n; i++)
        {
            int cp = StrObject.CodePointAt(str, i);
            bool bad = cp >= limit || (codec == Codec.Utf8 && cp is >= 0xD800 and <= 0xDFFF);
            if (!bad)
            {
                AppendEncoded(r, cp, codec);
                continue;
            }
            long end = i + 1;
            while (end < n && IsBad(StrObject.CodePointAt(str, end), limit, codec))
            {
                end++;
            }
            switch (handler)
            {
                case "strict":
                    string reason = codec == Codec.Utf8 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    string what = end - i == 1
                        ? "character '" + CharEscape(cp) + "' in position " + i
                        : "characters in position " + i + "-" + (end - 1);
                    throw new PyException(ExceptionType.UnicodeEncodeError, "'" + Name(codec) + "' codec can't encode " + what + ": " + reason);
                case "ignore":
                    break;
                case "replace":
                    for (long k = i; k < end; k++)
                    {
                        r.Add((byte)'?');
                    }
                    break;
                case "backslashreplace":
                    for (long k = i; k < end; k++)
                    {
                        foreach (char c in CharEscape(StrObject.CodePointAt(str, k)))
                        {
                            r.Add((byte)c);
                        }
                    }
                    break;
                case "xmlcharrefreplace":
                    for (long k = i; k < end; k++)
                    {
                        foreach (char c in "&#" + StrObject.CodePointAt(str, k) + ";")
                        {
                            r.Add((byte)c);
                        }
                    }
                    break;
                default:
                    throw new PyException(ExceptionType.LookupError, "unknown error handler name '" + handler + "'");
            }
            i = end - 1;
        }
        return BytesObject.FromSpan(r.ToArray());
    }

    private static bool IsBad(int cp, int limit, Codec codec) => cp >= limit || (codec == Codec.Utf8 && cp is >= 0xD800 and <= 0xDFFF);

    private static void AppendEncoded(List<byte> r, int cp, Codec codec)
    {
        if (codec != Codec.Utf8 || cp < 0x80)
        {
            r.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            r.Add((byte)(0xC0 | (cp >> 6)));
            r.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            r.Add((byte)(0xE0 | (cp >> 12)));
            r.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            r.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            r.Add((byte)(0xF0 | (cp >> 18)));
            r.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            r.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            r.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary>bytes.decode(encoding, errors): a new str.</summary>
    public static nint Decode(ReadOnlySpan<byte> data, nint encoding, nint errors, string fn = "decode")
    {
        Codec codec = Lookup(encoding, fn);
        string handler = ErrorsArg(errors, fn);
        var sb = new StringBuilder(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80 || codec == Codec.Latin1)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            int errEnd;
            string reason;
            if (codec == Codec.Ascii)
            {
                errEnd = i + 1;
                reason = "ordinal not in range(128)";
            }
            else
            {
                int need = b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : 0;
                if (need == 0)
                {
                    errEnd = i + 1;
                    reason = "invalid start byte";
                }
                else
                {
                    int cp = b & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                    int k = 1;
                    reason = "";
                    for (; k <= need; k++)
                    {
                        if (i + k >= data.Length)
                        {
                            reason = "unexpected end of data";
                            break;
                        }
                        byte c = data[i + k];
                        int lo = 0x80, hi = 0xBF;
                        if (k == 1)
                        {
                            if (b == 0xE0)
                            {
                                lo = 0xA0;
                            }
                            else if (b == 0xED)
                            {
                                hi = 0x9F;
                            }
                            else if (b == 0xF0)
                            {
                                lo = 0x90;
                            }
                            else if (b == 0xF4)
                            {
                                hi = 0x8F;
                            }
                        }
                        if (c < lo || c > hi)
                        {
                            reason = "invalid continuation byte";
                            break;
                        }
                        cp = (cp << 6) | (c & 0x3F);
                    }
                    if (k > need)
                    {
                        sb.Append(char.ConvertFromUtf32(cp));
                        i += need + 1;
                        continue;
                    }
                    errEnd = i + k;
                }
            }
            switch (handler)
            {
                case "strict":
                    string what = errEnd - i == 1
                        ? "byte 0x" + data[i].ToString("x2") + " in position " + i
                        : "bytes in position " + i + "-" + (errEnd - 1);
                    throw new PyException(ExceptionType.UnicodeDecodeError, "'" + Name(codec) + "' codec can't decode " + what + ": " + reason);
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (int k = i; k < errEnd; k++)
                    {
                        sb.Append("\\x").Append(data[k].ToString("x2"));
                    }
                    break;
                case "surrogateescape":
                    for (int k = i; k < errEnd; k++)
                    {
                        sb.Append((char)(0xDC00 + data[k]));
                    }
                    break;
                default:
                    throw new PyException(ExceptionType.LookupError, "unknown error handler name '" + handler + "'");
            }
            i = errEnd;
        }
        return StrObject.New(sb.ToString());
    }
}
