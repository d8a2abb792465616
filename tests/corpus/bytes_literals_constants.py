# bytes literals, escapes, constant folding and sharing, identity of singletons, hashing, refcounts.
import sys

print(b'plain', b"dq", b'''triple
quoted''', rb'raw\n\x41', Rb'\d', br'\\')
print(b'\a\b\f\n\r\t\v\\\'\"\x00\x7f\x80\xff', b'\101\60\0', len(b'\\q'))
print(b'implicit' b' ' b'concat', b'' b'', b'x' b'')
print(b'a' * 3, b'ab' + b'cd', b'abc'[1], b'abc'[-1], not b'', not b'x')
print(b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x1f')
e = b''
one = b'A'
print(sys.getrefcount(e), sys.getrefcount(one), bytes([65]) is one, bytes(0) is e, b'ABC'[:1] is one)
print(b'abc'[0:0] is e, b'abc'.replace(b'abc', b'') is e, bytes(b'') is e, bytearray(b'A')[0])
s1 = b'shared constant'
def f():
    return b'shared constant'
print(f() is s1, sys.getrefcount(s1))
t = b'con' b'cat'
print(sys.getrefcount(t))
u = b'' b'only one'
print(sys.getrefcount(u))
d = {b'k': 1, b'other': 2}
print(d[b'k'], b'other' in d, hash(b'') , hash(b'a') == hash('a'), hash(b'hello') == hash('hello'))
print(hash(b'\xff\x00abc'), hash(b'0123456789abcdef0123'))
print({b'a', b'a', b'b'} == {b'a', b'b'}, b'abc' == 'abc', b'abc' != 'abc')
print(type(b''), type(b'').__name__, isinstance(b'', bytes), isinstance(bytearray(), bytes), bytes, bytearray)
print(sys.getsizeof(b''), sys.getsizeof(b'a'), sys.getsizeof(b'abcdefgh'), sys.getsizeof(b'x' * 1000))
print(str(b'abc'), repr(b'abc'), f'{b"abc"}', f'{b"abc"!r}', '%s' % b'ab', ascii(b'\xff'))
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02'), sorted(b'cab'), list(enumerate(b'ab')))
a, b_, c = b'xyz'
print(a, b_, c)
print(bytes(3), bytes([1, 2, 3]), bytes((4,)), bytes(range(65, 70)), bytes(b'copy'), bytes(bytearray(b'ba')))
print(bytes('h\xe9', 'utf-8'), bytes('abc', encoding='ascii'), bytes(iter([104, 105])), bytes(x for x in b'gen'))
print(ord(b'a'), ord(bytearray(b'z')))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: b'a' + 'b')
err(lambda: 'a' + b'b')
err(lambda: b'a' * 'b')
err(lambda: b'a' - b'b')
err(lambda: b'abc'[3])
err(lambda: b'a' < 'b')
err(lambda: bytes('abc'))
err(lambda: bytes(-1))
err(lambda: bytes([256]))
err(lambda: bytes([-1]))
err(lambda: bytes(['a']))
err(lambda: bytes(1.5))
err(lambda: bytes(None))
err(lambda: bytes(1, 'utf-8'))
err(lambda: ord(b'ab'))
err(lambda: b'x'.decode('nope'))
print(int(b'42') if False else 'skip')
