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
mkdir -p target
cargo fuzz build -s none -a
for t in "${targets[@]}"; do
  max_len=16384
  echo "== $t for ${secs}s"
  # a crash stops this target only: the others still run
  cargo fuzz run -s none -a "$t" -- -max_total_time="$secs" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "target/fuzz-$t.log" 2>&1 \
    || echo "!! $t stopped: see fuzz/target/fuzz-$t.log and fuzz/artifacts/$t/"
  grep -a -E "stat::number_of_executed_units|stat::peak_rss_mb|panicked at|Test unit written" "target/fuzz-$t.log" || true
done
