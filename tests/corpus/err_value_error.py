texts = ["12", " 7 ", "-3", "4.5", "zero"]
print(float("4.5"), int("  -0  "))
total = 0
for t in texts:
    print("parsing", repr(t))
    total = total + int(t)
    print("total", total)
print("not reached")
print("still not reached")
print("never")
