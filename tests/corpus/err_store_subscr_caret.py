x = "abc"
x[0] = "z"
