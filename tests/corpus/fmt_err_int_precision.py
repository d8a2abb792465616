# Precision is not allowed for integer presentation types.
n = 7
print(f'{n:.2f}')
print(f'{n:.2d}')
