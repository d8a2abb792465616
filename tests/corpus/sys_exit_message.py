import sys
print("a")
sys.exit("bye now")
