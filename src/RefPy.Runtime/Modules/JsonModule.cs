// Mirrors CPython Lib/json (__init__, encoder, decoder, scanner), with the error positions and messages of Modules/_json.c.
namespace RefPy.Runtime.Modules;

/// <summary>The <c>json</c> module: Python source compiled into the module when it is imported.</summary>
internal static class JsonModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("json");
        StdlibSource.Run(b.Module, Source, "<frozen json>");
        return b.Module;
    }

    private const string Source = """"
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_WS = ' \t\n\r'
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'

class _StopScan(Exception):
    def __init__(self, pos):
        self.pos = pos

def _skip(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i

def _hex4(s, i):
    esc = s[i:i + 4]
    if len(esc) == 4:
        for c in esc:
            if c not in _HEX:
                break
        else:
            return int(esc, 16)
    return -1

def _scanstring(s, end, strict=True):
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    i = end
    while True:
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == '\\' or c < ' ':
                break
            j += 1
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if j > i:
            append(s[i:j])
        c = s[j]
        if c == '"':
            return ''.join(chunks), j + 1
        if c != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, j)
            append(c)
            i = j + 1
            continue
        j += 1
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j]
        if esc != 'u':
            try:
                ch = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, j - 1) from None
            append(ch)
            i = j + 1
            continue
        uni = _hex4(s, j + 1)
        if uni < 0 or j + 5 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, j)
        i = j + 5
        if 0xd800 <= uni <= 0xdbff and s[i:i + 2] == '\\u':
            uni2 = _hex4(s, i + 2)
            if uni2 < 0 or i + 7 >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                i += 6
        append(chr(uni))

class _Scanner:
    def __init__(self, ctx):
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant
        self.memo = {}

    def scan(self, s, idx):
        try:
            return self._scan_once(s, idx, len(s))
        finally:
            self.memo.clear()

    def _scan_once(self, s, idx, n):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= n:
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1, n)
        if c == '[':
            return self._array(s, idx + 1, n)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx, n)

    def _number(self, s, start, n):
        i = start
        if i < n and s[i] == '-':
            i += 1
            if i >= n:
                raise _StopScan(start)
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise _StopScan(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            e_start = i
            i += 1
            if i < n and s[i] in '+-':
                i += 1
            d = i
            while i < n and s[i] in _DIGITS:
                i += 1
            if i > d:
                is_float = True
            else:
                i = e_start
        numstr = s[start:i]
        if is_float:
            return self.parse_float(numstr), i
        return self.parse_int(numstr), i

    def _object(self, s, idx, n):
        pairs = []
        memo = self.memo
        idx = _skip(s, idx, n)
        if idx >= n or s[idx] != '}':
            while idx < n:
                if s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
                value, idx = self._scan_once(s, idx, n)
                pairs.append((key, value))
                idx = _skip(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
            if idx >= n or s[idx] != '}':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, idx + 1

    def _array(self, s, idx, n):
        values = []
        idx = _skip(s, idx, n)
        if idx >= n or s[idx] != ']':
            while idx < n:
                value, idx = self._scan_once(s, idx, n)
                values.append(value)
                idx = _skip(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1, n)
            if idx >= n or s[idx] != ']':
                raise JSONDecodeError("Expecting value", s, idx)
        return values, idx + 1

class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip(s, 0, len(s)))
        end = _skip(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self).scan(s, idx)
        except _StopScan as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

def _escape_ascii(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif ' ' <= c <= '~':
            out.append(c)
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif c == '\b':
            out.append('\\b')
        elif c == '\f':
            out.append('\\f')
        elif o < 0x10000:
            out.append('\\u{0:04x}'.format(o))
        else:
            o -= 0x10000
            s1 = 0xd800 | ((o >> 10) & 0x3ff)
            s2 = 0xdc00 | (o & 0x3ff)
            out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    out.append('"')
    return ''.join(out)

def _escape(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c >= ' ':
            out.append(c)
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif c == '\b':
            out.append('\\b')
        elif c == '\f':
            out.append('\\f')
        else:
            out.append('\\u{0:04x}'.format(ord(c)))
    out.append('"')
    return ''.join(out)

class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _escape_ascii(o)
            else:
                return _escape(o)
        chunks = self.iterencode(o)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_str = indent
        self._markers = markers
        self._enc = _escape_ascii if self.ensure_ascii else _escape
        self._encode(o, chunks, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == float('-inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " +
                repr(o))
        return text

    def _encode(self, o, chunks, level):
        if isinstance(o, str):
            chunks.append(self._enc(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, chunks, level)
        elif isinstance(o, dict):
            self._dict(o, chunks, level)
        else:
            markers = self._markers
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = self.default(o)
            self._encode(o, chunks, level)
            if markers is not None:
                del markers[markerid]

    def _list(self, lst, chunks, level):
        if not lst:
            chunks.append('[]')
            return
        markers = self._markers
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline_indent = '\n' + ind * level
            separator = self.item_separator + newline_indent
            chunks.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            chunks.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                chunks.append(separator)
            self._encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + ind * level)
        chunks.append(']')
        if markers is not None:
            del markers[markerid]

    def _dict(self, dct, chunks, level):
        if not dct:
            chunks.append('{}')
            return
        markers = self._markers
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline_indent = '\n' + ind * level
            item_separator = self.item_separator + newline_indent
            chunks.append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
            chunks.append('{')
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                chunks.append(item_separator)
            chunks.append(self._enc(key))
            chunks.append(self.key_separator)
            self._encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + ind * level)
        chunks.append('}')
        if markers is not None:
            del markers[markerid]

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp``."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators,
        default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)

def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)

def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
"""";
}
