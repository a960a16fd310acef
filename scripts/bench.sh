#!/usr/bin/env bash
# Prints the speed figures of issue 7 on this machine: core count, a cold
# kh check of the synthetic 1,000-plan repository (MB/s of YAML, peak RSS),
# a warm re-check after one file changed, and the Go benchmarks.
# "Cold" means an empty kh cache; the OS page cache is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
DATA=${BENCH_DATA:-out/bench-data}
TOUCHED=$DATA/nghe-an/na-kh-135-2025/pl02-nhiem-vu.yaml

echo "cores (nproc): $(nproc)"
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg)"

[ -f "$DATA/kho.yaml" ] || make bench-data

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$GO" build -o "$work/kh" ./cmd/kh
export KH_CACHE_DIR=$work/cache

bytes=$(find "$DATA" -name '*.yaml' -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$DATA" -name '*.yaml' -type f | wc -l)
printf 'repository:    %s, %d files, %.1f MB\n' "$DATA" "$files" "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')"

# timed RUN-NAME: runs kh check once under /usr/bin/time -v and prints wall
# time, MB/s and peak RSS. kh check exits 1 on findings, which the
# synthetic repository has on purpose.
timed() {
	/usr/bin/time -v -o "$work/time" "$work/kh" check "$DATA" >/dev/null 2>&1 || true
	awk -F': ' -v name="$1:" -v bytes="$bytes" '
		/Elapsed/ {n = split($2, p, ":"); for (i = 1; i <= n; i++) wall = wall * 60 + p[i]}
		/User time|System time/ {cpu += $2}
		/Maximum resident/ {rss = $2}
		END {printf "%-14s %7.0f ms wall, %6.1f s cpu, %6.1f MB/s, peak RSS %d MB\n", name, wall * 1000, cpu, bytes / 1e6 / wall, rss / 1024}
	' "$work/time"
}

timed "cold check"
cp "$TOUCHED" "$work/touched"
echo "# bench: một thay đổi" >>"$TOUCHED"
timed "warm, 1 edit"
cp "$work/touched" "$TOUCHED"

echo
echo "cache API, one file edited per run (internal/cache):"
KH_BENCH_REPO=$(realpath "$DATA") "$GO" test -run='^$' -bench=RecheckOneFile -benchtime=10x ./internal/cache | grep -E '^Benchmark'

echo
"$GO" test -run='^$' -bench=. -benchmem \
	./internal/deadline ./internal/build ./internal/pdf ./internal/xlsx ./internal/check ./internal/load | grep -E '^(Benchmark|ok|FAIL|---)'
