count = 5

def fine():
    return count + 1

def broken():
    print("inside broken")
    count = count + 1
    return count

print("before", count, fine())
broken()
print("not reached")
