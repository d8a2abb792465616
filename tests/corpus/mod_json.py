import json

print(json.dumps({'a': [1, 2, {'b': None}], 'c': 'é\x7f\u2028😀"\\\n\t', 1: 2.5, True: 1, None: 2, 2.0: 3}))
print(json.dumps({'a': [1, 2, {'b': None}], 'c': 'é\x7f'}, ensure_ascii=False, indent=2))
print(json.dumps([[], {}, (1, 2), [[]]], indent='\t'))
print(json.dumps({'z': 1, 'a': [True, False], 'm': {'y': 1, 'b': 2}}, sort_keys=True, indent=4))
print(json.dumps([1, {'a': 2}], separators=(',', ':')))
print(json.dumps(3.0), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20), json.dumps('x'), json.dumps(None))
print(json.dumps(float('nan')), json.dumps([float('inf'), float('-inf')]))
print(json.dumps({1: 'x', 'y': [1.5]}, indent=0))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))

for o, kw in [(float('nan'), {'allow_nan': False}), ({(1, 2): 3}, {}), (set(), {}), ([Point(1, 2)], {})]:
    try:
        print(json.dumps(o, **kw))
    except Exception as e:
        print(type(e).__name__, e)
lst = [1]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print('ValueError', e)
del lst[1]

doc = '{"name": "x", "vals": [1, 2.5, -3e2, true, false, null], "nested": {"k": "\\u00e9\\n\\ud83d\\ude00"}, "e": {}, "l": []}'
obj = json.loads(doc)
print(obj)
print(json.loads(json.dumps(obj)) == obj)
print(json.loads('  [1, 2 ,3 ]  '), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads('-0'), json.loads('1E+2'))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads(b'[1]'), json.loads('{"a":1, "a":2}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))

bad = ['', '  ', '[1,', '[1 2]', '{"a" 1}', '{"a":1,}', '{a:1}', '[1,]', '"abc', '"a\\qb"', '"\\u12"',
       '"a\nb"', 'tru', '[1] x', '-', '01', '1.', '{"a":1 "b":2}', '{', '[', 'nul', '{"a":}', '"\\',
       '[1,2]]', '{"a":1}}', '\n\n  [1,\n  }', '[1', '{"a"', '{"a":1']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno, '|', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
f = Sink()
json.dump({'k': [1, 2, 3], 's': 'v'}, f, indent=1)
print(f.read())
print(json.load(f))
