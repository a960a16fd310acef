#!/usr/bin/env bash
# make dist-check: is make dist reproducible? Builds the committed HEAD
# twice, in two fresh clones at different paths, one after the other, each
# with its own empty Go build cache, and compares every file of dist/.
# Slow on purpose (every package is compiled twice for four platforms).
set -euo pipefail
rev=$(git rev-parse HEAD)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in 1 2; do
	git clone -q --no-local . "$tmp/clone-$i"
	git -C "$tmp/clone-$i" checkout -q "$rev"
	(cd "$tmp/clone-$i" && GOCACHE="$tmp/cache-$i" GOFLAGS= make -s dist >/dev/null)
done
diff -r "$tmp/clone-1/dist" "$tmp/clone-2/dist"
cat "$tmp/clone-1/dist/SHA256SUMS"
echo "dist/ of $rev: identical in two clones built apart"
