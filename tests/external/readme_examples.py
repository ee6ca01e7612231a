#!/usr/bin/env python3
"""Every command example in README.md, run as written with the *installed* kgraph.

    python3 tests/external/readme_examples.py BIN_DIR [--readme FILE] [--keep]
    python3 tests/external/readme_examples.py --self-test

BIN_DIR is where `cargo install --path . --root ROOT` put the binary (ROOT/bin); the README's
own install step (`cargo install --path .`) is that step, done by the caller (.ci/run) first.
--readme FILE checks another file (a draft) against the same copies; --keep leaves the scratch
directory for a look. --self-test checks the parsing on a fixed sample and runs nothing.

Which lines are commands. Fenced blocks tagged sh, shell, bash or console are read, and an
untagged block too when it is a transcript (lines starting with `$ `):
  - In a block with `$ ` lines only those are commands; the lines after one, up to the next, are
    its shown output. Output with a line starting `kgraph: error:` means the command must exit
    non-zero and print a line whose first 40 characters are that line's. Other shown output is
    not compared (it has timings and elisions).
  - In other blocks every line that is not blank or a comment is a command. A trailing `\`
    continues a command on the next line; a trailing `# comment` is shell syntax and fine.
  - `cargo run --release -- ARGS` is run as `kgraph ARGS`; `cargo install --path .` is the
    install step above (the binary must be in BIN_DIR); other cargo lines (`cargo test`,
    `cargo build`, `cargo install cargo-fuzz`, ...) are development commands and not run.
  - `NAME=VALUE` alone on a line (or `export NAME=VALUE`) sets NAME for the commands after it,
    as in one shell session.
  - A line that runs kgraph anywhere (`kgraph ... | head`, `kgraph ... > file`) is run, and so
    is a line of a tool that reads kgraph's files (READERS below: `dot -Tsvg ...`, `xmllint`,
    `python3`, ...); any other line (`pip install`, `spark-submit`, `scripts/fuzz.sh 600`) is
    listed as not a kgraph example and not run. A line whose program is not installed is
    skipped with a note.
  - A command with the trailing comment `# not run in CI: REASON` is listed with its reason and
    not run; more than MAX_SKIPPED of them fail the check, so it cannot skip everything.

How they run: in README order, each with `bash -e -o pipefail -c`, all in one scratch
directory, never in the repository or its target/:
  TMP/repo     the working directory: a copy of seeds/, gazetteer/, tests/gold/,
               tests/fixtures/ and README.md
  TMP/shared   a link to the repository's ../shared (when it exists), so `../shared/...` in an
               example means what it means in the repository
  TMP/home     HOME, holding `~/news` (a copy of seeds/) for `kgraph build --input ~/news ...`
An absolute path in an example (`--out /tmp/phoenix`) is used as written.
Environment: the caller's, and
  PATH            BIN_DIR first, so `kgraph` is the installed binary
  HOME            TMP/home (above)
  D               <repo>/../shared/dictionaries/petrarch, the folder of the PETRARCH / Phoenix
                  dictionaries the event-data examples read as `$D/Phoenix.agents.txt`, ...
                  (the README's own `D=...` line, when there is one, wins from there on)
  PYTHONUSERBASE  the caller's user site, so python3 examples find packages pip installed with
                  --user although HOME moved
Each command prints one line: `ok`, `FAIL` (with the exit code and the last 5 lines of
stderr), `skip` or `note`; the last line counts them. Exit 1 if any failed.
"""
import os
import re
import shlex
import shutil
import site
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COPY = ["seeds", "gazetteer", "tests/gold", "tests/fixtures", "README.md"]
MAX_SKIPPED = 3
TIMEOUT = 300
SHELL_TAGS = {"sh", "shell", "bash", "console", "shell-session"}
# Programs that read or prepare kgraph's files: their lines in an sh block are run.
READERS = {
    "dot", "sfdp", "neato", "xmllint", "python3", "python", "head", "tail", "wc", "cat", "grep",
    "sort", "cut", "diff", "cmp", "jq", "ls", "test", "[", "mkdir", "cp", "rm", "gunzip", "gzip",
    "zcat", "echo", "printf", "sed", "awk",
}
BUILTINS = {"cd", "echo", "printf", "test", "[", "true", "false", "export", "set", ":"}
SKIP_MARK = re.compile(r"#\s*not run in CI:\s*(.*?)\s*$")
ASSIGN = re.compile(r"^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(\S*)$")
CARGO_RUN = re.compile(r"^cargo\s+run\s+--release\s+--\s+")
CARGO_INSTALL_PATH = re.compile(r"^cargo\s+install\b.*\s--path\s+\.(\s|$)")
ENV_PREFIX = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
ERROR_PREFIX = "kgraph: error:"


@dataclass
class Command:
    line: int  # README line of the command's first physical line
    text: str  # as written: the physical lines joined with "\n", without `$ `
    kind: str = "run"  # run | set | pre | dev | other
    run: str = ""  # what bash runs (text, with `cargo run --release --` made `kgraph`)
    expect_error: str = ""  # the shown `kgraph: error:` line, if any
    skip_reason: str = ""  # from `# not run in CI: REASON`
    output: list = field(default_factory=list)  # shown output lines ($ blocks)

    def one_line(self):
        return re.sub(r"\s*\\\n\s*", " ", self.text).strip()

    def shown(self):
        """The command on one line, without its `# not run in CI` marker (printed apart)."""
        return SKIP_MARK.sub("", self.one_line()).rstrip() if self.skip_reason else self.one_line()


# ---------------------------------------------------------------- parsing

def strip_comment(s):
    """The command without its trailing shell comment (`#` starting a word, outside quotes)."""
    quote, i, prev = None, 0, " "
    while i < len(s):
        c = s[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = None
        elif c == "\\":
            i += 1
        elif c in "'\"":
            quote = c
        elif c == "#" and (prev.isspace() or prev in ";|&("):
            return s[:i].rstrip()
        prev = s[i] if i < len(s) else " "
        i += 1
    return s.rstrip()


def programs(s):
    """The programs a shell line runs: the words in command position (after env assignments)."""
    lex = shlex.shlex(strip_comment(s).replace("\\\n", " "), posix=True, punctuation_chars=True)
    lex.commenters = ""
    out, expect_cmd, after_redirect = [], True, False
    try:
        tokens = list(lex)
    except ValueError:  # an unclosed quote: bash will say so
        return out
    for tok in tokens:
        if tok and set(tok) <= set("|&;()"):
            expect_cmd, after_redirect = True, False
        elif tok and set(tok) <= set("<>&"):
            after_redirect = True
        elif after_redirect:
            after_redirect = False
        elif expect_cmd:
            if ENV_PREFIX.match(tok):
                continue
            if tok in ("do", "then", "else", "!", "time"):
                continue
            out.append(tok)
            expect_cmd = False
    return out


def fences(markdown):
    """(tag, [(line_no, text)]) for each fenced block; content unindented by the fence's indent."""
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)(`{3,}|~{3,})\s*([^\s`]*)", lines[i])
        if not m:
            i += 1
            continue
        indent, fence, tag = len(m.group(1)), m.group(2), m.group(3).lower()
        body, j = [], i + 1
        while j < len(lines):
            close = lines[j].strip()
            if close.startswith(fence[0] * len(fence)) and set(close) == {fence[0]}:
                break
            text = lines[j]
            lead = len(text) - len(text.lstrip(" "))
            body.append((j + 1, text[min(indent, lead):]))
            j += 1
        yield tag, body
        i = j + 1


def classify(cmd):
    """Sets cmd.kind, cmd.run and cmd.skip_reason from cmd.text."""
    last = cmd.text.split("\n")[-1]
    m = SKIP_MARK.search(last)
    if m and strip_comment(last) != last.rstrip():
        cmd.skip_reason = m.group(1) or "(no reason given)"
    bare = strip_comment(cmd.one_line())
    cmd.run = cmd.text
    if CARGO_RUN.match(cmd.text):
        cmd.run = CARGO_RUN.sub("kgraph ", cmd.text, count=1)
        bare = CARGO_RUN.sub("kgraph ", bare, count=1)
    progs = programs(bare)
    if ASSIGN.match(bare):
        cmd.kind = "set"
    elif CARGO_INSTALL_PATH.match(bare):
        cmd.kind = "pre"
    elif progs[:1] == ["cargo"]:
        cmd.kind = "dev"
    elif "kgraph" in progs or (progs and progs[0] in READERS):
        cmd.kind = "run"
    else:
        cmd.kind = "other"
    return cmd


def extract(markdown):
    """The commands of a README, in order."""
    cmds = []
    for tag, body in fences(markdown):
        transcript = any(t.startswith("$ ") or t == "$" for _, t in body)
        if tag not in SHELL_TAGS and not (tag == "" and transcript):
            continue
        cur, cont = None, False
        for no, text in body:
            if cont and cur is not None:  # continuation of the previous physical line
                cur.text += "\n" + (text[2:] if transcript and text.startswith("> ") else text)
                cont = cur.text.rstrip().endswith("\\")
                continue
            if transcript and not (text.startswith("$ ") or text == "$"):
                if cur is not None:
                    cur.output.append(text)
                continue
            line = text[2:] if text.startswith("$ ") else text
            if not line.strip() or line.lstrip().startswith("#"):
                cur = None if not transcript else cur
                continue
            cur = Command(no, line.rstrip())
            cmds.append(cur)
            cont = cur.text.endswith("\\")
    for c in cmds:
        errors = [o for o in c.output if o.startswith(ERROR_PREFIX)]
        c.expect_error = errors[0].rstrip() if errors else ""
        classify(c)
    return cmds


def judge(cmd, rc, stdout, stderr):
    """'' if the command did what the README shows, else what went wrong."""
    if not cmd.expect_error:
        return "" if rc == 0 else f"exit {rc}"
    want = cmd.expect_error[:40]
    said = any(line.startswith(want) for line in (stderr + "\n" + stdout).splitlines())
    if rc == 0:
        return f"exit 0, but the README shows an error: {cmd.expect_error!r}"
    if not said:
        return f"exit {rc}, but no line starting {want!r}"
    return ""


# ---------------------------------------------------------------- running

def scratch(tmp, repo):
    work, home = tmp / "repo", tmp / "home"
    for rel in COPY:
        src, dst = repo / rel, work / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, symlinks=True)
        elif src.exists():
            shutil.copy2(src, dst)
    shared = (repo / ".." / "shared").resolve()
    if shared.is_dir():
        (tmp / "shared").symlink_to(shared)
    home.mkdir()
    shutil.copytree(repo / "seeds", home / "news")
    return work, home


def environment(bin_dir, home, repo):
    env = dict(os.environ)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["HOME"] = str(home)
    env["D"] = str((repo / ".." / "shared" / "dictionaries" / "petrarch").resolve())
    env["PYTHONUSERBASE"] = env.get("PYTHONUSERBASE") or site.getuserbase()
    return env


def missing_program(cmd, env):
    for prog in programs(strip_comment(cmd.run)):
        if prog in BUILTINS or "/" in prog:
            continue
        if shutil.which(prog, path=env["PATH"]) is None:
            return prog
    return ""


def as_run(cmd):
    """`ran as kgraph ...; ` when the README's `cargo run --release --` was translated."""
    if cmd.run == cmd.text:
        return ""
    return "ran as " + strip_comment(re.sub(r"\s*\\\n\s*", " ", cmd.run)).strip() + "; "


def tail(text, n=5):
    return [line for line in text.rstrip("\n").split("\n") if line.strip()][-n:]


def run_all(cmds, bin_dir, work, env, name="README.md"):
    counts = {"ok": 0, "FAIL": 0, "skip": 0, "note": 0}
    skipped = []

    def say(status, cmd, detail="", extra=()):
        counts[status] += 1
        where = f"{name}:{cmd.line}"
        print(f"{status:<5} {where:<15} {cmd.shown()}" + (f"  ({detail})" if detail else ""))
        for line in extra:
            print(f"{'':22}| {line}")
        sys.stdout.flush()

    for cmd in cmds:
        if cmd.skip_reason:
            skipped.append(cmd)
            say("skip", cmd, f"not run in CI: {cmd.skip_reason}")
        elif cmd.kind == "pre":
            if os.access(bin_dir / "kgraph", os.X_OK):
                say("ok", cmd, f"done before the run: {bin_dir / 'kgraph'}")
            else:
                say("FAIL", cmd, f"no executable kgraph in {bin_dir}")
        elif cmd.kind == "dev":
            say("note", cmd, "a cargo development command, not run")
        elif cmd.kind == "other":
            say("note", cmd, "not a kgraph example, not run")
        elif cmd.kind == "set":
            var = ASSIGN.match(strip_comment(cmd.one_line())).group(1)
            p = subprocess.run(["bash", "-c", f'{cmd.run}\nprintf "%s" "${var}"'], cwd=work,
                               env=env, capture_output=True, text=True)
            if p.returncode:
                say("FAIL", cmd, f"exit {p.returncode}", tail(p.stderr))
            else:
                env[var] = p.stdout
                say("ok", cmd, f"{var}={p.stdout} for the commands after it")
        elif (prog := missing_program(cmd, env)):
            say("note", cmd, f"{prog} is not installed, not run")
        else:
            t0 = time.monotonic()
            try:
                p = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", cmd.run], cwd=work,
                                   env=env, capture_output=True, text=True, errors="replace",
                                   stdin=subprocess.DEVNULL, timeout=TIMEOUT)
                rc, out, err = p.returncode, p.stdout, p.stderr
            except subprocess.TimeoutExpired as e:
                rc, out, err = "timeout", "", (e.stderr or b"").decode(errors="replace")
            secs = f"{time.monotonic() - t0:.2f} s"
            wrong = judge(cmd, rc if rc != "timeout" else 124, out, err)
            if rc == "timeout":
                wrong = f"timed out after {TIMEOUT} s"
            if wrong:
                shown = [f"stderr: {l}" for l in tail(err)] or [f"stdout: {l}" for l in tail(out)]
                say("FAIL", cmd, f"{as_run(cmd)}{wrong}; {secs}", shown)
            else:
                say("ok", cmd, f"{as_run(cmd)}{secs}" + (", failed as shown" if cmd.expect_error else ""))
    return counts, skipped


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    args = argv[1:]
    keep = "--keep" in args
    args = [a for a in args if a != "--keep"]
    readme = REPO / "README.md"
    if "--readme" in args:
        i = args.index("--readme")
        readme = Path(args[i + 1]).resolve()
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    bin_dir = Path(args[0]).resolve()
    if not os.access(bin_dir / "kgraph", os.X_OK):
        print(f"FAIL: no executable kgraph in {bin_dir}")
        return 1
    cmds = extract(readme.read_text(encoding="utf-8"))
    t0 = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="kgraph-readme-"))
    try:
        work, home = scratch(tmp, REPO)
        shutil.copy2(readme, work / "README.md")
        env = environment(bin_dir, home, REPO)
        print(f"README examples from {readme}, kgraph {bin_dir / 'kgraph'}, in {work}")
        counts, skipped = run_all(cmds, bin_dir, work, env, readme.name)
    finally:
        if keep:
            print(f"scratch kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    ran = sum(1 for c in cmds if c.kind == "run" and not c.skip_reason)
    print(f"readme_examples: {counts['ok']} ok, {counts['FAIL']} failed, "
          f"{counts['skip']} skipped (# not run in CI), {counts['note']} not run (notes), "
          f"in {time.monotonic() - t0:.1f} s")
    problems = limits(len(skipped), ran)
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if counts["FAIL"] or problems else 0


def limits(n_skipped, n_ran):
    """What makes the run fail although no command did: too many skipped, nothing run."""
    out = []
    if n_skipped > MAX_SKIPPED:
        out.append(f"{n_skipped} commands marked `# not run in CI`, at most {MAX_SKIPPED}")
    if n_ran == 0:
        out.append("no command to run found in the README")
    return out


# ---------------------------------------------------------------- self-test

SAMPLE = """\
# Title

```sh
cargo run --release -- build     # reads seeds/
cargo test                       # tests
```

```sh
cargo install --path .                        # once; then from anywhere:
kgraph build --input ~/news --out ~/news-graph
# a comment line
kgraph build --no-default-gazetteer \\
    --gazetteer a --gazetteer b   # stacked
kgraph suggest --input seeds -n 3 | head -2 > top.csv
dot -Tsvg out/graph.dot > graph.svg
pip install pyspark                      # or use the cluster's Spark
spark-submit --files target/release/kgraph --archives g.zip#g x.py --kgraph ./kgraph
RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -a extractor
D=../shared/dictionaries/petrarch
kgraph gazetteer import --from petrarch $D/x.txt --out /tmp/p   # not run in CI: no dictionaries
kgraph explain "a # in quotes"
```

```
$ cargo run --release -- query neighbors lavrov
neighbor  label
kerry     John Kerry
$ kgraph query neighbors Lavrof
kgraph: error: no entity named "Lavrof" in the graph; did you mean: Sergei Lavrov (lavrov)?
```

```console
$ kgraph query top \\
> -n 2
rank  id
```

```
id,label
kgraph,output of an untagged block without `$ ` lines
```

```json
{ "kgraph": "not a command" }
```

   ```sh
   kgraph stats   # in a list item
   ```
"""


def self_test():
    cmds = extract(SAMPLE)
    got = [(c.line, c.kind, c.one_line(), c.run, c.expect_error, c.skip_reason) for c in cmds]
    lavrof = 'kgraph: error: no entity named "Lavrof" in the graph; did you mean: Sergei Lavrov (lavrov)?'
    want = [
        (4, "run", "cargo run --release -- build     # reads seeds/",
         "kgraph build     # reads seeds/", "", ""),
        (5, "dev", "cargo test                       # tests",
         "cargo test                       # tests", "", ""),
        (9, "pre", "cargo install --path .                        # once; then from anywhere:",
         "cargo install --path .                        # once; then from anywhere:", "", ""),
        (10, "run", "kgraph build --input ~/news --out ~/news-graph",
         "kgraph build --input ~/news --out ~/news-graph", "", ""),
        (12, "run", "kgraph build --no-default-gazetteer --gazetteer a --gazetteer b   # stacked",
         "kgraph build --no-default-gazetteer \\\n    --gazetteer a --gazetteer b   # stacked",
         "", ""),
        (14, "run", "kgraph suggest --input seeds -n 3 | head -2 > top.csv",
         "kgraph suggest --input seeds -n 3 | head -2 > top.csv", "", ""),
        (15, "run", "dot -Tsvg out/graph.dot > graph.svg", "dot -Tsvg out/graph.dot > graph.svg",
         "", ""),
        (16, "other", "pip install pyspark                      # or use the cluster's Spark",
         "pip install pyspark                      # or use the cluster's Spark", "", ""),
        (17, "other",
         "spark-submit --files target/release/kgraph --archives g.zip#g x.py --kgraph ./kgraph",
         "spark-submit --files target/release/kgraph --archives g.zip#g x.py --kgraph ./kgraph",
         "", ""),
        (18, "dev", "RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -a extractor",
         "RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -a extractor", "", ""),
        (19, "set", "D=../shared/dictionaries/petrarch", "D=../shared/dictionaries/petrarch",
         "", ""),
        (20, "run",
         "kgraph gazetteer import --from petrarch $D/x.txt --out /tmp/p   # not run in CI: no dictionaries",
         "kgraph gazetteer import --from petrarch $D/x.txt --out /tmp/p   # not run in CI: no dictionaries",
         "", "no dictionaries"),
        (21, "run", 'kgraph explain "a # in quotes"', 'kgraph explain "a # in quotes"', "", ""),
        (25, "run", "cargo run --release -- query neighbors lavrov",
         "kgraph query neighbors lavrov", "", ""),
        (28, "run", "kgraph query neighbors Lavrof", "kgraph query neighbors Lavrof", lavrof, ""),
        (33, "run", "kgraph query top -n 2", "kgraph query top \\\n-n 2", "", ""),
        (48, "run", "kgraph stats   # in a list item", "kgraph stats   # in a list item", "", ""),
    ]
    failures = 0
    for i in range(max(len(got), len(want))):
        g = got[i] if i < len(got) else None
        w = want[i] if i < len(want) else None
        if g != w:
            failures += 1
            print(f"FAIL  command {i}:\n  got  {g}\n  want {w}")
    # The line of an untagged transcript block that is not `$ ` is output, not a command.
    assert cmds[13].output == ["neighbor  label", "kerry     John Kerry"], cmds[13].output
    checks = [
        (programs("kgraph a | head -2 > f.csv"), ["kgraph", "head"]),
        (programs("X=1 kgraph b 2>&1 | dot -Tsvg > g.svg"), ["kgraph", "dot"]),
        (programs("spark-submit --kgraph ./kgraph"), ["spark-submit"]),
        (strip_comment("a mygaz.zip#mygaz b # c"), "a mygaz.zip#mygaz b"),
        (strip_comment("kgraph explain 'x # y'"), "kgraph explain 'x # y'"),
        # expected errors: the first 40 characters, exit non-zero
        (judge(cmds[14], 2, "", lavrof[:45] + "... something else\n"), ""),
        (judge(cmds[14], 0, "", lavrof + "\n")[:7], "exit 0,"),
        (judge(cmds[14], 2, "", "kgraph: error: something else\n")[:7], "exit 2,"),
        (judge(cmds[3], 0, "", ""), ""),
        (judge(cmds[3], 3, "", "x"), "exit 3"),
        # the skip limit: 3 marked commands are fine, 4 fail the run, and so does running none
        (limits(3, 10), []),
        (len(limits(4, 10)), 1),
        (len(limits(0, 0)), 1),
    ]
    for i, (g, w) in enumerate(checks):
        if g != w:
            failures += 1
            print(f"FAIL  check {i}: got {g!r}, want {w!r}")
    n = len(want) + len(checks) + 1
    print(f"readme_examples self-test: {n - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
