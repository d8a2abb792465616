# str.split: [self] when nothing is split off, and the result list pre-sized like CPython 3.12 (stringlib/split.h)
import sys
def slots(l): return (sys.getsizeof(l)-56)//8
for sep in [',', ',,', ',,,']:
    print(sep, [ (n, slots(('x'*n).split(sep))) for n in range(0,30,1)])
print('ws', [ (n, slots(('x'*n).split())) for n in range(0,30,1)])
print('ws-max', [ (m, slots(('x y z w v u t s r q p o n m'*3).split(None, m))) for m in range(-1,15)])
print('sep-max', [ (m, slots(('x,y,z,w,v,u,t,s,r,q,p,o,n,m'*3).split(',', m))) for m in range(-1,15)])
print([slots('a,b'.split(',', m)) for m in range(0, 14)])
print([slots('a b c d e'.split(None, m)) for m in range(0, 14)])
print(slots(''.split()), slots('   '.split()), slots('abc'.split('abcd')))
s = "hello" + str(7)
for r in [s.split(","), s.split(), s.split(",", 0), s.split(None, 0), s.split("hello7"), s.split("x" * 9), (s + " ").split(), s.split("l")]:
    print(r, r[0] is s, sys.getrefcount(s))
print("a\x1cb\x1fc d".split(), " a  b ".split(None, 1), "a,b,,c".split(",", 2))
print(sys.getsizeof("a,b".split(",")), sys.getsizeof("a b c d e f".split()), sys.getsizeof("abc".split("b")))
print(sys.getsizeof("a".split(",")), sys.getsizeof("a,b,c,d,e,f,g,h,i,j,k,l,m".split(",")))
try:
    "abc".split(1)
except TypeError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
