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
[ ${#targets[@]} -gt 0 ] || targets=(text tagger extractor gazetteer graph_json input_gzip input_jsonl input_csv)
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

# the input readers: a few JSON Lines, CSV/TSV and gzip files made from lines of seeds/*.txt
mkdir -p fuzz/corpus/{input_gzip,input_jsonl,input_csv}
# FILE N: the first N non-blank lines (awk reads to the end: no SIGPIPE under pipefail)
lines() { tr -d '\r\t' < "$1" | awk -v n="$2" 'NF && n-- > 0'; }
jsonl() { # one record a line: id, date and the line as its text
  awk '{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\"");
         printf "{\"id\": \"s%d\", \"date\": \"2018-07-%02d\", \"text\": \"%s\"}\n", NR, NR % 28 + 1, $0 }'
}
delimited() { # SEP: a header (id, date, text), then one row a line, the text quoted
  awk -v sep="$1" 'BEGIN { print "id" sep "date" sep "text" }
    { gsub(/"/, "\"\""); printf "r%d%s2018-07-%02d%s\"%s\"\n", NR, sep, NR % 28 + 1, sep, $0 }'
}
lines seeds/000_85cfd0f58f776a66.txt 8 | jsonl > fuzz/corpus/input_jsonl/seed.jsonl
{
  printf '{"id": 7, "title": "Talks", "date": 20140314, "text": "Kerry met Lavrov in London."}\n\n'
  printf 'not json\n{"id": "x"}\n{"text": " "}\n{"text": "Fran\347ois met Putin.", "title": 5}\n'
  printf '{"id": null, "date": "2018-07-16T10:00:00Z", "text": "Trump met Putin\\nin Helsinki."}'
} > fuzz/corpus/input_jsonl/mixed.jsonl
lines seeds/001_d8933c6599e0f15b.txt 8 | delimited , > fuzz/corpus/input_csv/seed.csv
lines seeds/002_df530c2d804f3845.txt 8 | delimited $'\t' > fuzz/corpus/input_csv/seed.tsv
printf 'ID,Text,Date,extra\nd1,=1+1,2018-07-16\n,"Putin, in Helsinki."\nd3,"unclosed\n' \
  > fuzz/corpus/input_csv/mixed.csv
gzip -n -c fuzz/corpus/input_jsonl/seed.jsonl > fuzz/corpus/input_gzip/seed.jsonl.gz
lines seeds/003_4fea8b1964aa1f48.txt 12 | gzip -n -c > fuzz/corpus/input_gzip/seed.txt.gz
{ gzip -n -c fuzz/corpus/input_jsonl/mixed.jsonl; lines seeds/004_ebb31fd6193d9377.txt 4 | jsonl | gzip -n -c; } \
  > fuzz/corpus/input_gzip/two_members.gz
cp fuzz/corpus/input_csv/seed.csv fuzz/corpus/input_gzip/seed.csv # compressed by the target

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
