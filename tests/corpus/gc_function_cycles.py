# Cycles through functions: defaults, globals of an exec'd namespace, and a list of functions.
import gc

gc.collect()

def f(x=[]):
    return x

f.__defaults__[0].append(f)
print(len(f()))
del f
print(gc.collect())

# exec'd code: the namespace dict holds the function whose globals are that dict.
ns = {}
exec("def h():\n    return 42\n", ns)
print(ns['h']())
del ns
print(gc.collect())

# Two functions, each in the other's default list.
def g1(a, box=[]):
    return a

def g2(a, box=[]):
    return a

g1.__defaults__[0].append(g2)
g2.__defaults__[0].append(g1)
del g1, g2
print(gc.collect())

# A function kept in a list stored in its own default: collected along with the list.
def k(store=[]):
    store.append(1)
    return len(store)

k.__defaults__[0].append(k)
print(k(), k())
holder = [k]
del k
print(gc.collect())
holder.clear()
print(gc.collect())

# Functions defined at module level live as long as the module: nothing to collect.
def top():
    return 1

print(gc.collect())
print(top())
