import sys
import ctypes

var1 = [10, 20]
print(sys.getrefcount(var1))                         # 2: var1 plus the argument
print(ctypes.c_long.from_address(id(var1)).value)    # 1: the count itself, read from memory
var2 = var1
var3 = var1
print(sys.getrefcount(var1), ctypes.c_long.from_address(id(var1)).value)   # 4 3
var3 = None
print(sys.getrefcount(var1), ctypes.c_long.from_address(id(var1)).value)   # 3 2
del var2
print(sys.getrefcount(var1), ctypes.c_long.from_address(id(var1)).value)   # 2 1
del var1   # count reaches 0: the list and its block are released to the heap now
