# Tuple-based binary trees: build, count and drop many small tuples.
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))

def check_tree(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(node[1])

max_depth = 16
min_depth = 4
stretch = check_tree(make_tree(max_depth + 1))
print("stretch tree of depth", max_depth + 1, "check:", stretch)
long_lived = make_tree(max_depth)
depth = min_depth
while depth <= max_depth:
    iterations = 2 ** (max_depth - depth + min_depth)
    check = 0
    for i in range(iterations):
        check += check_tree(make_tree(depth))
    print(iterations, "trees of depth", depth, "check:", check)
    depth += 2
print("long lived tree of depth", max_depth, "check:", check_tree(long_lived))
