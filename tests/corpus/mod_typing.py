import typing
from typing import (Any, Callable, Dict, Generator, Iterable, Iterator, List, Mapping, Optional,
                    Sequence, Set, Tuple, TypeVar, Union, FrozenSet, Literal, ClassVar, Type)

print(List, Dict, Any, Union, Optional, Callable, Tuple)
print(List[int], Dict[str, int], Set[float], FrozenSet[str], Type[int])
print(Optional[int], Union[int, str], Union[int, None], Union[None, int], Union[int, str, None])
print(Union[int], Union[int, int, str], Union[Union[int, str], float])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[List[int]], Mapping[str, Any])
print(List[Dict[str, Optional[List[int]]]], Literal[1, 'a', None], ClassVar[int])
print(List['Node'], Optional['Node'])
T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', contravariant=True)
N = TypeVar('N', int, float)
print(T, K, V, N, List[T], Dict[K, V], N.__constraints__)
print(Dict[str, T][int], List[T][float])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int), typing.get_args(int))
print(typing.get_args(Callable[[int], str]), typing.get_args(Optional[int]), typing.get_origin(Union[int, str]))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(typing.cast(int, 'x'), typing.TYPE_CHECKING, typing.Deque[int]([1, 2]), typing.Counter('aab'))

def greet(name: str, times: int = 1, tags: Optional[List[str]] = None) -> Dict[str, int]:
    return {name: times}
print(greet('a', 2))

class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)

Point = typing.NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x + p.y)

def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
for f in [lambda: Any[int], lambda: Union[()], lambda: Dict[int], lambda: Optional(), lambda: List[int](), lambda: Dict()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
