import sys
g = [1, 2]

def read_global():
    # Loading a global does not keep a reference beyond the expression.
    return sys.getrefcount(g)

def alias_global():
    local = g
    return sys.getrefcount(g)

def rebind_global():
    global g
    old = g
    g = [3]
    return sys.getrefcount(old), sys.getrefcount(g)
print(sys.getrefcount(g))
print(read_global())
print(alias_global())
print(sys.getrefcount(g))
keep = g
print(rebind_global())
print(sys.getrefcount(keep), sys.getrefcount(g))
counter = 0
items = []

def add(obj):
    global counter
    counter += 1
    items.append(obj)
    return sys.getrefcount(obj)
o = [0]
print(add(o))
print(add(o))
print(counter, sys.getrefcount(o))

def clear_items():
    global items
    items = []
clear_items()
print(sys.getrefcount(o), len(items))

def create_global():
    global created
    created = [9, 9]
    print(sys.getrefcount(created))
create_global()
print(sys.getrefcount(created))

def delete_global():
    global created
    del created
alias = created
delete_global()
print(sys.getrefcount(alias))
# The function object itself is held by the module namespace.
print(sys.getrefcount(add))
f2 = add
print(sys.getrefcount(add))
