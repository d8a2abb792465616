# NameError on a standard-library module name that was not imported.
tim = 3
print(tim)
print(time.time() > 0)
