import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.printable))
print(repr(string.whitespace))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = string.Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['$', 'abc $1', 'line\n  ${x', 'ok $x $ y']:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(string.Template(bad).safe_substitute(x=1)))
print(string.Template('$a ${b} $$ $a').get_identifiers(), string.Template('$a $').is_valid(), t.is_valid())
print(string.Formatter().format('{0}-{x}', 1, x=2))
