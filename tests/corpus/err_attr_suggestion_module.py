# AttributeError "Did you mean": a module's names.
import gc

print(gc.isenabled())
gc.colect()
