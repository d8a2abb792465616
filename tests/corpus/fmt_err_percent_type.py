# %d needs a number.
print('%d%%' % 50)
print('%d%%' % '50')
