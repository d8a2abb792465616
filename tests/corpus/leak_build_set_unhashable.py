class Ver:
    __hash__ = None
try:
    {Ver()}
except TypeError as e:
    print(e)
