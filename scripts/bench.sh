#!/usr/bin/env bash
# Prints kh's speed and memory figures on this machine (issue 13): core
# count and load average; kh check of synthetic repositories of 100, 1,000
# and 3,000 plans against a bare two-goroutine yaml.v3 parse of the same
# files (MB/s, CPU seconds and their ratio, peak RSS); the first cached run,
# a warm run and a re-check after one edit; a whole-process kh build of the
# 2026 plan; then the Go benchmarks. CPU time and allocations are robust to
# other work on the machine, wall times are not: read them with the load
# average. "Cold" means an empty kh cache; the OS page cache is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
DATA=${BENCH_DATA:-out/bench-data}
RUNS=${BENCH_RUNS:-3}

echo "cores (nproc): $(nproc)"
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$GO" build -o "$work/kh" ./cmd/kh
"$GO" build -o "$work/bare" ./internal/benchdata/bareparse
export KH_CACHE_DIR=$work/cache

[ -f "$DATA/kho.yaml" ] || "$GO" run ./internal/benchdata/cmd -out "$DATA" -plans 1000 >/dev/null
for n in 100 3000; do
	[ -f "$DATA-$n/kho.yaml" ] || "$GO" run ./internal/benchdata/cmd -out "$DATA-$n" -plans $n >/dev/null
done

# measure RUNS CMD...: runs CMD RUNS times under /usr/bin/time and prints
# the fastest run as "wall cpu rss" (seconds, seconds, MB). kh check exits
# 1 on findings, which the synthetic repositories have on purpose.
measure() {
	local runs=$1
	shift
	for _ in $(seq "$runs"); do
		/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
		# time puts "Command exited with non-zero status 1" first.
		tail -1 "$work/time" | awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024}'
	done | sort -n | head -1
}

bytes_of() { find "$1" -name '*.yaml' -type f -printf '%s\n' | awk '{s += $1} END {print s}'; }

echo
printf '%-22s %8s %8s %9s %8s %6s   %s\n' "" "wall s" "cpu s" "MB/s" "RSS MB" "cpu×" "bare parse: wall s, cpu s, MB/s"
for repo in "$DATA-100" "$DATA" "$DATA-3000"; do
	runs=$RUNS
	[ "$repo" = "$DATA-3000" ] && runs=1
	b=$(bytes_of "$repo")
	read -r bw bc _ <<<"$(measure "$runs" "$work/bare" "$repo")"
	read -r kw kc kr <<<"$(measure "$runs" "$work/kh" check --no-cache "$repo")"
	plans=$(find "$repo" -name ke-hoach.yaml | wc -l)
	awk -v n="$plans" -v b="$b" -v kw="$kw" -v kc="$kc" -v kr="$kr" -v bw="$bw" -v bc="$bc" 'BEGIN {
		printf "%-22s %8.2f %8.2f %9.1f %8d %6.2f   %.2f, %.2f, %.1f\n", "check --no-cache " n, kw, kc, b / 1e6 / kw, kr, kc / bc, bw, bc, b / 1e6 / bw }'
done

# The cache on the 1,000-plan repository.
read -r nw nc _ <<<"$(measure "$RUNS" "$work/kh" check --no-cache "$DATA")"
best=""
for _ in $(seq "$RUNS"); do
	rm -rf "$KH_CACHE_DIR"
	r=$(measure 1 "$work/kh" check "$DATA")
	best=$(printf '%s\n%s\n' "$best" "$r" | sed '/^$/d' | sort -n | head -1)
done
read -r ew ec er <<<"$best"
read -r ww wc wr <<<"$(measure "$RUNS" "$work/kh" check "$DATA")"
touched=$DATA/nghe-an/na-kh-135-2025/pl02-nhiem-vu.yaml
cp "$touched" "$work/touched"
edits=""
for i in $(seq "$RUNS"); do
	cp "$work/touched" "$touched"
	echo "# bench: thay đổi $i" >>"$touched"
	edits=$(printf '%s\n%s\n' "$edits" "$(measure 1 "$work/kh" check "$DATA")" | sed '/^$/d' | sort -n | head -1)
done
cp "$work/touched" "$touched"
read -r tw tc tr <<<"$edits"
awk -v ew="$ew" -v ec="$ec" -v er="$er" -v nw="$nw" -v nc="$nc" -v ww="$ww" -v wc="$wc" -v wr="$wr" -v tw="$tw" -v tc="$tc" -v tr="$tr" 'BEGIN {
	printf "%-22s %8.2f %8.2f %9s %8d   %.2f× the no-cache wall time, %.2f× its cpu\n", "check, empty cache", ew, ec, "", er, ew / nw, ec / nc
	printf "%-22s %8.0f ms %5.0f ms %8s %8d\n", "check, warm", ww * 1000, wc * 1000, "", wr
	printf "%-22s %8.0f ms %5.0f ms %8s %8d\n", "re-check, 1 edit", tw * 1000, tc * 1000, "", tr
}'

# A whole-process build of the 2026 plan.
for kind in --pdf ""; do
	read -r bw bc br <<<"$(measure "$RUNS" "$work/kh" build plans/nghe-an/kh-2026-cds $kind --out "$work/out")"
	awk -v w="$bw" -v c="$bc" -v r="$br" -v k="${kind:-pdf+docx+xlsx}" 'BEGIN {
		printf "%-22s %8.0f ms %5.0f ms %8s %8d\n", "build 2026 " k, w * 1000, c * 1000, "", r }'
done

echo
KH_BENCH_REPO=$(realpath "$DATA") "$GO" test -run='^$' -bench='RecheckOneEdit' -benchtime=10x -benchmem ./internal/checkrun | grep -E '^Benchmark'
"$GO" test -run='^$' -bench=. -benchmem \
	./internal/deadline ./internal/build ./internal/pdf ./internal/xlsx ./internal/check ./internal/load ./internal/site | grep -E '^(Benchmark|ok|FAIL|---)'
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg)"
