from collections import OrderedDict
d = OrderedDict(a=1, b=2, c=3)
print(d.keys(), d.values(), d.items())
print(len(d.keys()), len(d.values()), len(d.items()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print('a' in d.keys(), 2 in d.values(), ('c', 3) in d.items())
print(d.keys() == {'a','b','c'}, d.keys() & {'a'}, d.items() == d.items())
del d['b']
print(d.keys(), d.values(), len(d.items()), d.keys() - {'a'}, d.keys() | {'z'} >= {'a', 'z'})
