#!/bin/bash
# Every benchmark of docs/benchmarks.md's "Latest run", in one run: two lanes side by side.
#   benchmarks/run_all.sh [OUT_DIR]      (default: bench-out/; needs ../shared/corpus)
# Speed is measured separately, one benchmark at a time (html_speed.py, bench.py --speed).
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
OUT=${1:-bench-out}
mkdir -p "$OUT"
: > "$OUT/log"
(
  $PY benchmarks/bench.py --mode both > "$OUT/bench.txt" 2>&1; echo "bench.py --mode both: rc $?" >> "$OUT/log"
  $PY benchmarks/bench.py --by-host-cv 5 > "$OUT/cv.txt" 2>&1; echo "bench.py --by-host-cv 5: rc $?" >> "$OUT/log"
  $PY benchmarks/meta_bench.py > "$OUT/meta.txt" 2>&1; echo "meta_bench.py: rc $?" >> "$OUT/log"
  $PY benchmarks/sitepack_foreign.py all > "$OUT/foreign.txt" 2>&1; echo "sitepack_foreign.py all: rc $?" >> "$OUT/log"
) &
(
  $PY benchmarks/sitepack_bench.py > "$OUT/sitepack.txt" 2>&1; echo "sitepack_bench.py: rc $?" >> "$OUT/log"
  OMP_NUM_THREADS=1 $PY benchmarks/html_gate.py --cv 5 > "$OUT/gate.txt" 2>&1; echo "html_gate.py --cv 5: rc $?" >> "$OUT/log"
  $PY benchmarks/learn_bench.py --kinds dump,html --show --repeat 1 > "$OUT/learn.txt" 2>&1
  echo "learn_bench.py: rc $?" >> "$OUT/log"
) &
wait
cat "$OUT/log"
