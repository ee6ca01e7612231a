#!/usr/bin/env bash
# Runs the cargo-fuzz targets one after another, each for SECONDS (default 600), with seed corpora
# made from seeds/ and gazetteer/. Needs `cargo install cargo-fuzz`; the stable toolchain is
# enough with RUSTC_BOOTSTRAP=1 (cargo-fuzz asks for nightly-only flags).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Crashes land in fuzz/artifacts/TARGET/; copy them to tests/fixtures/fuzz/ as regressions.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text tagger extractor gazetteer graph_json)
export RUSTC_BOOTSTRAP=1

mkdir -p fuzz/corpus/{text,tagger,extractor,gazetteer,graph_json}
for t in text tagger extractor; do cp -n seeds/*.txt fuzz/corpus/$t/ 2>/dev/null || true; done
cp -n gazetteer/entities.csv fuzz/corpus/gazetteer/entities 2>/dev/null || true
{ cat gazetteer/entities.csv; printf '\377'; cat gazetteer/roles.csv; } > fuzz/corpus/gazetteer/with_roles
if [ ! -e fuzz/corpus/graph_json/small ]; then
  tmp=$(mktemp -d)
  echo "Kerry met Lavrov in London on Friday. Putin did not reject the proposal by Trump." > "$tmp/a.txt"
  cargo run -q --release -- build --quiet --input "$tmp/a.txt" --out "$tmp/out"
  cp "$tmp/out/graph.json" fuzz/corpus/graph_json/small
  rm -rf "$tmp"
fi

cd fuzz
for t in "${targets[@]}"; do
  case $t in
    gazetteer|graph_json) max_len=16384 ;;
    *) max_len=16384 ;;
  esac
  echo "== $t for ${secs}s"
  cargo fuzz run -s none -a "$t" -- -max_total_time="$secs" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -25
done
