#!/usr/bin/env bash
# End-to-end speed of the release binary on real news text (issue 7) and on pathological
# inputs (issue 8). Prints figures; asserts nothing. Everything it builds goes to a temporary
# directory that is removed at the end.
#
#   benches/bench.sh            # the standard run (~3 minutes on 2 idle cores)
#   SIZE_MB=100 benches/bench.sh   # a bigger corpus
#   BIG=1 benches/bench.sh      # also a 1 GB --input jsonl stream and a 200 MB document
#                               # (+5 minutes; the document needs ~8 GB of memory)
#
# Corpus: the documents of ../shared/eval/conll2003-dev/docs and fixtures/, repeated to at
# least SIZE_MB (default 50) megabytes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SIZE_MB=${SIZE_MB:-50}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=$CARGO_TARGET_DIR/release/newsdesk
cargo build --release --quiet
if [ ! -x /usr/bin/time ]; then
    (apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; }) ||
        { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
SRC=()
[ -d ../shared/eval/conll2003-dev/docs ] && SRC+=(../shared/eval/conll2003-dev/docs/*.txt)
SRC+=(fixtures/*.txt)

# Build the corpus: base.txt (every document once, as one text), corpus.jsonl (documents
# repeated to SIZE_MB, one a line), corpus.txt (the same text, for wc -w), and a folder of
# 10,000 clippings.
python3 - "$TMP" "$SIZE_MB" "${SRC[@]}" <<'PY'
import json, os, sys
tmp, size_mb, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
docs = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
with open(f"{tmp}/base.txt", "w") as f:
    f.write("\n\n".join(docs))
target = size_mb * 1_000_000
n = 0
with open(f"{tmp}/corpus.jsonl", "w") as jl, open(f"{tmp}/corpus.txt", "w") as tx:
    while n < target:
        for i, d in enumerate(docs):
            jl.write(json.dumps({"id": f"{n}-{i}", "text": d}) + "\n")
            tx.write(d + "\n\n")
            n += len(d.encode()) + 2
with open(f"{tmp}/small.jsonl", "w") as jl:
    m = 0
    while m < 1_000_000:
        for i, d in enumerate(docs):
            jl.write(json.dumps({"id": i, "text": d}) + "\n")
            m += len(d.encode())
os.makedirs(f"{tmp}/clips")
for k in range(10_000):
    with open(f"{tmp}/clips/{k:05d}.txt", "w") as f:
        f.write(docs[k % len(docs)])
PY

# run NAME CMD...: time one command (stdout to /dev/null); sets SECS and RSS_MB.
run() {
    local name=$1; shift
    /usr/bin/time -v -o "$TMP/time.$name" "$@" >/dev/null 2>"$TMP/err.$name" || true
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$TMP/time.$name")
    RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$TMP/time.$name")
}
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.2f", b/1e6}'; }
rate() { awk -v a="$1" -v s="$2" 'BEGIN {if (s > 0) printf "%.2f", a/s; else print "inf"}'; }

CORPUS_MB=$(mb "$TMP/corpus.txt")
WORDS=$(wc -w < "$TMP/corpus.txt")
echo "newsdesk $("$BIN" --version | cut -d' ' -f2) on $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "corpus: ${CORPUS_MB} MB of news text, $WORDS words ($(wc -l < "$TMP/corpus.jsonl") documents)"
echo

echo "== throughput (--input jsonl, JSON Lines to /dev/null)"
run wc wc -w "$TMP/corpus.txt"
echo "wc -w (reference)         $(printf '%7.2f' "$SECS") s  $(rate "$CORPUS_MB" "$SECS") MB/s  $(rate "$WORDS" "$SECS") words/s"
for j in 1 "$(nproc)"; do
    run "jsonl$j" "$BIN" --input jsonl --jobs "$j" --quiet "$TMP/corpus.jsonl"
    echo "newsdesk --jobs $j           $(printf '%7.2f' "$SECS") s  $(rate "$CORPUS_MB" "$SECS") MB/s  $(rate "$WORDS" "$SECS") words/s  peak RSS ${RSS_MB} MB"
done
# The corpus repeats its documents (as issue 7 asks), and the names stage keeps per-word
# answers and the cut of capitalised runs across documents: fresh news hits those tables less.
# Every distinct document once (the eval sets' and the fixtures'), best of 7 runs.
DSRC=(fixtures/*.txt)
for d in ../shared/eval/*/docs; do [ -d "$d" ] && DSRC+=("$d"/*.txt); done
DISTINCT_MB=$(python3 - "$TMP" "${DSRC[@]}" <<'PY'
import json, sys
size = 0
with open(f"{sys.argv[1]}/distinct.jsonl", "w") as jl:
    for i, p in enumerate(sys.argv[2:]):
        text = open(p, encoding="utf-8", errors="replace").read()
        size += len(text.encode())
        jl.write(json.dumps({"id": i, "text": text}) + "\n")
print(f"{size / 1e6:.2f}")
PY
)
BEST=
for _ in $(seq 7); do
    START=$(date +%s%N)
    "$BIN" --input jsonl --jobs 1 --quiet "$TMP/distinct.jsonl" >/dev/null
    END=$(date +%s%N)
    NS=$((END - START))
    if [ -z "$BEST" ] || [ "$NS" -lt "$BEST" ]; then BEST=$NS; fi
done
echo "newsdesk --jobs 1, every distinct document once (${DISTINCT_MB} MB of text, best of 7): $(rate "$DISTINCT_MB" "$(awk -v n="$BEST" 'BEGIN {print n/1e9}')") MB/s"
run small "$BIN" --input jsonl --quiet "$TMP/small.jsonl"
echo "peak RSS, 1 MB jsonl stream: ${RSS_MB} MB (vs the ${CORPUS_MB} MB stream above)"
run seed "$BIN" fixtures/scmp_digital_silk_road.txt
echo "peak RSS, the seed clipping: ${RSS_MB} MB"
echo

echo "== start-up (one-line document on stdin, mean of 100 runs, process start included)"
echo "China will host a forum next month in Beijing, Ren Xianliang said." > "$TMP/line.txt"
START=$(date +%s%N)
for _ in $(seq 100); do "$BIN" < "$TMP/line.txt" >/dev/null; done
END=$(date +%s%N)
echo "start-up: $(awk -v n=$((END - START)) 'BEGIN {printf "%.2f", n/100/1e6}') ms"
START=$(date +%s%N)
for _ in $(seq 100); do /bin/true < "$TMP/line.txt" >/dev/null; done
END=$(date +%s%N)
echo "(/bin/true, the cost of starting any process here: $(awk -v n=$((END - START)) 'BEGIN {printf "%.2f", n/100/1e6}') ms)"
echo

echo "== batch: a folder of 10,000 clippings"
CLIPS_MB=$(du -sb "$TMP/clips" | awk '{printf "%.2f", $1/1e6}')
run clips1 "$BIN" --jobs 1 --quiet "$TMP/clips"; T1=$SECS
echo "--jobs 1  $(printf '%7.2f' "$T1") s  $(rate "$CLIPS_MB" "$T1") MB/s  $(rate 10000 "$T1") docs/s"
run clips2 "$BIN" --jobs 2 --quiet "$TMP/clips"; T2=$SECS
echo "--jobs 2  $(printf '%7.2f' "$T2") s  $(rate "$CLIPS_MB" "$T2") MB/s  $(rate 10000 "$T2") docs/s  speed-up $(rate "$T1" "$T2")x"
"$BIN" --jobs 1 --quiet "$TMP/clips" | cut -c1-120 | md5sum > "$TMP/o1"
"$BIN" --jobs 2 --quiet "$TMP/clips" | cut -c1-120 | md5sum > "$TMP/o2"
cmp -s "$TMP/o1" "$TMP/o2" && echo "output order: identical" || echo "output order: DIFFERS"
echo

# scale NAME FILE...: one document at growing sizes; seconds per MB should stay flat.
scale() {
    local name=$1; shift
    for f in "$@"; do
        run "$name" "$BIN" --format jsonl --quiet "$f"
        local size; size=$(mb "$f")
        printf '%-34s %9s MB %8.2f s %9s s/MB  peak RSS %8s MB (%sx the input)\n' \
            "$name $(basename "$f" .txt)" "$size" "$SECS" "$(rate "$SECS" "$size")" "$RSS_MB" "$(rate "$RSS_MB" "$size")"
    done
}

echo "== scaling in input length: one document at 1x, 10x, 100x"
python3 - "$TMP" <<'PY'
import sys
tmp = sys.argv[1]
base = open(f"{tmp}/base.txt").read()
for k in (1, 10, 100):
    open(f"{tmp}/scale-{k}x.txt", "w").write("\n\n".join([base] * k))
PY
scale "eval docs" "$TMP/scale-1x.txt" "$TMP/scale-10x.txt" "$TMP/scale-100x.txt"
echo

echo "== pathological inputs (issue 8), each at growing sizes"
python3 - "$TMP" <<'PY'
import sys
tmp = sys.argv[1]
names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima",
         "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Beijing", "Ren", "Bank", "Group"]
def caps(n):
    return " ".join(names[(i * 7 + i // 24) % len(names)] for i in range(n)) + "."
open(f"{tmp}/caps-10k.txt", "w").write(caps(10_000))
open(f"{tmp}/caps-100k.txt", "w").write(caps(100_000))
open(f"{tmp}/caps-1M.txt", "w").write(caps(1_000_000))
unit = "abcdefghijklmnopqrstuvwxyz0123456789.,-_/"
def line(n):
    return (unit * (n // len(unit) + 1))[:n] + "\n"
open(f"{tmp}/nospace-5MB.txt", "w").write(line(5_000_000))
open(f"{tmp}/nospace-50MB.txt", "w").write(line(50_000_000))
def quotes(n):
    opens = "".join("“‘"[i % 2] for i in range(n))
    closes = "".join("”’"[(n - 1 - i) % 2] for i in range(n))
    return "He said " + opens + "Ren Xianliang met Alibaba in Beijing on April 16" + closes + " and left.\n"
open(f"{tmp}/quotes-1k.txt", "w").write(quotes(1_000))
open(f"{tmp}/quotes-10k.txt", "w").write(quotes(10_000))
open(f"{tmp}/quotes-100k.txt", "w").write(quotes(100_000))
open(f"{tmp}/quotes-1M.txt", "w").write(quotes(1_000_000))
open(f"{tmp}/digits-100k.txt", "w").write("1" * 100_000 + "\n")
open(f"{tmp}/digits-1M.txt", "w").write("1" * 1_000_000 + "\n")
open(f"{tmp}/digits-10M.txt", "w").write("1" * 10_000_000 + "\n")
# n people of one surname, and the surname alone as often: each short form weighs them all.
def surnames(n):
    people = [f"John{i} Smith said profit rose." for i in range(n)]
    return "\n\n".join(people + ["Smith said so."] * n) + "\n"
open(f"{tmp}/surnames-10k.txt", "w").write(surnames(10_000))
open(f"{tmp}/surnames-100k.txt", "w").write(surnames(100_000))
PY
scale "capitalised words" "$TMP/caps-10k.txt" "$TMP/caps-100k.txt" "$TMP/caps-1M.txt"
scale "no spaces" "$TMP/nospace-5MB.txt" "$TMP/nospace-50MB.txt"
scale "nested quotes" "$TMP/quotes-1k.txt" "$TMP/quotes-10k.txt" "$TMP/quotes-100k.txt" "$TMP/quotes-1M.txt"
scale "digits" "$TMP/digits-100k.txt" "$TMP/digits-1M.txt" "$TMP/digits-10M.txt"
scale "one surname" "$TMP/surnames-10k.txt" "$TMP/surnames-100k.txt"

if [ "${BIG:-0}" = 1 ]; then
    echo
    echo "== big: a 1 GB jsonl stream and a 200 MB document"
    python3 - "$TMP" <<'PY'
import sys
tmp = sys.argv[1]
src = open(f"{tmp}/corpus.jsonl").read()
with open(f"{tmp}/big.jsonl", "w") as f:
    n = 0
    while n < 1_000_000_000:
        f.write(src); n += len(src)
base = open(f"{tmp}/base.txt").read()
open(f"{tmp}/doc-200MB.txt", "w").write(("\n\n".join([base] * (200_000_000 // len(base) + 1)))[:200_000_000])
PY
    run big "$BIN" --input jsonl --quiet "$TMP/big.jsonl"
    echo "1 GB jsonl stream: $(printf '%.1f' "$SECS") s, peak RSS ${RSS_MB} MB"
    scale "one document" "$TMP/doc-200MB.txt"
fi
