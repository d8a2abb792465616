# dict keys/items views compare with sets by length and membership, combine with iterables like sets, and have isdisjoint
d = {1: "a", 2: "b"}
print(d.keys() == {1, 2}, d.keys() == {1}, {1, 2} == d.keys(), d.keys() != {3})
print(d.items() == {(1, "a"), (2, "b")}, d.items() == set([(1, "a"), (2, "b")]), {(1, "a"), (2, "b")} == d.items(), d.items() == {(1, "a")}, d.items() != {(1, "x"), (2, "b")})
print(d.keys() == frozenset({1, 2}), d.items() == frozenset({(1, "a"), (2, "b")}), d.keys() == d.keys(), d.items() == dict(d).items(), d.values() == d.values())
print(d.keys() == [1, 2], d.items() == [(1, "a"), (2, "b")], d.keys() < {1, 2, 3}, d.keys() <= {1, 2}, d.items() > {(1, "a")}, d.keys() >= {5})
print(d.keys() & {1, 5}, d.keys() | {5}, d.keys() - {1}, d.keys() ^ {1, 7}, d.items() & {(1, "a")}, {1: [1]}.items() == {1: [1]}.items())
try:
    print({1: [1]}.items() == {(1, 2)})
except TypeError as e:
    print(e)
print(d.keys().isdisjoint({5}), 1 in d.keys(), (1, "a") in d.items(), (1, "b") in d.items())
