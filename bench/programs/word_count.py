# Dict/str workload: build text, split it into words, count them in a dict,
# string methods, sorting of items and formatting.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = WORDS[x % len(WORDS)]
        if x % 5 == 0:
            w = w.upper()
        elif x % 7 == 0:
            w = w + str(x % 10)
        out.append(w)
        if i % 12 == 11:
            out.append("\n")
    return " ".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.lower().strip("0123456789")
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
    return counts


def bigrams(text):
    pairs = {}
    words = text.split()
    prev = None
    for w in words:
        if prev is not None:
            key = prev + " " + w
            pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


total = 0
for rnd in range(20):
    text = make_text(60000, rnd + 1)
    counts = count_words(text)
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total += sum(counts.values())
    print(rnd, len(text), " ".join("%s=%d" % kv for kv in items[:4]))
    bg = bigrams(text)
    top = max(bg.items(), key=lambda kv: (kv[1], kv[0]))
    print("  bigrams:", len(bg), top)
print("total", total)
