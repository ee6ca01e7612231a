#!/usr/bin/env bash
# Tagger-heavy throughput: kgraph on one folder of news with the curated gazetteer alone and with
# larger gazetteers stacked on it, each beside `grep -c -F -f ALIASES` with the same folders'
# aliases. Runs alternate (paired) and the minimum of RUNS is kept: the machine may be shared.
#   usage: scripts/bench/reuters.sh INPUT [STACKED_FOLDER...]
#          (default stack: gazetteer/world gazetteer/phoenix, the built-in default)
#   env:   RUNS=3  THREADS=2  KG=target/release/kgraph (built if missing)
# Prints one row per gazetteer stack: seconds, MB/s and peak RSS for kgraph and grep, and the
# ratio of the stacked build's time to the curated-only build's.
set -euo pipefail
cd "$(dirname "$0")/../.."
input=${1:?usage: scripts/bench/reuters.sh INPUT [STACKED_FOLDER...]}
shift
extra=("$@"); [ ${#extra[@]} -gt 0 ] || extra=(gazetteer/world gazetteer/phoenix)
runs=${RUNS:-3}; threads=${THREADS:-2}; kg=${KG:-target/release/kgraph}
[ -x "$kg" ] || cargo build --release --quiet
command -v /usr/bin/time >/dev/null || { echo "needs GNU time" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bytes=$(du -sbL --apparent-size "$input" | cut -f1)
find "$input" -type f -print0 | xargs -0 cat > /dev/null   # warm the page cache
aliases() {  # folders... -> every label and alias of their entities.csv, one a line
  python3 - "$@" <<'PY'
import csv, sys, os
names = set()
for d in sys.argv[1:]:
    rows = (l for l in open(os.path.join(d, "entities.csv"), encoding="utf-8") if not l.startswith("#"))
    for row in csv.DictReader(rows):
        names.add(row["label"])
        names.update(a for a in (row.get("aliases") or "").split(";") if a)
print("\n".join(sorted(n for n in names if n)))
PY
}
best() {  # file of "secs rss" lines -> "min_secs max_rss"
  sort -n "$1" | awk 'NR==1{s=$1} {if($2>r)r=$2} END{print s, r}'
}
stacks=("gazetteer" "gazetteer ${extra[*]}")
for k in 0 1; do aliases ${stacks[$k]} > "$tmp/aliases$k.txt"; done
for i in $(seq "$runs"); do
  for k in 0 1; do
    gflags=(--no-default-gazetteer); for g in ${stacks[$k]}; do gflags+=(--gazetteer "$g"); done
    /usr/bin/time -f "%e %M" -a -o "$tmp/kg$k" "$kg" build --quiet --threads "$threads" \
      --input "$input" "${gflags[@]}" --out "$tmp/out" > /dev/null
    /usr/bin/time -f "%e %M" -a -o "$tmp/grep$k" sh -c \
      "grep -R -c -F -f '$tmp/aliases$k.txt' '$input' > /dev/null || true"
  done
done
echo "# $(date -u +%FT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); $input: $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB; min of $runs runs, --threads $threads"
echo "| gazetteer | aliases | kgraph s | kgraph MB/s | kgraph RSS MB | grep -F s | grep MB/s | kgraph/grep |"
echo "|---|---|---|---|---|---|---|---|"
for k in 0 1; do
  read -r ks kr <<< "$(best "$tmp/kg$k")"; read -r gs _ <<< "$(best "$tmp/grep$k")"
  eval "k${k}_s=$ks"
  python3 -c "
b, ks, kr, gs = $bytes, max($ks, .001), $kr, max($gs, .001)
print(f'| ${stacks[$k]// /+} | $(wc -l < "$tmp/aliases$k.txt") | {ks:.2f} | {b/1e6/ks:.1f} | {kr/1024:.0f} | {gs:.2f} | {b/1e6/gs:.1f} | {ks/gs:.2f}x |')"
done
python3 -c "print(f'stacked build: {$k1_s/max($k0_s, .001):.2f}x the curated-only build time')"
