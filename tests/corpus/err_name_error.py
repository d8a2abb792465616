alpha = 1
beta = alpha + 1
print(alpha, beta)

def uses_alpha():
    return alpha * 10

print(uses_alpha())
del alpha
print("alpha deleted")
print(beta + alpha)
print("not reached")
