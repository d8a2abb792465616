class D(dict):
    def __contains__(self, k):
        print("D.__contains__", k)
        return dict.__contains__(self, k)
d = D(a=1)
print("a" in d)
class L(list):
    def __contains__(self, k):
        print("L.__contains__", k)
        return list.__contains__(self, k)
print(1 in L([1]))
class S(set):
    def __contains__(self, k):
        return set.__contains__(self, k)
print(1 in S([1]))
class T(tuple):
    def __contains__(self, k):
        return tuple.__contains__(self, k)
print(1 in T([1]))
