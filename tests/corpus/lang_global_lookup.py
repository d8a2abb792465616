count = 3

def get_count():
    return count

print(get_count())
count = 4
print(get_count())

# Loop assigning a global from inside a function
total = 0
def add_to_total(n):
    global total
    total = total + n

for i in range(1, 11):
    add_to_total(i)
print(total)
# A global used before assignment in the module is looked up at call time.
def later():
    return defined_later

defined_later = "found at call time"
print(later())
# A module-level loop variable is a global.
for gv in range(3):
    pass
def see_loop_var():
    return gv
print(see_loop_var())

# A local with the same name hides the global only inside its function.
def local_total():
    total = -1
    return total

print(local_total(), total)
