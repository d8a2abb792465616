import sys

print(sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0] == 3, sys.version_info >= (3, 12), sys.version_info < (3, 13))
print(type(sys.version_info[:2]), len(sys.version_info[:3]))
print(len(sys.argv))
print(type(sys.argv), type(sys.argv[0]))
print(sys.argv[0].split("/")[-1])
major, minor = sys.version_info[:2]
print(major * 100 + minor)
print(sys.getrefcount(sys.argv) > 1, isinstance(sys.argv, list))
