print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\ quote: \" apostrophe: \'")
print('single \'quoted\' "double"')
print("hex: \x41\x42\x43 octal: \101\102\103 nul-free")
print("unicode: \u00e9 \u20ac \U0001F600 \u03b1")
print(len("\x00\x01\x02"), len("\u20ac"), len("\\n"), len("\n"))
print(repr("\x00\x01\x1f\x7f"), repr("\x80\xa0\xff"), repr("\u20ac\u2028"))
print(repr("\n\r\t\\"), repr("'"), repr('"'), repr("'\""))
print(repr("\U0001F600"), repr("\U00010000"), repr("\uffff"))
print("""triple "double" quoted
spans lines\tand keeps 'quotes'""")
print('''another
  indented
    block''')
s = """a
b"""
print(len(s), repr(s))
print("line continuation: " \
      "joined")
print("adjacent " "literals " 'are ' """concatenated""")
print("\a\b\f\v" == "\x07\x08\x0c\x0b", repr("\a\b\f\v"))
print("end", end="\n\n")
print("after blank line")
print(repr("caf\xe9"), repr("\u0394\u03b1"), repr("\u200b"), repr("\xad"))
print(str("\t"), repr(str("\t")), repr(["a\nb", 'c"d', "e'f"]))
