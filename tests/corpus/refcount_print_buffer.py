import sys

# CPython's buffered text stdout keeps a reference to an ASCII str it was asked to
# write (instead of encoding it at once) until its pending data is flushed, which
# happens when 8192 bytes are pending, or at exit. Printing to a file or a pipe
# is buffered; the goldens are made without PYTHONUNBUFFERED / -u.
s = "abc" + str(len("xy"))
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
print(s, s)
print(sys.getrefcount(s))

# A str longer than 8192 characters is encoded at once and then everything pending
# is flushed, which drops those references.
print("x" * 9000)
print(sys.getrefcount(s))

# Non-ASCII strings are encoded to bytes right away: no reference is kept.
u = "\xe9t\xe9" + s
print(u)
print(sys.getrefcount(u))

# Printing other objects writes a new string made by str(); the object itself is
# not kept.
lst = [s]
print(lst)
print(sys.getrefcount(lst))

# Enough small writes also reach the flush threshold.
t = "t" + str(1)
print(t)
print(sys.getrefcount(t))
i = 0
while i < 1000:
    print("0123456789")
    i += 1
print(sys.getrefcount(t))

# The separator and end strings are immortal constants.
print(s, end="")
print()
print(sys.getrefcount(s))
