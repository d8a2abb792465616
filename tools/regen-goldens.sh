#!/usr/bin/env bash
# Regenerate the expected outputs of the test corpus from CPython 3.12 (the oracle).
#
#   tools/regen-goldens.sh            regenerate every tests/corpus/*.py
#   tools/regen-goldens.sh NAME ...   regenerate only the named programs (NAME or NAME.py)
#   tools/regen-goldens.sh --check    write nothing; fail if any golden file is out of date
#
# For every program tests/corpus/NAME.py it runs, from the repository root,
#
#   PYENV_VERSION=3.12.1 PYTHONHASHSEED=0 python3 tests/corpus/NAME.py </dev/null
#
# and writes
#   NAME.out   CPython's stdout (always)
#   NAME.err   CPython's stderr      } only when the program exits non-zero, or when
#   NAME.code  the exit code + "\n"  } NAME.err already exists (so a fixed program keeps its files)
#
# The path is passed exactly as tests/corpus/NAME.py (so sys.argv[0] is that relative path).
# Since Python 3.9 the main script's __file__/co_filename is made absolute, so CPython's
# tracebacks say File "/abs/path/to/repo/tests/corpus/NAME.py". To keep NAME.err independent
# of where the repository is checked out, every occurrence of "<repo root>/tests/corpus/" in
# stderr is rewritten to "tests/corpus/": a test harness must apply the same rewrite to the
# stderr of the implementation under test (or print that relative path) before comparing.
# Set CPYTHON to use another interpreter command (it must be CPython 3.12).
# Running the script twice gives identical files.

set -u -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2

CORPUS=tests/corpus
PY="${CPYTHON:-python3}"
TIMEOUT_SECONDS="${REGEN_TIMEOUT:-300}"

export PYENV_VERSION=3.12.1
export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export LC_ALL=C.UTF-8
# Anything that could change what the interpreter prints or how it starts. PYTHONUNBUFFERED
# matters for reference counts: buffered text stdout keeps a reference to each ASCII str
# it is given until it flushes (see tests/corpus/refcount_print_buffer.py).
unset PYTHONSTARTUP PYTHONPATH PYTHONHOME PYTHONWARNINGS PYTHONDEVMODE PYTHONOPTIMIZE \
      PYTHONINSPECT PYTHONUNBUFFERED PYTHONVERBOSE PYTHONDEBUG PYTHONTRACEMALLOC \
      PYTHONMALLOC PYTHONSAFEPATH PYTHONNODEBUGRANGES PYTHONUTF8 2>/dev/null || true

check_only=0
names=()
for arg in "$@"; do
    case "$arg" in
        --check) check_only=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "regen-goldens: unknown option $arg" >&2; exit 2 ;;
        *) n="$(basename "$arg")"; names+=("${n%.py}") ;;
    esac
done

# --- the oracle must be CPython 3.12 -------------------------------------------------------------
if ! command -v "$PY" >/dev/null 2>&1; then
    echo "regen-goldens: ERROR: '$PY' not found; CPython 3.12 is required (PYENV_VERSION=3.12.1 python3)" >&2
    exit 3
fi
impl="$("$PY" -c 'import sys, platform; print(platform.python_implementation(), "%d.%d.%d" % sys.version_info[:3])' 2>/dev/null </dev/null)"
case "$impl" in
    "CPython 3.12."*) ;;
    *)
        echo "regen-goldens: ERROR: CPython 3.12 is required, but '$PY' (PYENV_VERSION=$PYENV_VERSION) is: ${impl:-unavailable}" >&2
        exit 3 ;;
esac
if ! command -v timeout >/dev/null 2>&1; then
    echo "regen-goldens: ERROR: coreutils 'timeout' not found" >&2
    exit 3
fi

if [ ${#names[@]} -eq 0 ]; then
    for f in "$CORPUS"/*.py; do
        [ -e "$f" ] || continue
        n="$(basename "$f")"
        names+=("${n%.py}")
    done
fi
if [ ${#names[@]} -eq 0 ]; then
    echo "regen-goldens: ERROR: no programs in $CORPUS" >&2
    exit 2
fi

# Regex-escaped "<repo root>/tests/corpus/" for the stderr rewrite (sed delimiter is #).
root_re="$(printf '%s\n' "$ROOT/$CORPUS/" | sed -e 's/[]\/$*.^[#]/\\&/g')"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Install $1 as $2 unless identical; counts changes. In --check mode only reports differences.
changed=0
stale=()
put() {
    local src="$1" dst="$2"
    if [ -f "$dst" ] && cmp -s "$src" "$dst"; then
        return 0
    fi
    if [ "$check_only" -eq 1 ]; then
        stale+=("$dst")
    else
        cp "$src" "$dst"
        changed=$((changed + 1))
    fi
}

total=0; ok=0; failing=0; errors=0
for name in "${names[@]}"; do
    prog="$CORPUS/$name.py"
    if [ ! -f "$prog" ]; then
        echo "regen-goldens: ERROR: $prog does not exist" >&2
        errors=$((errors + 1))
        continue
    fi
    total=$((total + 1))
    timeout "$TIMEOUT_SECONDS" "$PY" "$prog" </dev/null >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" -eq 124 ]; then
        echo "regen-goldens: ERROR: $prog timed out after ${TIMEOUT_SECONDS}s; goldens not written" >&2
        errors=$((errors + 1))
        continue
    fi
    sed -e "s#${root_re}#$CORPUS/#g" "$tmp/err" >"$tmp/err.rel"
    mv "$tmp/err.rel" "$tmp/err"
    put "$tmp/out" "$CORPUS/$name.out"
    if [ "$code" -ne 0 ] || [ -f "$CORPUS/$name.err" ]; then
        printf '%s\n' "$code" >"$tmp/code"
        put "$tmp/err" "$CORPUS/$name.err"
        put "$tmp/code" "$CORPUS/$name.code"
    elif [ -s "$tmp/err" ]; then
        echo "regen-goldens: warning: $prog exited 0 but wrote to stderr:" >&2
        sed 's/^/    /' "$tmp/err" >&2
    fi
    if [ "$code" -eq 0 ]; then ok=$((ok + 1)); else failing=$((failing + 1)); fi
done

# Golden files whose program is gone.
orphans=()
for g in "$CORPUS"/*.out "$CORPUS"/*.err "$CORPUS"/*.code; do
    [ -e "$g" ] || continue
    base="${g%.*}"
    [ -f "$base.py" ] || orphans+=("$g")
done

echo "regen-goldens: CPython: $impl ($PY, PYENV_VERSION=$PYENV_VERSION, PYTHONHASHSEED=$PYTHONHASHSEED)"
echo "regen-goldens: $total programs: $ok exit 0, $failing exit non-zero (with .err/.code), $errors errors"
if [ "$check_only" -eq 1 ]; then
    echo "regen-goldens: check mode: ${#stale[@]} golden files out of date"
    for s in "${stale[@]}"; do echo "    out of date: $s"; done
else
    echo "regen-goldens: $changed golden files written or changed"
fi
for o in "${orphans[@]}"; do echo "regen-goldens: warning: orphan golden file (no .py): $o" >&2; done

if [ "$errors" -ne 0 ]; then exit 1; fi
if [ "$check_only" -eq 1 ] && [ ${#stale[@]} -ne 0 ]; then exit 1; fi
exit 0
