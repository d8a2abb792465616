x = None
for i in x:
    pass
