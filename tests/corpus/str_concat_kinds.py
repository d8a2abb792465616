s = ""
for i in range(40000): s += "x"
print(len(s))
t = "é"
for i in range(5): t += "ab" + chr(0x4e00 + i)
print(t, len(t), t + "😀", ("a" + "é") + "€", len("😀" + "x"))
