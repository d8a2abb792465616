import heapq
import sys

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3, 8]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 9, 7, 3, 9]))
print(heapq.nsmallest(3, [4, 1, 9, 7, 3, 9]))
print(heapq.nlargest(2, ['bb', 'a', 'cccc', 'ddd'], key=len))
print(heapq.nsmallest(2, iter(['bb', 'a', 'cccc', 'ddd']), key=len))
print(heapq.nlargest(1, []), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

# tuples as priority-queue entries
pq = []
heapq.heappush(pq, (2, 'write'))
heapq.heappush(pq, (1, 'read'))
heapq.heappush(pq, (3, 'exec'))
while pq:
    prio, task = heapq.heappop(pq)
    print(prio, task)

# heapsort of a larger list
import random
random.seed(3)
vals = [random.randrange(1000) for _ in range(200)]
h = []
for v in vals:
    heapq.heappush(h, v)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(vals), out[:5])

for f in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify(3),
          lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(1), lambda: heapq.heappushpop(1, 2),
          lambda: heapq.heappush([1], 'a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

obj = object()
h = [(1, obj)]
heapq.heappush(h, (0, obj))
print(sys.getrefcount(obj))
heapq.heappop(h)
print(sys.getrefcount(obj))
del h
print(sys.getrefcount(obj))
