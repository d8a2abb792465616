import statistics as st

samples = [
    [1, 2, 3, 4, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1, 0.2, 0.3, 0.4],
    [1, 2.5, 3],
    [10**20, 1, -10**20, 3],
    [1e50, 1, -1e50] * 10,
    [3, 3, 3],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [7, 1],
    [True, False, True],
]
for data in samples:
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
    print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3])), st.mean(iter([1, 2])), st.mean(range(11)))
print(st.median([1, 3, 5, 7]), st.median([3, 1, 2]), st.median(['b', 'a', 'c']))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(st.mode(['red', 'red', 'green', 'blue', 'blue']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.375))
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.mean([float('inf'), 1.0]), st.mean([float('nan'), 1]))
print(st.variance([0.1] * 5), st.stdev([1e-3, 2e-3, 3e-3]), st.pstdev([1, 2, 3, 4, 5, 6]))
print(st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.variance([5, 5]))

calls = [
    lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
    lambda: st.stdev([1]), lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.fmean([]),
    lambda: st.mean(['a', 'b']), lambda: st.median_low([]), lambda: st.median_high([]),
]
for f in calls:
    try:
        f()
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
