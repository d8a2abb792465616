// Mirrors CPython Lib/string.py: constants, capwords, Template (a hand-written scanner in place of the re pattern).
namespace RefPy.Runtime.Modules;

/// <summary>The <c>string</c> module: Python source compiled into the module when it is imported.</summary>
internal static class StringModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("string");
        StdlibSource.Run(b.Module, Source, "<frozen string>");
        return b.Module;
    }

    private const string Source = """"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

_sentinel_dict = {}

def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')

def _is_id_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')

class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        n = len(t)
        out = []
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_id_start(t[m]):
                    e = m + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[m:e]
                        i = e + 1
                        if safe:
                            try:
                                out.append(str(mapping[name]))
                            except KeyError:
                                out.append(t[j:i])
                        else:
                            out.append(str(mapping[name]))
                        continue
            elif k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                name = t[k:e]
                i = e
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[j:i])
                else:
                    out.append(str(mapping[name]))
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                return True
            k = j + len(d)
            if t.startswith(d, k):
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_id_start(t[m]):
                    e = m + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        i = e + 1
                        continue
            elif k < n and _is_id_start(t[k]):
                i = k + 1
                continue
            return False

    def get_identifiers(self):
        ids = []
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            k = j + len(d)
            if t.startswith(d, k):
                i = k + len(d)
                continue
            name = None
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_id_start(t[m]):
                    e = m + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[m:e]
                        i = e + 1
            elif k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                name = t[k:e]
                i = e
            if name is None:
                raise ValueError('Unrecognized named group in pattern')
            if name not in ids:
                ids.append(name)
        return ids

class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps
    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
"""";
}
