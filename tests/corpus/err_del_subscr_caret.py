d = {1: 2}
del d[5]
