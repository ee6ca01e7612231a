#!/usr/bin/env python3
"""Run kgraph over a corpus on Apache Spark: `kgraph extract` on every partition, `kgraph merge`.

usage: spark-submit scripts/spark_extract.py INPUT OUT_DIR [--kgraph PATH] [--gazetteer DIR]...
                    [--partitions N] [--level actor|country|role]
  INPUT   JSON Lines articles ({"id", "text", optional "date", "title"}, one per line; a path,
          a glob or a comma-separated list, on any file system Spark reads; .gz is fine)
  OUT_DIR receives shards/ (one JSON Lines shard per partition) and graph/ (the merged outputs)

Each partition's lines are piped (rdd.pipe) through `kgraph extract --input - --out -`, which
reads JSON Lines on standard input and writes one record per document; `kgraph merge` then builds
the graph from the shards, byte-identical to one `kgraph build` over the same articles. The
kgraph binary and the gazetteer folders must exist at the same paths on every executor (ship
them with `--files`/`--archives`, or use a shared file system); merge runs on the driver.
"""
import argparse, glob, os, shlex, subprocess, sys

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("out_dir")
    ap.add_argument("--kgraph", default=os.path.abspath("target/release/kgraph"))
    ap.add_argument("--gazetteer", action="append", default=None)
    ap.add_argument("--partitions", type=int, default=0)
    ap.add_argument("--level", default="actor")
    a = ap.parse_args()
    gazetteers = [os.path.abspath(g) for g in (a.gazetteer or [])]  # none: the built-in default
    gaz_flags = " ".join(f"--gazetteer {shlex.quote(g)}" for g in gazetteers)
    spark = SparkSession.builder.appName("kgraph-extract").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(a.input, minPartitions=a.partitions or sc.defaultParallelism)
    cmd = f"{shlex.quote(a.kgraph)} extract --quiet --input - --out - {gaz_flags}"
    shards_dir = os.path.join(a.out_dir, "shards")
    lines.pipe(cmd).saveAsTextFile(shards_dir)
    spark.stop()
    shards = sorted(glob.glob(os.path.join(shards_dir, "part-*")))
    merge = [a.kgraph, "merge", *shards, "--out", os.path.join(a.out_dir, "graph"), "--level", a.level]
    for g in gazetteers:
        merge += ["--gazetteer", g]
    subprocess.run(merge, check=True)
    print(f"kgraph on Spark: {len(shards)} shards merged into {os.path.join(a.out_dir, 'graph')}")


if __name__ == "__main__":
    sys.exit(main())
