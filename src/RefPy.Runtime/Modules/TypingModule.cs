// Mirrors CPython Lib/typing.py, trimmed: special forms, generic aliases (reprs as CPython's), TypeVar, Union/Optional, Callable, Literal, cast, get_origin/get_args.
namespace RefPy.Runtime.Modules;

/// <summary>The <c>typing</c> module: Python source compiled into the module when it is imported.</summary>
internal static class TypingModule
{
    public static nint Create()
    {
        var b = new ModuleBuilder("typing");
        StdlibSource.Run(b.Module, Source, "<frozen typing>");
        return b.Module;
    }

    private const string Source = """"
import collections as _collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol', 'Tuple',
           'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'Generator',
           'NoReturn', 'Never', 'Self', 'TypeAlias', 'cast', 'get_args', 'get_origin', 'get_type_hints',
           'no_type_check', 'overload', 'final', 'TYPE_CHECKING', 'AnyStr', 'Text', 'SupportsInt',
           'SupportsFloat', 'SupportsIndex', 'SupportsAbs', 'SupportsRound', 'SupportsBytes']

TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)

def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg

class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg
    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'
    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__
    def __hash__(self):
        return hash(self.__forward_arg__)

_INSTANTIABLE = frozenset(['Deque', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap'])

class _Final:
    __slots__ = ()

class _SpecialForm(_Final):
    def __init__(self, name, doc, getitem):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem
    def __repr__(self):
        return 'typing.' + self._name
    def __reduce__(self):
        return self._name
    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]
    def __getitem__(self, parameters):
        if self._getitem is None:
            if self._name == 'Any':
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)
    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")
    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self._name = name
    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'
    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash((self.__origin__, self.__args__))
    def __call__(self, *args, **kwargs):
        if self._name is not None and self._name not in _INSTANTIABLE:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        return self.__origin__(*args, **kwargs)
    def __or__(self, right):
        return Union[self, right]
    def __ror__(self, left):
        return Union[left, self]
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if not tvars:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(tvars):
            raise TypeError(f"Too {'many' if len(params) > len(tvars) else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {len(tvars)}")
        subst = dict(zip(tvars, params))
        return self.copy_with(tuple(subst.get(a, a) for a in self.__args__))
    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name)
    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'
    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))

class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name)

class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

class _TypingEllipsis:
    pass

class _SpecialGenericAlias(_Final):
    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
    def __repr__(self):
        return 'typing.' + self._name
    def __call__(self, *args, **kwargs):
        if self._name not in _INSTANTIABLE:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        return self.__origin__(*args, **kwargs)
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name)
    def __or__(self, right):
        return Union[self, right]
    def __ror__(self, left):
        return Union[left, self]
    def __mro_entries__(self, bases):
        return (self.__origin__,)

class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params[:-1]) + (_TypingEllipsis,),
                                 name='Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, '') for p in params), name='Tuple')

class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        elif args is ...:
            params = (..., _type_check(result, ''))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args}")
        return _CallableGenericAlias(self.__origin__, params, name='Callable')

def _any_getitem(self, parameters):
    raise TypeError(f"{self} is not subscriptable")

Any = _SpecialForm('Any', 'Special type indicating an unconstrained type.', None)
NoReturn = _SpecialForm('NoReturn', 'Special type indicating functions that never return.', None)
Never = _SpecialForm('Never', 'The bottom type, a type that has no members.', None)
Self = _SpecialForm('Self', 'Used to spell the type of "self" in classes.', None)
TypeAlias = _SpecialForm('TypeAlias', 'Special form for marking type aliases.', None)
LiteralString = _SpecialForm('LiteralString', 'Represents an arbitrary literal string.', None)

def _flatten(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in _flatten(_type_check(p, '') for p in parameters):
        if p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))

def _optional_getitem(self, parameters):
    arg = _type_check(parameters, '')
    return Union[arg, type(None)]

def _classvar_getitem(self, parameters):
    return _GenericAlias(self, (_type_check(parameters, ''),))

def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)

def _simple_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)

Union = _SpecialForm('Union', 'Union type; Union[X, Y] means either X or Y.', _union_getitem)
Optional = _SpecialForm('Optional', 'Optional[X] is equivalent to Union[X, None].', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', 'Special type construct to mark class variables.', _classvar_getitem)
Final = _SpecialForm('Final', 'Special typing construct to indicate final names.', _classvar_getitem)
Literal = _SpecialForm('Literal', 'Special typing form to define literal types.', _literal_getitem)
Annotated = _SpecialForm('Annotated', 'Add context-specific metadata to a type.', _simple_getitem)
Concatenate = _SpecialForm('Concatenate', 'Special form for annotating higher-order functions.', _simple_getitem)
TypeGuard = _SpecialForm('TypeGuard', 'Special typing construct for marking user-defined type guard functions.', _classvar_getitem)
Unpack = _SpecialForm('Unpack', 'Type unpack operator.', _classvar_getitem)
Required = _SpecialForm('Required', 'A special typing construct to mark a key of a total=False TypedDict as required.', _classvar_getitem)
NotRequired = _SpecialForm('NotRequired', 'A special typing construct to mark a key of a TypedDict as potentially missing.', _classvar_getitem)

class TypeVar:
    """Type variable."""
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, '') for t in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__
    def __or__(self, right):
        return Union[self, right]
    def __ror__(self, left):
        return Union[left, self]

class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
    def __repr__(self):
        return '~' + self.__name__

AnyStr = TypeVar('AnyStr', bytes, str)
Text = str

class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()

class _GenericForm(_Final):
    # Generic[T] and Protocol[T] as base classes: RefPy classes have no __class_getitem__ or
    # __mro_entries__, so the subscripted form is this object's __getitem__ and gives the class itself.
    def __init__(self, cls):
        self._cls = cls
    def __getitem__(self, params):
        return self._cls
    def __repr__(self):
        return f"<class 'typing.{self._cls.__name__}'>"

Generic = _GenericForm(Generic)
Protocol = _GenericForm(Protocol)

class _Abc:
    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'
    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

def _abc(name):
    return _Abc(name)

Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
Callable = _CallableType(_abc('Callable'), 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0, 'ByteString')
Tuple = _TupleType(tuple, -1, 'Tuple')
List = _SpecialGenericAlias(list, 1, 'List')
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, 'Type')
SupportsInt = _abc('SupportsInt')
SupportsFloat = _abc('SupportsFloat')
SupportsIndex = _abc('SupportsIndex')
SupportsAbs = _abc('SupportsAbs')
SupportsRound = _abc('SupportsRound')
SupportsBytes = _abc('SupportsBytes')

def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (the functional form)."""
    if fields is None:
        fields = kwargs.items()
    fields = [(n, t) for n, t in fields]
    nt = _collections.namedtuple(typename, [n for n, t in fields], module=_caller_module())
    nt.__annotations__ = {n: _type_check(t, '') for n, t in fields}
    return nt

def _caller_module():
    try:
        import sys
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val

def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy

def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f

def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg

def runtime_checkable(cls):
    return cls

def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    return None

def get_args(tp):
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = value
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        hints[name] = value
    return hints
"""";
}
