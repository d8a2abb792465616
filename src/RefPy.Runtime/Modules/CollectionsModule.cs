// Mirrors CPython Lib/collections/__init__.py and Modules/_collectionsmodule.c / Objects/odictobject.c:
// deque (C#), and namedtuple, Counter, OrderedDict, defaultdict (Python source compiled into the module).
using RefPy.Runtime.Objects;
using RefPy.Runtime.Vm;

namespace RefPy.Runtime.Modules;

/// <summary>
/// The <c>collections</c> module. deque is a C# type. namedtuple and Counter are Python in CPython and are
/// Python here (collections/__init__.py's code, trimmed to what RefPy runs); defaultdict and OrderedDict are C
/// types in CPython and are Python classes over dict here, written to print and behave like the C versions
/// (type names, reprs, __missing__, move_to_end, order-sensitive equality). The source is compiled into the
/// module when it is imported, with three C# helpers: <c>_make_class</c> (type(name, bases, ns)),
/// <c>_tuple_new</c> (tuple.__new__(cls, iterable)) and <c>_caller_module</c> (sys._getframemodulename).
/// </summary>
internal static unsafe class CollectionsModule
{
    public static PyType[] Types() => [DequeType.Instance, DequeIterType.Forward, DequeIterType.Reverse];

    public static nint Create()
    {
        var b = new ModuleBuilder("collections");
        b.Type(DequeType.Instance);
        AddClassHelpers(b);
        b.Fn("_odict_sizeof", OdictSizeOf);
        StdlibSource.Run(b.Module, Source, "<frozen collections>");
        return b.Module;
    }

    /// <summary>_make_class, _tuple_new and _caller_module (shared with dataclasses).</summary>
    public static void AddClassHelpers(ModuleBuilder b)
    {
        b.Fn("_make_class", (self, args, kw) =>
        {
            Args.Exact("_make_class", args, 3);
            if (!StrObject.IsStr(args[0]) || !TupleType.IsTuple(args[1]) || !DictType.IsDict(args[2]))
            {
                throw Errors.TypeError("_make_class(name, bases, ns): str, tuple, dict expected");
            }
            return ClassType.Create(StrObject.ToManaged(args[0]), args[1], args[2]);
        });
        b.Fn("_tuple_new", (self, args, kw) =>
        {
            Args.Exact("_tuple_new", args, 2);
            if (Ob.Type(args[0]) != TypeType.Instance.Address || !PyType.FromAddress(args[0]).IsSubtypeOf(TupleType.Instance))
            {
                throw Errors.TypeError("tuple.__new__(X): X is not a subtype of tuple");
            }
            nint t = TupleType.Instance.Construct([args[1]], 0);
            return PyType.FromAddress(args[0]) is ClassType ct ? ct.FromBuiltinValue(t) : t;
        });
        b.Fn("_caller_module", (self, args, kw) =>
        {
            // The calling Python function's frame is Current; depth 1 is the frame that called it.
            Args.Exact("_caller_module", args, 1);
            long depth = IntType.AsLong(args[0]);
            Interpreter.FrameState* f = Interpreter.Current;
            for (long i = 0; i < depth && f != null; i++)
            {
                f = f->Back;
            }
            nint name = f == null ? 0 : DictType.GetItemString(f->Globals, "__name__");
            return name != 0 ? Ob.NewRef(name) : Ob.NewRef(Singletons.None);
        });
    }

    /// <summary>
    /// What CPython's odict_sizeof answers less the 16 bytes more pre-header a RefPy OrderedDict has than the C
    /// one (it is a class with __dict__ and __weakref__): dict's size with PyODictObject's 112-byte basicsize,
    /// 8 bytes per fast-node slot (one per keys-table slot) and a 32-byte node per item.
    /// </summary>
    private static nint OdictSizeOf(nint self, ReadOnlySpan<nint> args, nint kw)
    {
        Args.Exact("_odict_sizeof", args, 1);
        nint od = args[0];
        if (!DictType.IsDictOrSubclass(od))
        {
            throw Errors.TypeError("_odict_sizeof: dict expected");
        }
        long size = DictType.Instance.SizeOf(od) + (112 - DictType.Instance.BasicSize);
        long n = DictType.Used(od);
        if (n > 0)
        {
            size += 8 * DictKeys.Size(DictType.Keys(od)) + 32 * n;
        }
        return IntType.FromLong(size - 16);
    }

    private const string Source = """
import sys as _sys
import itertools as _itertools

_keywords = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

def _iskeyword(name):
    return name in _keywords

def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(type(obj), 'keys') and hasattr(type(obj), '__getitem__'))

def _mapping_update(self, other=(), /, **kwds):
    if _is_mapping(other):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        else:
            for key in other.keys():
                self[key] = other[key]
    elif hasattr(other, 'keys'):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


################################################################################
### OrderedDict
################################################################################

class _odict_view:
    __slots__ = ('_mapping',)
    def __init__(self, mapping):
        self._mapping = mapping
    def __len__(self):
        return len(self._mapping)
    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

class odict_keys(_odict_view):
    __module__ = 'builtins'
    __slots__ = ()
    def __iter__(self):
        return iter(dict.keys(self._mapping))
    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))
    def __contains__(self, key):
        return key in self._mapping
    def __eq__(self, other):
        if isinstance(other, odict_keys):
            other = dict.keys(other._mapping)
        return dict.keys(self._mapping) == other
    def __and__(self, other):
        return set(self) & set(other)
    def __or__(self, other):
        return set(self) | set(other)
    def __sub__(self, other):
        return set(self) - set(other)
    def __xor__(self, other):
        return set(self) ^ set(other)
    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(other)

class odict_items(odict_keys):
    __module__ = 'builtins'
    __slots__ = ()
    def __iter__(self):
        return iter(dict.items(self._mapping))
    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))
    def __contains__(self, item):
        return item in dict.items(self._mapping)
    def __eq__(self, other):
        if isinstance(other, odict_keys):
            other = dict.items(other._mapping)
        return dict.items(self._mapping) == other

class odict_values(_odict_view):
    __module__ = 'builtins'
    __slots__ = ()
    def __iter__(self):
        return iter(dict.values(self._mapping))
    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))
    def __contains__(self, value):
        return value in dict.values(self._mapping)

_marker = object()

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        _mapping_update(self, other, **kwds)

    def update(self, other=(), /, **kwds):
        _mapping_update(self, other, **kwds)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        dict.clear(self)
        for k, v in items:
            if k is key or k == key:
                dict.__setitem__(self, k, v)
                break
        for k, v in items:
            if k not in self:
                dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def items(self):
        return odict_items(self)

    def values(self):
        return odict_values(self)

    def pop(self, key, default=_marker):
        if key in self:
            return dict.pop(self, key)
        if default is _marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, dict(dict.items(self)))

    def __sizeof__(self):
        return _odict_sizeof(self)

    def __reduce__(self):
        state = self.__dict__ or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    '''defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
'''
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif factory is self:
            frepr = '...'
        else:
            frepr = repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,) if self.default_factory is not None else (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### namedtuple
################################################################################

def _tuplegetter(index, doc):
    def fget(self):
        return self[index]
    def fset(self, value):
        raise AttributeError("can't set attribute")
    def fdel(self):
        raise AttributeError("can't delete attribute")
    return property(fget, fset, fdel, doc)

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    '''Returns a new subclass of tuple with named fields.'''

    # Validate the field names.  At the user's option, either generate an error
    # message or automatically replace the field name with a valid name.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or _iskeyword(name)
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    # Variables used in the methods and docstrings
    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = _tuple_new
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    # Create all the named tuple methods to be added to the class namespace

    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return _tuple(self)

    # Modify function metadata to help with introspection and debugging
    for method in (
        __new__,
        _make.__func__,
        _replace,
        __repr__,
        _asdict,
        __getnewargs__,
    ):
        method.__qualname__ = f'{typename}.{method.__name__}'

    if module is None:
        module = _caller_module(1) or '__main__'

    # Build-up the class namespace dictionary
    # and use type() to build the result class
    class_namespace = {
        '__module__': module,
        '__qualname__': typename,
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    return _make_class(typename, (tuple,), class_namespace)


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1

def _count(item):
    return item[1]

class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_count, reverse=True)
        if n <= 0:
            return []
        if n == 1:
            if not self:
                return []
            return [max(self.items(), key=_count)]
        return sorted(self.items(), key=_count, reverse=True)[:n]

    def elements(self):
        return _itertools.chain.from_iterable(_itertools.starmap(_itertools.repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

""";
}

/// <summary>Runs a standard-library module's Python source in the module's namespace.</summary>
internal static class StdlibSource
{
    public static void Run(nint module, string source, string filename)
    {
        ICodeCompiler? compiler = Runtime.Compiler;
        if (compiler is null)
        {
            return;
        }
        CompiledCode code = compiler.Compile(source, filename, CompileMode.Exec, keepConstantsAlive: false);
        try
        {
            nint d = ModuleType.Dict(module);
            Ob.Decref(Interpreter.RunCode(code.Code, d, d));
        }
        finally
        {
            Ob.Decref(code.Code);
            code.Arena.Dispose();
        }
    }
}
