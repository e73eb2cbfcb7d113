#!/usr/bin/env bash
# compare.sh — times malli against Hugo and the floors on one generated corpus.
#
#   cmd/malli-corpus/compare.sh                    N=10000 documents, RUNS=3 rounds
#   N=1000 RUNS=5 cmd/malli-corpus/compare.sh
#   cmd/malli-corpus/compare.sh -check-only 50000  only malli check and the parse floor,
#                                                  to see that check grows linearly
#
# It builds malli, the floor and the generator into a temporary folder (so
# compilation is not timed), writes the corpus (malli-corpus -n N) with its Hugo
# site, runs each command once to warm up, then times them in RUNS rounds, taking
# turns (each round starts with the next command), every run under
# /usr/bin/time and writing into a fresh output folder. It prints the median,
# min and max of the wall time, CPU time (user + sys) and peak RSS of each, and
# the ratios SPEC.md sets targets for. All output is deleted at the end.
#
# Environment: N (10000), RUNS (3), SEED (1); KEEP=1 keeps the work folder;
# TMPDIR is where the work folder goes (it needs about 1 GB per 1000 documents).
set -euo pipefail

check_only=""
while [ $# -gt 0 ]; do
	case $1 in
	-check-only | --check-only)
		[ $# -ge 2 ] || { echo "compare.sh: -check-only needs a number of documents" >&2; exit 2; }
		check_only=1 N=$2
		shift 2
		;;
	-h | --help)
		sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "compare.sh: unknown argument $1 (see --help)" >&2
		exit 2
		;;
	esac
done
N=${N:-10000}
RUNS=${RUNS:-3}
SEED=${SEED:-1}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
install() {
	echo "compare.sh: installing $1 (apt-get install -y $1)" >&2
	if ! $sudo apt-get install -y "$1" >/dev/null; then
		$sudo apt-get update >/dev/null
		$sudo apt-get install -y "$1" >/dev/null
	fi
}
[ -n "$check_only" ] || command -v hugo >/dev/null || install hugo
[ -x /usr/bin/time ] || install time

work=$(mktemp -d "${TMPDIR:-/tmp}/malli-compare.XXXXXX")
cleanup() {
	if [ -n "${KEEP:-}" ]; then
		echo "compare.sh: kept $work" >&2
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
bin=$work/bin site=$work/site out=$work/out times=$work/times
mkdir -p "$bin" "$out" "$times"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "compare.sh: building malli, the floor and the generator" >&2
(
	cd "$repo"
	go build -o "$bin/malli" ./cmd/malli
	go build -o "$bin/floor" ./cmd/malli-corpus/floor
	go build -o "$bin/malli-corpus" ./cmd/malli-corpus
)

/usr/bin/time -f '%e' -o "$times/generate" "$bin/malli-corpus" -n "$N" -seed "$SEED" -out "$site" 2>"$times/generate.log" ||
	{ cat "$times/generate.log" >&2; exit 1; }
cat "$times/generate.log" >&2

if [ -n "$check_only" ]; then
	names=(malli-check floor-parse)
else
	names=(malli-build malli-check hugo floor-build floor-parse)
fi

# run NAME ROUND: one timed run; its output goes to a folder of its own.
run() {
	local name=$1 round=$2
	local -a cmd
	case $name in
	malli-build) cmd=("$bin/malli" build -C "$site" -o "$out/malli-$round") ;;
	malli-check) cmd=("$bin/malli" check -C "$site") ;;
	hugo) cmd=(hugo --quiet -s "$site" -d "$out/hugo-$round") ;;
	floor-build) cmd=("$bin/floor" -mode build -C "$site" -o "$out/floor-$round") ;;
	floor-parse) cmd=("$bin/floor" -mode parse -C "$site") ;;
	esac
	sync # earlier runs' writes are not this run's work
	if ! /usr/bin/time -f '%e %U %S %M' -o "$times/last" "${cmd[@]}" >"$times/$name-$round.log" 2>&1; then
		echo "compare.sh: $name failed (round $round): ${cmd[*]}" >&2
		cat "$times/$name-$round.log" >&2
		exit 1
	fi
	if [ "$round" != warm ]; then
		read -r wall user sys rss <"$times/last"
		echo "$name $wall $user $sys $rss" >>"$times/all"
	fi
}

echo "compare.sh: warm-up" >&2
for name in "${names[@]}"; do
	run "$name" warm
done
if [ -z "$check_only" ]; then
	grep -h '^malli' "$times/malli-build-warm.log" "$times/malli-check-warm.log" >&2 || true
	count() { find "$1" -name '*.html' | wc -l; }
	pages="malli $(count "$out/malli-warm"), hugo $(count "$out/hugo-warm"), floor $(count "$out/floor-warm")"
	echo "compare.sh: HTML files: $pages" >&2
fi

for ((round = 1; round <= RUNS; round++)); do
	echo "compare.sh: round $round of $RUNS" >&2
	for ((i = 0; i < ${#names[@]}; i++)); do
		run "${names[(i + round - 1) % ${#names[@]}]}" "$round"
	done
done

# stats NAME COLUMN: "median min max" of a column of $times/all (2 wall, 3 cpu, 4 rss).
stats() {
	awk -v n="$1" '$1 == n { print $2, $3 + $4, $5 }' "$times/all" |
		awk -v c="$(($2 - 1))" '{ print $c }' | sort -g |
		awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
med() { stats "$1" "$2" | cut -d' ' -f1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }

docs=$(find "$site/content" -name '*.md' | wc -l)
mb=$(du -sm "$site/content" | cut -f1)
echo
echo "N=$N ($docs Markdown files, $mb MB), RUNS=$RUNS, $(nproc) cores ($(uname -m)), $(go version | cut -d' ' -f3)${check_only:+, check only}"
echo "load average (1, 5, 15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$check_only" ] || echo "$(hugo version | cut -d' ' -f1-2)"
echo "malli-corpus -n $N (compiled): $(cat "$times/generate") s wall"
[ -n "$check_only" ] || echo "HTML files: $pages"
echo
printf '%-12s %22s %22s %24s\n' command "wall s (med min max)" "cpu s (med min max)" "peak RSS MB (med min max)"
for name in "${names[@]}"; do
	read -r w1 w2 w3 <<<"$(stats "$name" 2)"
	read -r c1 c2 c3 <<<"$(stats "$name" 3)"
	read -r r1 r2 r3 <<<"$(stats "$name" 4)"
	printf '%-12s %8.2f %6.2f %6.2f %8.2f %6.2f %6.2f %8.0f %7.0f %7.0f\n' "${name/-/ }" \
		"$w1" "$w2" "$w3" "$c1" "$c2" "$c3" "$((${r1%.*} / 1024))" "$((${r2%.*} / 1024))" "$((${r3%.*} / 1024))"
done
echo
echo "ratios of medians                    measured   SPEC target"
if [ -z "$check_only" ]; then
	printf '%-36s %8s   %s\n' "malli build / hugo, wall" "$(ratio "$(med malli-build 2)" "$(med hugo 2)")" "≤ 0.25"
	printf '%-36s %8s   %s\n' "malli build / hugo, peak RSS" "$(ratio "$(med malli-build 4)" "$(med hugo 4)")" "≤ 0.15"
	printf '%-36s %8s   %s\n' "malli build / build floor, wall" "$(ratio "$(med malli-build 2)" "$(med floor-build 2)")" "≤ 1.5"
fi
printf '%-36s %8s   %s\n' "malli check / parse floor, wall" "$(ratio "$(med malli-check 2)" "$(med floor-parse 2)")" "≤ 1.3"
echo
awk -v w="$(med malli-check 2)" -v n="$docs" 'BEGIN { printf "malli check: %.0f µs per document (wall)\n", w * 1e6 / n }'
