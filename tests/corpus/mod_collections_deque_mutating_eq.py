from collections import deque
d = deque([1, 2, 3, 2])
print(d.count(2), d.index(3), 2 in d, 9 in d)
d.remove(2); print(d)
class M:
    def __init__(self, dq): self.dq = dq
    def __eq__(self, other):
        self.dq.append(0)
        return False
for op in ('count', 'index', 'remove', 'in'):
    q = deque([1, 2, 3])
    q.appendleft(M(q))
    try:
        if op == 'in': print(5 in q)
        else: print(getattr(q, op)(5))
    except (RuntimeError, IndexError, ValueError) as e:
        print(op, type(e).__name__, e)
