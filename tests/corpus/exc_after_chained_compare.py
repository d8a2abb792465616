print(0 <= 0.5 < 1)
for bad in [lambda: [].pop(), lambda: {}[1]]:
    try: bad()
    except (IndexError, KeyError, TypeError) as e: print(type(e).__name__ + ":", e)
