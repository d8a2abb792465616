count = 0
names = []

def increment():
    global count
    count += 1
    return count

def read_only():
    # Reading a global needs no declaration.
    return count * 10

def shadow():
    count = 99
    return count

print(increment(), increment(), read_only(), shadow(), count)

def append_name(n):
    # Mutating a global object needs no declaration either.
    names.append(n)
    return len(names)

print(append_name("a"), append_name("b"), names)

def reset():
    global names, count
    names = []
    count = 0

reset()
print(names, count)

def make_global():
    global fresh
    fresh = "created inside a function"

make_global()
print(fresh)

def swap_globals():
    global first, second
    first, second = second, first

first = 1
second = 2
swap_globals()
print(first, second)

def delete_it():
    global fresh
    del fresh

delete_it()
print("deleted")
make_global()
print(fresh)
