# bytearray mutation: sizes follow CPython's PyByteArray_Resize growth as it changes.
import sys

ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
ba.clear()
print(ba, sys.getsizeof(ba))

ba = bytearray(b'hello world')
ba[0] = 72
ba[-1] = ord('D')
print(ba, len(ba))
ba[0:5] = b'HOWDY'
print(ba)
ba[0:5] = b'Hi'
print(ba, sys.getsizeof(ba))
ba[2:2] = b'!!!'
print(ba, sys.getsizeof(ba))
del ba[0]
print(ba, sys.getsizeof(ba))
del ba[::2]
print(ba, sys.getsizeof(ba))
ba[::2] = b'xxxx'[:len(ba[::2])]
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
ba.insert(0, 33)
ba.insert(100, 63)
ba.insert(-1, 46)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(65)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
print(c == ba, c is ba, sys.getsizeof(c))
ba.extend(range(3))
ba.extend(b'xyz')
ba.extend(bytearray(b'!'))
ba.extend(iter([1, 2]))
print(ba, sys.getsizeof(ba))
ba += b'++'
print(ba, sys.getsizeof(ba))
ba *= 2
print(ba, sys.getsizeof(ba))
r = ba * 2
print(len(r), sys.getsizeof(r), type(r).__name__)
print(ba + b'tail', b'head' + ba)

for s in (bytearray(5), bytearray([1, 2, 3]), bytearray((4, 5)), bytearray(range(20)), bytearray(b'abc'),
          bytearray('h\xe9', 'utf-8'), bytearray('abc', 'ascii'), bytearray(bytearray(b'xy'))):
    print(s, sys.getsizeof(s))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = bytearray(b'abc')
err(lambda: b.append(256))
err(lambda: b.append('a'))
def setitem(k, v):
    b[k] = v
def delitem(k):
    del b[k]
err(lambda: setitem(5, 1))
err(lambda: setitem(0, 300))
err(lambda: setitem(slice(0, 1), 5))
err(lambda: setitem(slice(0, 1), 'x'))
err(lambda: setitem(slice(None, None, 2), b'xyz'))
err(lambda: delitem(-4))
err(lambda: delitem('a'))
err(lambda: b.pop(10))
err(lambda: bytearray().pop())
err(lambda: b.remove(120))
err(lambda: b.extend(5))
err(lambda: b + 'x')
err(lambda: hash(b))
err(lambda: bytearray('abc'))
err(lambda: bytearray(-1))
err(lambda: bytearray([1, 'a']))
err(lambda: bytearray(3.0))
err(lambda: b['x'])
err(lambda: b[10])
print(b, b[0], b[-1], b[1:], b[::-1], list(b), 98 in b, b'bc' in b)
print(b == b'abc', b < b'abd', b > bytearray(b'ab'), sorted([bytearray(b'b'), bytearray(b'a')]))
print(repr(bytearray(b"it's")), repr(bytearray(b'say "x"')), str(bytearray(b'\x00\n')))
it = iter(b)
print(type(it).__name__, next(it), list(it))
print(list(reversed(b)), list(reversed(b'xyz')))
print(sys.getrefcount(b))
