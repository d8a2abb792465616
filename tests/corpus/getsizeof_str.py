import sys

g = sys.getsizeof
# ASCII: 40-byte header + length + 1 (NUL)
i = 0
row = []
while i <= 10:
    row.append(g('a' * i))
    i += 1
print(row)
print(g('hello world'), g('x' * 1000), g(str(10 ** 20)))

# Latin-1 (1 byte per char, 56-byte header + length + 1)
print(g('\xe9' * 2), g('\xe9' * 3), g('caf\xe9'), g('\xff' * 10))

# One Latin-1 character is a cached string that also carries a UTF-8 copy.
print(g('\xe9'), g('\xff'), g('\x80'), g('a'), g('\x7f'))

# UCS-2 (2 bytes per char, + 2 for the NUL)
print(g('\u20ac'), g('\u20ac' * 2), g('\u20ac' * 10), g('a\u20ac'), g('\u0100'))

# UCS-4 (4 bytes per char, + 4 for the NUL)
print(g('\U0001F600'), g('\U0001F600' * 2), g('a\U0001F600'))

# The widest character decides the size of every character.
print(g('abc'), g('ab\xe9'), g('ab\u20ac'), g('ab\U0001F600'))

# Runtime-built strings have the same sizes.
s = 'a' * int("7")
print(g(s), g(s + '\xe9'), g(s + '\u20ac'))
parts = 'one two three'.split()
print(g(parts[0]), g(parts[1]), g(parts[2]))
print(g(' '.join(parts)), g(str(3.5)), g(repr('q')), g(hex(255)))

# Escapes in literals
print(g('\n'), g('\t\t'), g('\\'), g("\x00"), g('\x00\x00'))
