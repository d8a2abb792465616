import contextlib
class Ledger:
    @contextlib.contextmanager
    def transaction(self, label):
        yield label
with Ledger().transaction("t1") as t:
    print(t)
