#!/usr/bin/env bash
# Throughput benchmark on real news: kgraph with 1 and 2 threads against the reading-speed
# references `cat` and `grep -c -F -f ALIASES` (every alias of the gazetteer) on the same files,
# and optionally the spaCy rule pipeline of ../shared/peers on a sample of them.
#   usage: scripts/bench.sh [COPIES=30] [CORPUS=reuters|bbc|all]
#   env:   PEER=1        also run the spaCy peer (pip install -r ../shared/peers/requirements.txt)
#          PEER_MB=20    size of the sample both kgraph and the peer run on for the ratio
#          BENCH_DIR=/tmp/kgraph-bench   where the corpus is unpacked (never inside the repo)
#          GAZ="gazetteer /tmp/phoenix"  gazetteer folders to stack (default: gazetteer)
# Prints wall time, MB/s, documents/s and peak RSS per command, then the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-30}
corpus=${2:-reuters}
shared=${SHARED:-../shared}
base=${BENCH_DIR:-/tmp/kgraph-bench}
dir="$base/$corpus-x$copies"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --quiet
kg=target/release/kgraph
if [ ! -d "$dir" ]; then
  mkdir -p "$base"
  bash "$shared/corpus/make-bench-corpus.sh" "$dir" "$copies" "$corpus" >&2
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
gaz=(${GAZ:-gazetteer})
gflags=(--no-default-gazetteer); for g in "${gaz[@]}"; do gflags+=(--gazetteer "$g"); done
python3 - "${gaz[@]}" > "$tmp/aliases.txt" <<'PY'
import csv, sys, os
names = set()
for d in sys.argv[1:]:
    for row in csv.DictReader(l for l in open(os.path.join(d, "entities.csv"), encoding="utf-8") if not l.startswith("#")):
        names.add(row["label"]); names.update(a for a in (row.get("aliases") or "").split(";") if a)
print("\n".join(sorted(n for n in names if n)))
PY
files=$(find "$dir" -type f | wc -l)
bytes=$(du -sb --apparent-size "$dir" | cut -f1)
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); corpus $dir: $files files, $mb MB; gazetteer ${gaz[*]}: $(wc -l < "$tmp/aliases.txt") aliases"
find "$dir" -type f -print0 | xargs -0 cat > /dev/null   # warm the page cache
run() {  # name, command...: prints a table row; sets $secs
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/stdout" 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
  read -r secs rss < "$tmp/time"
  python3 -c "
b, s, f, r = $bytes, max($secs, 0.001), $files, $rss
print(f'| {\"$name\":<28} | {s:8.2f} | {b/1e6/s:8.1f} | {f/s:10.0f} | {r/1024:8.0f} |')"
}
echo
echo "| command | wall s | MB/s | documents/s | peak RSS MB |"
echo "|---|---|---|---|---|"
run "cat" sh -c "find '$dir' -type f -print0 | xargs -0 cat > /dev/null"; cat_s=$secs
run "grep -c -F -f aliases -r" sh -c "grep -c -F -f '$tmp/aliases.txt' -r '$dir' > /dev/null || true"; grep_s=$secs
run "kgraph build --threads 1" "$kg" build --quiet "${gflags[@]}" --threads 1 --input "$dir" --out "$tmp/o1"; k1=$secs
run "kgraph build --threads 2" "$kg" build --quiet "${gflags[@]}" --threads 2 --input "$dir" --out "$tmp/o2"; k2=$secs
cmp -s "$tmp/o1/graph.json" "$tmp/o2/graph.json" && echo "(1- and 2-thread outputs are byte-identical)"
python3 -c "print(f'kgraph 2 threads: {$k2/$grep_s:.2f}x the grep -F time, {$k2/$cat_s:.2f}x the cat time')"
if [ "${PEER:-0}" = 1 ]; then
  python3 -c "import spacy, networkx" || { echo "PEER=1 needs: pip install -r $shared/peers/requirements.txt" >&2; exit 2; }
  want=$(( ${PEER_MB:-20} * 1000000 ))
  python3 - "$dir" "$tmp/sample" "$want" <<'PY'
import os, shutil, sys
src, dst, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(dst)
total = 0
for root, _, files in sorted(os.walk(src)):
    for f in sorted(files):
        p = os.path.join(root, f)
        shutil.copy(p, os.path.join(dst, f if f.endswith(".txt") else f + ".txt"))
        total += os.path.getsize(p)
        if total >= want:
            sys.exit(0)
PY
  sbytes=$(du -sb --apparent-size "$tmp/sample" | cut -f1); sfiles=$(find "$tmp/sample" -type f | wc -l)
  echo; echo "# peer sample: $sfiles files, $(python3 -c "print(f'{$sbytes/1e6:.1f}')") MB (the first files of the corpus)"
  echo "| command | wall s | MB/s | documents/s | peak RSS MB |"
  echo "|---|---|---|---|---|"
  bytes=$sbytes files=$sfiles
  run "spaCy peer (n_process=1)" python3 "$shared/peers/spacy_baseline.py" "$tmp/sample" "$tmp/peer"; ps=$secs
  run "kgraph build --threads 2" "$kg" build --quiet "${gflags[@]}" --threads 2 --input "$tmp/sample" --out "$tmp/o3"; ks=$secs
  python3 -c "print(f'kgraph is {$ps/$ks:.0f}x the spaCy peer on the same files')"
fi
