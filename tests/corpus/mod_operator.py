import operator
import sys
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 7), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-3), operator.invert(5), operator.not_(0), operator.truth([]), operator.abs(-4.5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.contains(l, 9), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x)

data = [("apple", 3, 1.5), ("pear", 1, 0.5), ("fig", 2, 2.0)]
print(sorted(data, key=itemgetter(1)), [itemgetter(0, 2)(d) for d in data])
g = itemgetter(1)
print(g, itemgetter(1, "a"), g([5, 6]), itemgetter("k")({"k": "v"}))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct

p = P("ann", P("bob"))
ag = attrgetter("name")
print(ag, ag(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p), attrgetter("inner.name"))
mc = methodcaller("greet", "hi", punct="?")
print(mc, mc(p), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(sys.getsizeof(g), sys.getsizeof(ag), sys.getsizeof(mc))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    methodcaller(1)
except TypeError as e:
    print("TypeError:", e)
print(list(map(itemgetter(0), [(1, 2), (3, 4)])))
