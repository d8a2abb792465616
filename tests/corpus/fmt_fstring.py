# f-strings with conversions and format specs (FORMAT_VALUE with oparg & 4), nested specs and f'{x=}'.
import sys
x = ''.join(['ab', 'cd'])
n = 42
w = 8
p = 3
print(f'{x}', f'{x!s}', f'{x!r}', f'{x!a}', f'{"é"!a}', f'{"é"!r}', f'{n!r}', f'{n!s:>5}', f'{[x]!a}')
print(f'{n:5}|', f'{n:<5}|', f'{n:^5}|', f'{n:05}', f'{n:+}', f'{n:#x}', f'{n:#o}', f'{n:b}', f'{n:,}', f'{n:c}')
print(f'{3.14159:.2f}', f'{3.14159:{w}.{p}f}', f'{n:>{w}}|', f'{x:^{w}}|', f'{n:{"<"}{w}}|', f'{1e6:,.1f}', f'{0.25:.0%}')
print(f'{n=}', f'{n = }', f'{x=}', f'{x=!s}', f'{n=:>5}', f'{n*2=}', f'{3.5=:.2f}')
print(f'{{}} {n} {{{n}}}', f'{n}{x}{n}', f'{"nested {}".format(n)}', f"{'%s' % n}", f'{f"{n:>4}":*<6}')
print(f'{None}', f'{True}', f'{True:d}', f'{[1, 2]}', f'{-0.0}', f'{-0.0:z}', f'{1e16}', f'{1 / 3}')
print(f'{x}' is x, f'{x!s}' is x, f'{x:}' is x, f'{x:4}' is x, f'{x:5}' is x)
s = f'{x}'
print(s is x, sys.getrefcount(x))
del s
t = f'{x:>2}'
print(t is x, sys.getrefcount(x))
del t
print(sys.getrefcount(x))
def show(v, spec):
    return f'[{v:{spec}}]'
print(show(7, '>4'), show(2.5, '.3e'), show('q', '^5'), show(-1, '+'), show(255, '#_b'))
print(f'{"multi"}' f'{n}' 'plain' f'{x!r:>10}')
