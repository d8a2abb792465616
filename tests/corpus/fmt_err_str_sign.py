# A sign in a str format spec is a ValueError (str.format path).
print('{:>5}|'.format('ab'))
print('{:+5}|'.format('ab'))
