#!/usr/bin/env bash
# Wall-clock benchmark: RefPy vs CPython 3.12 on bench/programs/*.py.
#
#   bench/run.sh                 all programs
#   bench/run.sh fib binary_trees    only these (NAME or NAME.py or a path)
#
# Builds RefPy once in Release (dotnet build src/RefPy.Cli -c Release -o <tmpdir>), then for
# every program runs it N times on CPython (PYENV_VERSION=3.12.1 python3 PROG) and N times on
# RefPy (refpy PROG), keeps the best (minimum) wall-clock time of each, checks that both
# printed the same stdout and exited 0, and prints a table:
#   program  cpython_s  refpy_s  ratio(refpy/cpython)
#
# Environment:
#   BENCH_RUNS=N        runs per implementation (default 3)
#   BENCH_TIMEOUT=S     per-run time limit in seconds (default 600)
#   CPYTHON=cmd         CPython 3.12 command (default python3, with PYENV_VERSION=3.12.1)
#   REFPY=path          use this refpy executable instead of building one
# Exit status: 0 if every program matched, 1 if an output differed or a run failed,
# 2 on a build/setup error. Prints "skipped: CPython 3.12 not found" (exit 0) without CPython.

set -u -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2

RUNS="${BENCH_RUNS:-3}"
TIMEOUT_SECONDS="${BENCH_TIMEOUT:-600}"
PY="${CPYTHON:-python3}"

case "$RUNS" in
    ''|*[!0-9]*|0) echo "bench: BENCH_RUNS must be a positive integer" >&2; exit 2 ;;
esac

export PYENV_VERSION=3.12.1
export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export LC_ALL=C.UTF-8
unset PYTHONSTARTUP PYTHONPATH PYTHONHOME PYTHONWARNINGS PYTHONDEVMODE PYTHONOPTIMIZE \
      PYTHONINSPECT PYTHONUNBUFFERED PYTHONVERBOSE PYTHONDEBUG PYTHONTRACEMALLOC \
      PYTHONMALLOC PYTHONSAFEPATH PYTHONNODEBUGRANGES PYTHONUTF8 2>/dev/null || true

# --- CPython 3.12 ----------------------------------------------------------------------------
impl=""
if command -v "$PY" >/dev/null 2>&1; then
    impl="$("$PY" -c 'import sys, platform; print(platform.python_implementation(), "%d.%d.%d" % sys.version_info[:3])' 2>/dev/null </dev/null)"
fi
case "$impl" in
    "CPython 3.12."*) ;;
    *) echo "skipped: CPython 3.12 not found"; exit 0 ;;
esac

# --- programs --------------------------------------------------------------------------------
progs=()
if [ $# -eq 0 ]; then
    for f in bench/programs/*.py; do
        [ -e "$f" ] && progs+=("$f")
    done
else
    for a in "$@"; do
        n="$(basename "$a")"; n="${n%.py}"
        if [ ! -f "bench/programs/$n.py" ]; then
            echo "bench: no such program: bench/programs/$n.py" >&2; exit 2
        fi
        progs+=("bench/programs/$n.py")
    done
fi
if [ ${#progs[@]} -eq 0 ]; then
    echo "bench: no programs in bench/programs" >&2; exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- RefPy (Release build, once) -------------------------------------------------------------
refpy_cmd=()
if [ -n "${REFPY:-}" ]; then
    refpy_cmd=("$REFPY")
else
    if ! command -v dotnet >/dev/null 2>&1; then
        echo "bench: ERROR: dotnet not found; cannot build RefPy" >&2; exit 2
    fi
    out="$tmp/refpy-release"
    echo "bench: building RefPy (Release) ..." >&2
    if ! dotnet build src/RefPy.Cli -c Release -o "$out" -nologo -v:q >"$tmp/build.log" 2>&1; then
        echo "bench: ERROR: dotnet build src/RefPy.Cli -c Release failed:" >&2
        tail -n 30 "$tmp/build.log" >&2
        exit 2
    fi
    if [ -x "$out/refpy" ]; then
        refpy_cmd=("$out/refpy")
    elif [ -f "$out/refpy.dll" ]; then
        refpy_cmd=(dotnet "$out/refpy.dll")
    else
        echo "bench: ERROR: build succeeded but $out/refpy was not produced" >&2; exit 2
    fi
fi

# --- timing ----------------------------------------------------------------------------------
now() { date +%s.%N; }

# best_of OUTFILE CMD... : runs CMD $RUNS times; prints the best seconds, or "FAIL:<why>".
# The stdout of the last run is left in OUTFILE.
best_of() {
    local outfile="$1"; shift
    local best="" i start end code secs
    for ((i = 0; i < RUNS; i++)); do
        start="$(now)"
        timeout "$TIMEOUT_SECONDS" "$@" </dev/null >"$outfile" 2>"$outfile.err"
        code=$?
        end="$(now)"
        if [ "$code" -eq 124 ]; then echo "FAIL:timeout"; return; fi
        if [ "$code" -ne 0 ]; then echo "FAIL:exit $code"; return; fi
        secs="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
        if [ -z "$best" ] || awk -v x="$secs" -v y="$best" 'BEGIN { exit !(x < y) }'; then
            best="$secs"
        fi
    done
    echo "$best"
}

echo "bench: CPython: $impl ($PY); RefPy: ${refpy_cmd[*]}; best of $RUNS wall-clock runs" >&2
printf '%-20s %12s %12s %10s  %s\n' "program" "cpython_s" "refpy_s" "ratio" "status"
status=0
for prog in "${progs[@]}"; do
    name="$(basename "$prog" .py)"
    cp_t="$(best_of "$tmp/$name.cpython.out" "$PY" "$prog")"
    rp_t="$(best_of "$tmp/$name.refpy.out" "${refpy_cmd[@]}" "$prog")"
    note="ok"
    ratio="-"
    case "$cp_t" in FAIL:*) note="cpython ${cp_t#FAIL:}"; cp_t="-"; status=1 ;; esac
    case "$rp_t" in FAIL:*) note="refpy ${rp_t#FAIL:}"; rp_t="-"; status=1 ;; esac
    if [ "$note" = "ok" ]; then
        if cmp -s "$tmp/$name.cpython.out" "$tmp/$name.refpy.out"; then
            ratio="$(awk -v r="$rp_t" -v c="$cp_t" 'BEGIN { if (c > 0) printf "%.2f", r / c; else print "-" }')"
        else
            note="OUTPUT DIFFERS"
            status=1
        fi
    fi
    printf '%-20s %12s %12s %10s  %s\n' "$name" "$cp_t" "$rp_t" "$ratio" "$note"
    if [ "$note" = "OUTPUT DIFFERS" ]; then
        diff "$tmp/$name.cpython.out" "$tmp/$name.refpy.out" | head -n 10 | sed 's/^/    /'
    elif [ "${note#refpy exit}" != "$note" ]; then
        head -n 10 "$tmp/$name.refpy.out.err" | sed 's/^/    /'
    fi
done
exit "$status"
