# compile() in eval mode: the error is at the end of input (no caret).
code = compile("1 + 2", "<expr>", "eval")
print(eval(code))
compile("1 +", "<s>", "eval")
