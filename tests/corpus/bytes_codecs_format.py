# str.encode / bytes.decode (utf-8, ascii, latin-1; strict/replace/ignore), int.to_bytes/from_bytes, bytes % args.
import sys

def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ('hello', 'caf\xe9', '\u20ac5', 'emoji \U0001F600', ''):
    print(repr(s.encode()), repr(s.encode('utf-8')), len(s.encode('utf_8')))
    err(lambda: s.encode('ascii'))
    err(lambda: s.encode('latin-1'))
    print(repr(s.encode('ascii', 'replace')), repr(s.encode('ascii', errors='ignore')), repr(s.encode('ascii', 'backslashreplace')))
    print(s.encode().decode() == s)
err(lambda: 'abc\u20ac\u20acd'.encode('latin1'))
err(lambda: '\ud800'.encode())
err(lambda: 'x'.encode('rot13x'))
err(lambda: 'x'.encode(5))
one_a = b'a'
print('a'.encode() is one_a, 'ab'.encode() is 'ab'.encode())

for data in (b'\xff', b'abc\xe9', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2\x28\xa1', b'\xf0\x9f\x98\x80!', b'\xed\xa0\x80', b'\xc0\xaf'):
    err(lambda: data.decode())
    err(lambda: data.decode('ascii'))
    print(repr(data.decode('utf-8', 'replace')), repr(data.decode('utf-8', 'ignore')), repr(data.decode('latin-1')))
    print(repr(data.decode('utf-8', 'backslashreplace')))
err(lambda: b'x'.decode('utf-8', 'bogus'))
err(lambda: b'\xff'.decode('utf-8', 'bogus'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'abc'), 'ascii'), str(b'\xff', 'utf-8', 'replace'))
err(lambda: str('abc', 'utf-8'))

for n in (0, 1, 255, 256, 1024, 2**64 - 1, 2**100):
    print(n.to_bytes((n.bit_length() + 7) // 8 or 1, 'big'), n.to_bytes(16, 'little'))
for n in (-1, -128, -129, 127, 128):
    print(n.to_bytes(2, 'big', signed=True), int.from_bytes(n.to_bytes(2, 'little', signed=True), 'little', signed=True))
print((5).to_bytes(), (5).to_bytes(length=3, byteorder='little'), int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), int.from_bytes(b'', 'big'))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'))
err(lambda: (256).to_bytes(1, 'big'))
err(lambda: (-1).to_bytes(1, 'big'))
err(lambda: (1).to_bytes(1, 'middle'))
err(lambda: (1).to_bytes(-1, 'big'))
err(lambda: (128).to_bytes(1, 'big', signed=True))
x = (7).to_bytes(1, 'big')
print(x, x is b'\x07'[:], sys.getrefcount(x))

print(b'%s and %s' % (b'spam', bytearray(b'eggs')))
print(b'%d items, %5.2f%%, %x, %X, %o, %05d, %-4d|' % (3, 99.5, 255, 255, 8, 42, 7))
print(b'%r %a %c %c' % ('\xe9', b'x', 65, b'z'))
print(b'%(name)s=%(val)d' % {b'name': b'k', b'val': 9})
print(b'%10s|%-6b|%.2s' % (b'right', b'left', b'trunc'))
print(bytearray(b'%s-%s') % (b'a', b'b'), b'100%%' % ())
err(lambda: b'%s' % 'str')
err(lambda: b'%s %s' % (b'one',))
err(lambda: b'%s' % (b'one', b'two'))
err(lambda: b'%c' % 256)
err(lambda: b'%y' % 1)
