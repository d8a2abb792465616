using System.Globalization;
using System.Text;

namespace RefPy.Compiler.Syntax;

/// <summary>
/// Python 3.12 tokenizer. Produces tokens lazily (<see cref="Next"/>) so that, as in CPython, a
/// tokenizer error is only reported when the parser gets that far. Mirrors CPython's
/// Parser/tokenizer.c closely, including its error messages and error offsets.
/// </summary>
public sealed class Tokenizer
{
    private const int Eof = -1;

    private readonly string _src;
    private readonly string _filename;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // Indentation state (CPython's indstack / altindstack; alt uses tab size 1 to detect TabError).
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];
    private int _pendingIndents; // > 0: INDENTs to emit, < 0: DEDENTs to emit
    private bool _atBol = true;
    private bool _blankLine;
    private int _indentWidth; // width in chars of the current line's indentation (for INDENT tokens)

    private readonly List<(char Ch, int Line, int Col)> _parens = [];
    private bool _needNewlineAtEof;
    private bool _done;
    private Token _endToken;

    // f-string replacement-field mode: no NEWLINE/INDENT/DEDENT, an unmatched '}' ends the field.
    private readonly bool _fstringMode;
    private readonly char _fQuote;
    private readonly int _fQuoteSize;
    private readonly int _fDepth;

    public Tokenizer(string source, string filename = "<string>")
    {
        _src = NormalizeSource(source);
        _filename = filename;
    }

    private Tokenizer(string normalizedSource, string filename, int pos, int line, int lineStart, char quote,
        int quoteSize, int depth)
    {
        _fDepth = depth;
        _src = normalizedSource;
        _filename = filename;
        _pos = pos;
        _line = line;
        _lineStart = lineStart;
        _atBol = false;
        _fstringMode = true;
        _fQuote = quote;
        _fQuoteSize = quoteSize;
    }

    /// <summary>The newline-normalized source the token offsets refer to.</summary>
    public string Source => _src;

    public string Filename => _filename;

    /// <summary>Current bracket depth.</summary>
    public int Level => _parens.Count;

    /// <summary>Converts \r\n and \r to \n and drops a UTF-8 BOM, like CPython's universal newline reading.</summary>
    public static string NormalizeSource(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF')
        {
            source = source.Substring(1);
        }
        if (source.Contains('\r'))
        {
            source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        return source;
    }

    /// <summary>Tokenizes a whole source (convenience for tests and tools).</summary>
    public static List<Token> Tokenize(string source, string filename = "<string>")
    {
        var tokenizer = new Tokenizer(source, filename);
        var result = new List<Token>();
        while (true)
        {
            var token = tokenizer.Next();
            result.Add(token);
            if (token.Kind == TokenKind.EndMarker)
            {
                return result;
            }
        }
    }

    /// <summary>Returns the next token; after ENDMARKER keeps returning ENDMARKER.</summary>
    public Token Next()
    {
        if (_done)
        {
            return _endToken;
        }
        while (true)
        {
            if (_pendingIndents != 0)
            {
                return EmitPendingIndent();
            }
            if (_atBol)
            {
                ProcessIndentation();
                if (_pendingIndents != 0)
                {
                    return EmitPendingIndent();
                }
            }

            SkipWhitespace();
            if (_pos >= _src.Length)
            {
                return AtEndOfFile();
            }

            char c = _src[_pos];
            if (c == '#')
            {
                while (_pos < _src.Length && _src[_pos] != '\n')
                {
                    _pos++;
                }
                continue;
            }
            if (c == '\n')
            {
                if (_blankLine || _parens.Count > 0 || _fstringMode)
                {
                    _pos++;
                    NewLine();
                    continue;
                }
                var nl = MakeToken(TokenKind.Newline, "", _pos, _pos + 1);
                _pos++;
                NewLine();
                _needNewlineAtEof = false;
                return nl;
            }
            if (c == '\\')
            {
                ContinuationLine();
                continue;
            }

            _needNewlineAtEof = true;
            if (c < 128 ? IsAsciiIdStart(c) : IsIdStartAt(_pos))
            {
                return ScanNameOrPrefixedString();
            }
            if (IsDigit(c) || (c == '.' && _pos + 1 < _src.Length && IsDigit(_src[_pos + 1])))
            {
                return ScanNumber();
            }
            if (c == '\'' || c == '"')
            {
                return ScanString(_pos, _pos, isRaw: false, isF: false);
            }
            return ScanOperator();
        }
    }

    // ------------------------------------------------------------------ lines and indentation

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
        if (!_fstringMode)
        {
            _atBol = true;
        }
    }

    /// <summary>Line bookkeeping for a newline inside a string literal.</summary>
    private void AdvanceLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private void ProcessIndentation()
    {
        _atBol = false;
        _blankLine = false;
        int col = 0, altCol = 0, contLineCol = 0;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = (col / 8 + 1) * 8;
                altCol++;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else if (c == '\\')
            {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                ContinuationLine(atLineStart: _pos == _lineStart);
                continue;
            }
            else
            {
                break;
            }
            _pos++;
        }
        _indentWidth = _pos - _lineStart;
        if (_pos < _src.Length && (_src[_pos] == '#' || _src[_pos] == '\n'))
        {
            _blankLine = true;
            return;
        }
        if (_parens.Count > 0)
        {
            return;
        }
        if (contLineCol != 0)
        {
            col = altCol = contLineCol;
        }
        int top = _indents.Count - 1;
        if (col == _indents[top])
        {
            if (altCol != _altIndents[top])
            {
                throw TabError();
            }
        }
        else if (col > _indents[top])
        {
            if (altCol <= _altIndents[top])
            {
                throw TabError();
            }
            if (_indents.Count >= 100)
            {
                throw Error("too many levels of indentation", _pos - _lineStart, _pos - _lineStart,
                    "IndentationError");
            }
            _pendingIndents++;
            _indents.Add(col);
            _altIndents.Add(altCol);
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _pendingIndents--;
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
            }
            if (col != _indents[^1])
            {
                int lineLen = LineEnd(_lineStart) - _lineStart + 1;
                throw Error("unindent does not match any outer indentation level", lineLen, -1,
                    "IndentationError");
            }
            if (altCol != _altIndents[^1])
            {
                throw TabError();
            }
        }
    }

    private PythonSyntaxError TabError() =>
        Error("inconsistent use of tabs and spaces in indentation", 1, 0, "TabError");

    private Token EmitPendingIndent()
    {
        int at = _lineStart + _indentWidth;
        int col = at - _lineStart;
        if (_pendingIndents > 0)
        {
            _pendingIndents--;
            return new Token(TokenKind.Indent, "", _lineStart, at, _line, 0, _line, col, _parens.Count);
        }
        _pendingIndents++;
        if (_pos >= _src.Length)
        {
            var (l, c) = EofPosition();
            return new Token(TokenKind.Dedent, "", _pos, _pos, l, c, l, c, 0);
        }
        return new Token(TokenKind.Dedent, "", at, at, _line, col, _line, col, _parens.Count);
    }

    private void SkipWhitespace()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private void ContinuationLine(bool atLineStart = false)
    {
        // _src[_pos] == '\\'
        _pos++;
        if (_pos >= _src.Length)
        {
            throw new PythonSyntaxError("unexpected EOF while parsing", _filename, _line, _pos - _lineStart + 1,
                _line, -1, _src.Substring(_lineStart, _pos - _lineStart))
            { FromTokenizer = true };
        }
        if (_src[_pos] != '\n')
        {
            throw new PythonSyntaxError("unexpected character after line continuation character", _filename, _line,
                _pos - _lineStart + 1, _line, 0, _src.Substring(_lineStart, LineEnd(_lineStart) - _lineStart))
            { FromTokenizer = true };
        }
        if (_pos + 1 >= _src.Length)
        {
            int col = atLineStart ? 0 : _pos - _lineStart + 1;
            throw new PythonSyntaxError("unexpected EOF while parsing", _filename, _line, col, _line, -1,
                _src.Substring(_lineStart, _pos - _lineStart))
            { FromTokenizer = true };
        }
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private Token AtEndOfFile()
    {
        if (_fstringMode)
        {
            return MakeEnd();
        }
        if (_parens.Count > 0)
        {
            var (ch, line, col) = _parens[^1];
            throw new PythonSyntaxError($"'{ch}' was never closed", _filename, line, col + 1, line, 0,
                LineText(line), "SyntaxError")
            { IsUnclosedParen = true, TextHasNewline = false };
        }
        if (_needNewlineAtEof)
        {
            _needNewlineAtEof = false;
            int col = _pos - _lineStart;
            return new Token(TokenKind.Newline, "", _pos, _pos, _line, col, _line, col + 1, 0);
        }
        if (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            var (l, c) = EofPosition();
            return new Token(TokenKind.Dedent, "", _pos, _pos, l, c, l, c, 0);
        }
        return MakeEnd();
    }

    private Token MakeEnd()
    {
        var (line, col) = EofPosition();
        _endToken = new Token(TokenKind.EndMarker, "", _pos, _pos, line, col, line, col, _parens.Count);
        _done = true;
        return _endToken;
    }

    /// <summary>CPython reports EOF at the end of the last non-empty physical line.</summary>
    private (int Line, int Col) EofPosition()
    {
        if (_pos > _lineStart || _pos == 0 || _fstringMode)
        {
            return (_line, _pos - _lineStart);
        }
        int prevStart = _src.LastIndexOf('\n', _pos - 2) + 1;
        return (_line - 1, _pos - 1 - prevStart);
    }

    // ------------------------------------------------------------------ names

    private static bool IsAsciiIdStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsAsciiIdContinue(char c) => IsAsciiIdStart(c) || IsDigit(c);

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    private bool IsIdStartAt(int pos) => Rune.TryGetRuneAt(_src, pos, out var r) && IsIdStartRune(r);

    private static bool IsIdStartRune(Rune r)
    {
        if (r.IsAscii)
        {
            return IsAsciiIdStart((char)r.Value);
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return r.Value is 0x2118 or 0x212E or 0x309B or 0x309C; // Other_ID_Start
        }
    }

    private static bool IsIdContinueRune(Rune r)
    {
        if (r.IsAscii)
        {
            return IsAsciiIdContinue((char)r.Value);
        }
        if (IsIdStartRune(r))
        {
            return true;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return r.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA; // Other_ID_Continue
        }
    }

    private Token ScanNameOrPrefixedString()
    {
        int start = _pos;
        bool ascii = true;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c < 128)
            {
                if (!IsAsciiIdContinue(c))
                {
                    break;
                }
                _pos++;
            }
            else
            {
                if (!Rune.TryGetRuneAt(_src, _pos, out var r) || !IsIdContinueRune(r))
                {
                    break;
                }
                ascii = false;
                _pos += r.Utf16SequenceLength;
            }
        }

        int len = _pos - start;
        if (len <= 2 && _pos < _src.Length && (_src[_pos] == '\'' || _src[_pos] == '"'))
        {
            bool b = false, r = false, u = false, f = false, ok = true;
            for (int i = start; i < _pos; i++)
            {
                switch (_src[i] | 0x20)
                {
                    case 'b': ok &= !b && !u && !f; b = true; break;
                    case 'r': ok &= !r && !u; r = true; break;
                    case 'u': ok &= len == 1; u = true; break;
                    case 'f': ok &= !f && !b && !u; f = true; break;
                    default: ok = false; break;
                }
            }
            if (ok)
            {
                return ScanString(start, _pos, r, f);
            }
        }

        string text = _src.Substring(start, len);
        if (!ascii)
        {
            text = NormalizeIdentifier(text);
        }
        return MakeToken(TokenKind.Name, text, start, _pos);
    }

    private static string NormalizeIdentifier(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (PlatformNotSupportedException)
        {
            return text;
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    // ------------------------------------------------------------------ numbers

    private int NextC() => _pos < _src.Length ? _src[_pos++] : Eof;

    private void Backup(int c)
    {
        if (c != Eof)
        {
            _pos--;
        }
    }

    private PythonSyntaxError ErrAtCur(string msg) => Error(msg, _pos - _lineStart, _pos - _lineStart);

    private Token ScanNumber()
    {
        int start = _pos;
        int c = NextC();
        if (c == '.')
        {
            c = NextC();
            goto Fraction;
        }
        if (c == '0')
        {
            c = NextC();
            if (c is 'x' or 'X')
            {
                ScanRadix(16, "hexadecimal");
                return NumberToken(start);
            }
            if (c is 'o' or 'O')
            {
                ScanRadix(8, "octal");
                return NumberToken(start);
            }
            if (c is 'b' or 'B')
            {
                ScanRadix(2, "binary");
                return NumberToken(start);
            }
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = NextC();
                    if (!IsDigit(c))
                    {
                        Backup(c);
                        throw ErrAtCur("invalid decimal literal");
                    }
                }
                if (c != '0')
                {
                    break;
                }
                c = NextC();
            }
            int zerosEnd = _pos;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
            }
            if (c == '.')
            {
                c = NextC();
                goto Fraction;
            }
            if (c is 'e' or 'E')
            {
                goto Exponent;
            }
            if (c is 'j' or 'J')
            {
                goto Imaginary;
            }
            if (nonzero)
            {
                Backup(c);
                throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start + 1 - _lineStart, zerosEnd - _lineStart);
            }
            VerifyEndOfNumber(c, "decimal");
            Backup(c);
            return NumberToken(start);
        }

        c = DecimalTail();
        if (c == '.')
        {
            c = NextC();
            goto Fraction;
        }
        goto AfterFraction;

    Fraction:
        if (IsDigit(c))
        {
            c = DecimalTail();
        }
    AfterFraction:
        if (c is 'e' or 'E')
        {
            goto Exponent;
        }
        if (c is 'j' or 'J')
        {
            goto Imaginary;
        }
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return NumberToken(start);

    Exponent:
        {
            int e = c;
            c = NextC();
            if (c is '+' or '-')
            {
                c = NextC();
                if (!IsDigit(c))
                {
                    Backup(c);
                    throw ErrAtCur("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                Backup(c);
                VerifyEndOfNumber(e, "decimal");
                Backup(e);
                return NumberToken(start);
            }
            c = DecimalTail();
            if (c is 'j' or 'J')
            {
                goto Imaginary;
            }
            VerifyEndOfNumber(c, "decimal");
            Backup(c);
            return NumberToken(start);
        }

    Imaginary:
        c = NextC();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return NumberToken(start);
    }

    private void ScanRadix(int radix, string kind)
    {
        int c = NextC();
        do
        {
            if (c == '_')
            {
                c = NextC();
            }
            if (!IsRadixDigit(c, radix))
            {
                if (radix != 16 && IsDigit(c))
                {
                    throw ErrAtCur($"invalid digit '{(char)c}' in {kind} literal");
                }
                Backup(c);
                throw ErrAtCur($"invalid {kind} literal");
            }
            do
            {
                c = NextC();
            } while (IsRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && IsDigit(c))
        {
            throw ErrAtCur($"invalid digit '{(char)c}' in {kind} literal");
        }
        VerifyEndOfNumber(c, kind);
        Backup(c);
    }

    private static bool IsRadixDigit(int c, int radix) => radix switch
    {
        16 => IsHexDigit(c),
        8 => c >= '0' && c < '8',
        _ => c is '0' or '1',
    };

    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextC();
            } while (IsDigit(c));
            if (c != '_')
            {
                break;
            }
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                throw ErrAtCur("invalid decimal literal");
            }
        }
        return c;
    }

    /// <summary>
    /// A number may not run into an identifier, except for the keywords that can legally follow a
    /// number (CPython only warns for those: "1if x else y").
    /// </summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool keyword = c switch
        {
            'a' => LookAhead("nd"),
            'e' => LookAhead("lse"),
            'f' => LookAhead("or"),
            'i' => _pos < _src.Length && _src[_pos] is 'f' or 'n' or 's',
            'o' => LookAhead("r"),
            'n' => LookAhead("ot"),
            _ => false,
        };
        if (!keyword && c is >= 0 and < 128 && IsAsciiIdContinue((char)c))
        {
            Backup(c);
            throw ErrAtCur($"invalid {kind} literal");
        }
    }

    private bool LookAhead(string rest) => string.CompareOrdinal(_src, _pos, rest, 0, rest.Length) == 0;

    private Token NumberToken(int start) => MakeToken(TokenKind.Number, _src.Substring(start, _pos - start), start, _pos);

    // ------------------------------------------------------------------ strings

    /// <summary>Scans a string literal whose prefix starts at <paramref name="start"/> and quote at <paramref name="quotePos"/>.</summary>
    private Token ScanString(int start, int quotePos, bool isRaw, bool isF)
    {
        int startLine = _line, startLineStart = _lineStart;
        char quote = _src[quotePos];
        _pos = quotePos + 1;
        int quoteSize = 1;
        if (_pos + 1 < _src.Length && _src[_pos] == quote && _src[_pos + 1] == quote)
        {
            quoteSize = 3;
            _pos += 2;
        }

        if (isF)
        {
            var parts = ScanFStringBody(start, startLine, startLineStart, quote, quoteSize, isRaw);
            return StringToken(start, startLine, startLineStart, new FStringData(isRaw, parts));
        }

        while (true)
        {
            if (_pos >= _src.Length || (quoteSize == 1 && _src[_pos] == '\n'))
            {
                throw Unterminated(start, startLine, startLineStart, quote, quoteSize, isF: false);
            }
            char c = _src[_pos++];
            if (c == quote)
            {
                if (quoteSize == 1)
                {
                    break;
                }
                if (_pos + 1 < _src.Length && _src[_pos] == quote && _src[_pos + 1] == quote)
                {
                    _pos += 2;
                    break;
                }
            }
            else if (c == '\\')
            {
                if (_pos < _src.Length)
                {
                    if (_src[_pos] == '\n')
                    {
                        _pos++;
                        _line++;
                        _lineStart = _pos;
                    }
                    else
                    {
                        _pos++;
                    }
                }
            }
            else if (c == '\n')
            {
                _line++;
                _lineStart = _pos;
            }
        }
        return StringToken(start, startLine, startLineStart, null);
    }

    private Token StringToken(int start, int startLine, int startLineStart, object? payload) =>
        new(TokenKind.String, _src.Substring(start, _pos - start), start, _pos, startLine, start - startLineStart,
            _line, _pos - _lineStart, TokenLevel, payload);

    private PythonSyntaxError Unterminated(int start, int startLine, int startLineStart, char quote, int quoteSize,
        bool isF)
    {
        int detectedAt = _line;
        if (_pos >= _src.Length && _pos > 0 && _src[_pos - 1] == '\n' && quoteSize == 3)
        {
            detectedAt--;
        }
        if (_fstringMode && quote == _fQuote && quoteSize == _fQuoteSize)
        {
            return Error("f-string: expecting '}'", startLine, start - startLineStart + 1,
                start - startLineStart + 1, startLineStart);
        }
        string what = isF ? "f-string literal" : "string literal";
        string msg = quoteSize == 3
            ? $"unterminated triple-quoted {what} (detected at line {detectedAt})"
            : $"unterminated {what} (detected at line {detectedAt})";
        return Error(msg, startLine, start - startLineStart + 1, start - startLineStart + 1, startLineStart);
    }

    // ------------------------------------------------------------------ f-strings

    private bool AtClosingQuote(char quote, int quoteSize) =>
        _src[_pos] == quote && (quoteSize == 1 ||
            (_pos + 2 < _src.Length && _src[_pos + 1] == quote && _src[_pos + 2] == quote));

    private List<FStringPart> ScanFStringBody(int start, int startLine, int startLineStart, char quote,
        int quoteSize, bool raw)
    {
        var parts = new List<FStringPart>();
        int litStart = _pos;
        while (true)
        {
            if (_pos >= _src.Length || (quoteSize == 1 && _src[_pos] == '\n'))
            {
                throw Unterminated(start, startLine, startLineStart, quote, quoteSize, isF: true);
            }
            char c = _src[_pos];
            if (AtClosingQuote(quote, quoteSize))
            {
                AddText(parts, litStart, _pos);
                _pos += quoteSize;
                return parts;
            }
            if (c == '\\')
            {
                _pos++;
                if (_pos < _src.Length)
                {
                    char n = _src[_pos];
                    if (!raw && n == 'N' && _pos + 1 < _src.Length && _src[_pos + 1] == '{')
                    {
                        int close = _src.IndexOf('}', _pos);
                        _pos = close < 0 ? _pos + 1 : close + 1;
                    }
                    else if (n == '\n')
                    {
                        _pos++;
                        AdvanceLine();
                    }
                    else if (n != '{' && n != '}')
                    {
                        _pos++;
                    }
                }
                continue;
            }
            if (c == '{' || c == '}')
            {
                if (_pos + 1 < _src.Length && _src[_pos + 1] == c)
                {
                    AddText(parts, litStart, _pos + 1);
                    _pos += 2;
                    litStart = _pos;
                    continue;
                }
                if (c == '}')
                {
                    _pos++;
                    throw ErrAtCur("f-string: single '}' is not allowed");
                }
                AddText(parts, litStart, _pos);
                parts.Add(ScanField(quote, quoteSize, raw));
                litStart = _pos;
                continue;
            }
            _pos++;
            if (c == '\n')
            {
                AdvanceLine();
            }
        }
    }

    private static void AddText(List<FStringPart> parts, int start, int end)
    {
        if (end > start)
        {
            parts.Add(new FStringTextPart(start, end));
        }
    }

    /// <summary>Scans a replacement field; <c>_pos</c> is at its '{'. Leaves <c>_pos</c> after the '}'.</summary>
    private FStringFieldPart ScanField(char quote, int quoteSize, bool raw)
    {
        var open = MakeToken(TokenKind.Op, "{", _pos, _pos + 1);
        if (_fDepth >= 150)
        {
            throw ErrAtCur("f-string: expressions nested too deeply");
        }
        var sub = new Tokenizer(_src, _filename, _pos + 1, _line, _lineStart, quote, quoteSize, _fDepth + 1);
        var tokens = new List<Token>();
        Token t;
        while (true)
        {
            int levelBefore = sub.Level;
            t = sub.Next();
            if (t.Kind == TokenKind.EndMarker)
            {
                SyncFrom(sub);
                throw Error("f-string: expecting '}'", _line, t.Col + 1, t.Col + 1, _lineStart);
            }
            if (levelBefore == 0 && t.Kind == TokenKind.Op && t.Text is "}" or ":" or "!" or "=")
            {
                break;
            }
            tokens.Add(t);
        }
        if (tokens.Count == 0)
        {
            SyncFrom(sub);
            throw Error($"f-string: valid expression required before '{t.Text}'", t.Line, t.Col + 1, t.EndCol + 1,
                LineStartOf(t.Start));
        }
        tokens.Add(new Token(TokenKind.EndMarker, "", t.Start, t.Start, t.Line, t.Col, t.Line, t.Col, 0));

        string? debugText = null;
        if (t.Text == "=")
        {
            var next = sub.Next();
            debugText = _src.Substring(open.End, next.Start - open.End);
            t = next;
            if (!(t.IsOp("!") || t.IsOp(":") || t.IsOp("}")))
            {
                SyncFrom(sub);
                throw Error("f-string: expecting '!', or ':', or '}'", t.Line, t.Col + 1, t.EndCol + 1,
                    LineStartOf(t.Start));
            }
        }
        char conversion = '\0';
        if (t.IsOp("!"))
        {
            var conv = sub.Next();
            if (conv.Kind != TokenKind.Name)
            {
                SyncFrom(sub);
                throw Error("f-string: missing conversion character", conv.Line, conv.Col + 1, conv.EndCol + 1,
                    LineStartOf(conv.Start));
            }
            if (conv.Start != t.End)
            {
                SyncFrom(sub);
                throw Error("f-string: conversion type must come right after the exclamanation mark", conv.Line,
                    t.Col + 1, conv.EndCol + 1, LineStartOf(conv.Start));
            }
            if (conv.Text is not ("s" or "r" or "a"))
            {
                SyncFrom(sub);
                throw Error($"f-string: invalid conversion character '{conv.Text}': expected 's', 'r', or 'a'",
                    conv.Line, conv.Col + 1, conv.EndCol + 1, LineStartOf(conv.Start));
            }
            conversion = conv.Text[0];
            t = sub.Next();
        }
        List<FStringPart>? spec = null;
        if (t.IsOp(":"))
        {
            SyncFrom(sub);
            _pos = t.End;
            spec = ScanFormatSpec(quote, quoteSize, raw);
            // _pos is at the closing '}'
            var close = MakeToken(TokenKind.Op, "}", _pos, _pos + 1);
            _pos++;
            return new FStringFieldPart(tokens, debugText, conversion, spec, open, close);
        }
        if (!t.IsOp("}"))
        {
            SyncFrom(sub);
            throw Error("f-string: expecting ':' or '}'", t.Line, t.Col + 1, t.EndCol + 1, LineStartOf(t.Start));
        }
        SyncFrom(sub);
        _pos = t.End;
        return new FStringFieldPart(tokens, debugText, conversion, spec, open, t);
    }

    private List<FStringPart> ScanFormatSpec(char quote, int quoteSize, bool raw)
    {
        var parts = new List<FStringPart>();
        int litStart = _pos;
        while (true)
        {
            if (_pos >= _src.Length || (quoteSize == 1 && _src[_pos] == '\n') || AtClosingQuote(quote, quoteSize))
            {
                throw ErrAtCur("f-string: expecting '}'");
            }
            char c = _src[_pos];
            if (c == '}')
            {
                AddText(parts, litStart, _pos);
                return parts;
            }
            if (c == '{')
            {
                AddText(parts, litStart, _pos);
                parts.Add(ScanField(quote, quoteSize, raw));
                litStart = _pos;
                continue;
            }
            if (c == '\\' && _pos + 1 < _src.Length && _src[_pos + 1] is not ('{' or '}'))
            {
                _pos++;
            }
            if (_src[_pos] == '\n')
            {
                _pos++;
                AdvanceLine();
                continue;
            }
            _pos++;
        }
    }

    private void SyncFrom(Tokenizer sub)
    {
        _pos = sub._pos;
        _line = sub._line;
        _lineStart = sub._lineStart;
    }

    private int LineStartOf(int pos) => pos <= 0 ? 0 : _src.LastIndexOf('\n', Math.Min(pos, _src.Length) - 1) + 1;

    // ------------------------------------------------------------------ operators

    private Token ScanOperator()
    {
        int start = _pos;
        char c = _src[_pos];
        char c1 = _pos + 1 < _src.Length ? _src[_pos + 1] : '\0';
        char c2 = _pos + 2 < _src.Length ? _src[_pos + 2] : '\0';
        // In an f-string replacement field a top-level ':' always starts the format spec (f"{x:=^10}").
        string? op = _fstringMode && c == ':' && _parens.Count == 0 ? ":" : ThreeCharOp(c, c1, c2);
        if (op == null)
        {
            op = TwoCharOp(c, c1);
            if (op == null)
            {
                op = OneCharOp(c);
                if (op == null)
                {
                    return BadCharacter();
                }
            }
        }
        _pos += op.Length;

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_parens.Count >= 200)
                {
                    throw ErrAtCur("too many nested parentheses");
                }
                _parens.Add((c, _line, start - _lineStart));
                break;
            case ')':
            case ']':
            case '}':
                if (_parens.Count == 0)
                {
                    if (_fstringMode && c == '}')
                    {
                        break;
                    }
                    throw ErrAtCur($"unmatched '{c}'");
                }
                var (open, openLine, _) = _parens[^1];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}'))
                {
                    throw ErrAtCur(openLine != _line
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                }
                _parens.RemoveAt(_parens.Count - 1);
                break;
        }
        return MakeToken(TokenKind.Op, op, start, _pos);
    }

    private Token BadCharacter()
    {
        int start = _pos;
        if (!Rune.TryGetRuneAt(_src, _pos, out var r))
        {
            r = new Rune(0xFFFD);
            _pos++;
        }
        else
        {
            _pos += r.Utf16SequenceLength;
        }
        if (r.Value < 128 && r.Value >= 32 && r.Value != 127)
        {
            // '$', '?', '`' and friends: CPython's parser reports "invalid syntax" at them.
            return MakeToken(TokenKind.ErrorToken, _src.Substring(start, _pos - start), start, _pos);
        }
        int col = start - _lineStart + 1;
        if (IsPrintable(r))
        {
            throw Error($"invalid character '{r}' (U+{r.Value:X4})", col, col);
        }
        throw Error($"invalid non-printable character U+{r.Value:X4}", col, col);
    }

    internal static bool IsPrintable(Rune r)
    {
        if (r.Value == ' ')
        {
            return true;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    private static string? ThreeCharOp(char c, char c1, char c2)
    {
        if (c2 == '=')
        {
            if (c == '*' && c1 == '*') return "**=";
            if (c == '/' && c1 == '/') return "//=";
            if (c == '<' && c1 == '<') return "<<=";
            if (c == '>' && c1 == '>') return ">>=";
        }
        if (c == '.' && c1 == '.' && c2 == '.') return "...";
        return null;
    }

    private static string? TwoCharOp(char c, char c1)
    {
        if (c1 == '=')
        {
            switch (c)
            {
                case '!': return "!=";
                case '%': return "%=";
                case '&': return "&=";
                case '*': return "*=";
                case '+': return "+=";
                case '-': return "-=";
                case '/': return "/=";
                case ':': return ":=";
                case '<': return "<=";
                case '=': return "==";
                case '>': return ">=";
                case '@': return "@=";
                case '^': return "^=";
                case '|': return "|=";
            }
            return null;
        }
        if (c == c1)
        {
            switch (c)
            {
                case '*': return "**";
                case '/': return "//";
                case '<': return "<<";
                case '>': return ">>";
            }
        }
        if (c == '-' && c1 == '>') return "->";
        return null;
    }

    private static string? OneCharOp(char c) => c switch
    {
        '%' => "%",
        '&' => "&",
        '(' => "(",
        ')' => ")",
        '*' => "*",
        '+' => "+",
        ',' => ",",
        '-' => "-",
        '.' => ".",
        '/' => "/",
        ':' => ":",
        ';' => ";",
        '<' => "<",
        '=' => "=",
        '>' => ">",
        '@' => "@",
        '[' => "[",
        ']' => "]",
        '^' => "^",
        '{' => "{",
        '|' => "|",
        '}' => "}",
        '~' => "~",
        '!' => "!",
        _ => null,
    };

    // ------------------------------------------------------------------ helpers

    private Token MakeToken(TokenKind kind, string text, int start, int end) =>
        new(kind, text, start, end, _line, start - _lineStart, _line, end - _lineStart, TokenLevel);

    /// <summary>Bracket level recorded on tokens; an f-string replacement field counts as one level, as in CPython.</summary>
    private int TokenLevel => _parens.Count + (_fstringMode ? 1 : 0);

    private int LineEnd(int lineStart)
    {
        int nl = _src.IndexOf('\n', lineStart);
        return nl < 0 ? _src.Length : nl;
    }

    private string LineText(int line)
    {
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int nl = _src.IndexOf('\n', start);
            if (nl < 0)
            {
                return "";
            }
            start = nl + 1;
        }
        return _src.Substring(start, LineEnd(start) - start);
    }

    /// <summary>A tokenizer error on the current line; columns are CPython's 1-based offsets.</summary>
    private PythonSyntaxError Error(string msg, int column, int endColumn, string type = "SyntaxError") =>
        new(msg, _filename, _line, column, _line, endColumn, _src.Substring(_lineStart, LineEnd(_lineStart) - _lineStart),
            type)
        { FromTokenizer = true, TextHasNewline = false };

    private PythonSyntaxError Error(string msg, int line, int column, int endColumn, int lineStart) =>
        new(msg, _filename, line, column, line, endColumn, _src.Substring(lineStart, LineEnd(lineStart) - lineStart))
        { FromTokenizer = true, TextHasNewline = false };
}
