# NameError "Did you mean": builtins are candidates too (here 'print'); 'Print' differs only by case.
def show(x):
    Print(x)


show(1)
