class Stack(list):
    push = list.append
s = Stack()
s.push(1)
print(s)
class K:
    f = len     # builtin functions are not descriptors: K().f("ab") == 2
print(K().f("ab"))
