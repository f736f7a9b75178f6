#!/usr/bin/env python3
"""What search costs: Standfirst with and without its search index on the shared corpus, and Pagefind.

    python3 src/bench/search.py [N ...]      default: 10000; needs target/standfirst.jar (mvn -q package -DskipTests)

For each N: generate the corpus with ../shared/bench/gen_corpus.py (reused when present), then, under
/usr/bin/time -v, pairs of clean builds into empty folders with --no-cache, `search: false` and search on
(the default), alternated ROUNDS times (default 3: one pair's wall times vary by a fifth on a 2-core
machine). Reports each pair's wall and CPU time (user + system) and the medians, peak RSS, the search
stage's own time (from --verbose), the index's
size and part count, and the bytes a cold one-word query fetches on the search page: the HTML, the
stylesheets, search.js, meta.js, the word's shard, the five facet columns and the fragment parts of
the first page of results (ranked here exactly as search.js ranks them), raw and gzipped; and, when
Chromium is installed, what a loopback server really serves when headless Chromium opens that query.

With PAGEFIND=1 and npx on the PATH, also runs Pagefind (npm `pagefind@PAGEFIND_VERSION`, default
1.6.0) over the same built site and reports its time, peak RSS, index size and what its own query
(search, ten results' fragments, filters) fetches in Chromium. Pagefind is never a build dependency.

A cold two-word phrase query (PHRASE, default "digital privacy") is counted the same way: both words'
term parts and the positions parts beside them.

Environment: BENCH_TMP (default $TMPDIR/standfirst-bench), SEED (42), ROUNDS (3), WORD (the query,
default "security"), PHRASE, SHARED_BENCH, JAR (another build's jar, to compare), JAVA_OPTS, XMX_LARGE
(-Xmx1g for N >= 100000).
"""
import gzip
import json
import math
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.abspath(os.environ.get("SHARED_BENCH", os.path.join(ROOT, "..", "shared", "bench")))
TMP = os.path.abspath(os.environ.get("BENCH_TMP", os.path.join(os.environ.get("TMPDIR", "/tmp"), "standfirst-bench")))
SEED = os.environ.get("SEED", "42")
WORD = os.environ.get("WORD", "security")
PHRASE = os.environ.get("PHRASE", "digital privacy")
JAVA_OPTS = shlex.split(os.environ.get("JAVA_OPTS", ""))
XMX_LARGE = os.environ.get("XMX_LARGE", "-Xmx1g")
JAR = os.path.abspath(os.environ.get("JAR", os.path.join(ROOT, "target", "standfirst.jar")))
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
PAGE_SIZE = 10
ROUNDS = int(os.environ.get("ROUNDS", "3"))


def timed(command, cwd=None):
    """Runs command under GNU time; returns (wall s, peak RSS MiB, stdout + stderr); cpu() reads its CPU time."""
    start = time.monotonic()
    run = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if run.returncode != 0:
        sys.exit("failed: " + " ".join(command) + "\n" + run.stdout + run.stderr)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
    return wall, rss, run.stdout + run.stderr


def cpu(output):
    """User + system seconds from GNU time's report in a command's output."""
    return sum(float(re.search(r"%s time \(seconds\): ([0-9.]+)" % kind, output).group(1)) for kind in ("User", "System"))


def corpus(n):
    folder = os.path.join(TMP, "corpus-%d-seed%s" % (n, SEED))
    if not os.path.isdir(os.path.join(folder, "content")):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), str(n), folder, "--seed", SEED], check=True)
    return folder


def build(content, output, n):
    shutil.rmtree(output, ignore_errors=True)
    java = ["java"] + JAVA_OPTS + ([XMX_LARGE] if n >= 100000 else []) + ["-jar", JAR]
    return timed(java + ["build", "--no-cache", "--verbose", "--content", content, "--output", output,
                         "--templates", os.path.join(ROOT, "templates")])


def without_search(content, n):
    copy = os.path.join(TMP, "corpus-%d-seed%s-nosearch" % (n, SEED), "content")
    if not os.path.isdir(copy):
        shutil.copytree(content, copy)
    with open(os.path.join(content, "site.yml"), encoding="utf-8") as f:
        config = f.read()
    with open(os.path.join(copy, "site.yml"), "w", encoding="utf-8") as f:
        f.write(re.sub(r"(?m)^search:.*\n", "", config) + "\nsearch: false\n")
    return copy


def part(output, name):
    with open(os.path.join(output, "search", name + ".js"), encoding="utf-8") as f:
        text = f.read()
    head = 'StandfirstSearch.part(%s,' % json.dumps(name)
    return json.loads(text[len(head):-3])


def decode(text):
    out, value = [], 0
    for c in text:
        digit = ALPHABET.index(c)
        value = value * 32 + (digit & 31)
        if digit < 32:
            out.append(value)
            value = 0
    return out


def file_name(key):
    return "".join(c if re.fullmatch("[a-z0-9]", c) else "_%x_" % ord(c) for c in key)


def transfer(output, files):
    """The bytes of files in the built site, raw and gzipped."""
    raw = gz = 0
    for name in files:
        with open(os.path.join(output, name), "rb") as f:
            data = f.read()
        raw += len(data)
        gz += len(gzip.compress(data, 6))
    return raw, gz


def cold_query(output, word):
    """The files a cold query for one word loads, as search.js loads them (no prefix: word + space)."""
    meta = part(output, "meta")
    shard = max((k for k in meta["shards"] if word.startswith(k)), key=len)
    files = ["search/index.html", "assets/style.css", "assets/search.css", "assets/search.js", "search/meta.js",
             "search/t/%s.js" % file_name(shard)]
    files += ["search/f/%s.js" % facet for facet in meta["facets"]]
    terms = part(output, "t/" + file_name(shard))
    mapped = terms["w"].get(word)
    stems = [] if mapped is None else (mapped if isinstance(mapped, list) else [mapped or word])
    scores = {}
    for stem in stems:
        numbers = decode(terms["p"][stem])
        df = len(numbers) // 2
        idf = math.log(1 + (meta["docs"] - df + 0.5) / (df + 0.5))
        doc = 0
        for i in range(0, len(numbers), 2):
            doc += numbers[i]
            scores[doc] = max(scores.get(doc, 0), idf * numbers[i + 1])
    ranked = sorted(scores, key=lambda d: (-scores[d], -d))[:PAGE_SIZE]
    files += sorted({"search/d/%d.js" % (d // meta["fragments"]) for d in ranked})
    # A result whose title and start show no form of the word fetches its body's text to cut the excerpt from.
    forms = {w for w, m in terms["w"].items() if set(m if isinstance(m, list) else [m or w]) & set(stems)}
    for d in ranked:
        row = part(output, "d/%d" % (d // meta["fragments"]))["d"][d % meta["fragments"]]
        shown = unicodedata.normalize("NFKD", (row[1] + " " + row[4]).lower())
        if row[6] and not forms & set(re.findall(r"\w+", shown)):
            files.append("search/e/%d.js" % d)
    raw, gz = transfer(output, files)
    return len(scores), files, raw, gz


def occurrences(output, meta, word):
    """The word's shard, per document the positions of its stems (whole word, as in a phrase), and the positions parts read."""
    shard = max((k for k in meta["shards"] if word.startswith(k)), key=len)
    terms = part(output, "t/" + file_name(shard))
    mapped = terms["w"].get(word)
    stems = [] if mapped is None else (mapped if isinstance(mapped, list) else [mapped or word])
    found, files = {}, []
    for stem in stems:
        # A stem listed under "x" has a positions part of its own.
        name = "x/" + file_name(shard) + ("/" + file_name(stem) if stem in terms.get("x", []) else "")
        files.append("search/" + name + ".js")
        numbers, positions = decode(terms["p"][stem]), decode(part(output, name)["x"][stem])
        doc = at = 0
        for i in range(0, len(numbers), 2):
            doc += numbers[i]
            count, position = positions[at], 0
            at += 1
            for _ in range(count):
                position += positions[at]
                at += 1
                found.setdefault(doc, set()).add(position)
    return shard, found, files


def cold_phrase(output, phrase):
    """The files a cold query for a quoted phrase of words loads, and how many pieces it finds."""
    meta = part(output, "meta")
    files = ["search/index.html", "assets/style.css", "assets/search.css", "assets/search.js", "search/meta.js"]
    files += ["search/f/%s.js" % facet for facet in meta["facets"]]
    each = []
    for word in phrase.split():
        shard, found, positions = occurrences(output, meta, word)
        files += ["search/t/%s.js" % file_name(shard)] + positions
        each.append(found)
    stride = meta["stride"]
    docs = sorted(d for d in each[0]
                  if any(all(p + w * stride in each[w].get(d, ()) for w in range(1, len(each))) for p in each[0][d]))
    files = sorted(set(files)) + sorted({"search/d/%d.js" % (d // meta["fragments"]) for d in docs[-PAGE_SIZE:]})
    raw, gz = transfer(output, files)
    return len(docs), files, raw, gz


def folder_size(folder):
    total = count = 0
    for base, _, names in os.walk(folder):
        for name in names:
            total += os.path.getsize(os.path.join(base, name))
            count += 1
    return total, count


class Served:
    """A loopback HTTP server over a folder that counts the bytes of every file it serves."""

    def __init__(self, folder):
        import functools
        import http.server
        import threading
        served = self.files = []

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def copyfile(self, source, target):
                data = source.read()
                served.append((self.path, len(data)))
                target.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=folder))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = "http://127.0.0.1:%d/" % self.server.server_address[1]

    def close(self):
        self.server.shutdown()


def fetched(folder, page):
    """Opens page in headless Chromium (its scripts run for up to 20 s of virtual time); returns (files, bytes) served."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return None
    served = Served(folder)
    try:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--virtual-time-budget=20000", "--dump-dom", served.url + page],
                       capture_output=True, timeout=120)
    finally:
        served.close()
    return len(served.files), sum(size for _, size in served.files)


PAGEFIND_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pagefind query</title></head><body>
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
const search = await pagefind.search(%s);
await Promise.all(search.results.slice(0, 10).map(r => r.data()));
await pagefind.filters();
</script></body></html>
"""


def pagefind(output):
    version = os.environ.get("PAGEFIND_VERSION", "1.6.0")
    if os.environ.get("PAGEFIND") != "1" or not shutil.which("npx"):
        return None
    shutil.rmtree(os.path.join(output, "pagefind"), ignore_errors=True)
    wall, rss, _ = timed(["npx", "-y", "pagefind@" + version, "--site", output])
    size, count = folder_size(os.path.join(output, "pagefind"))
    page = os.path.join(output, "pagefind-query.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGEFIND_PAGE % json.dumps(WORD))
    try:
        # Headless Chromium's virtual time does not always wait for Pagefind's worker: keep the fullest of three.
        query = max((fetched(output, "pagefind-query.html") or (0, 0) for _ in range(3)), key=lambda q: q[0])
    finally:
        os.remove(page)
    return wall, rss, size, count, version, query


def main():
    if not os.path.isfile(JAR):
        sys.exit("search.py: build the jar first: mvn -q -B -ntp package -DskipTests")
    sizes = [int(a) for a in sys.argv[1:]] or [10000]
    os.makedirs(TMP, exist_ok=True)
    for n in sizes:
        content = os.path.join(corpus(n), "content")
        off = os.path.join(TMP, "site-%d-nosearch" % n)
        on = os.path.join(TMP, "site-%d-search" % n)
        pairs = []
        for _ in range(ROUNDS):
            # Alternated, so that a machine that slows down or speeds up meets both builds alike.
            wall_off, rss_off, out_off = build(without_search(content, n), off, n)
            wall_on, rss_on, out = build(content, on, n)
            pairs.append((wall_off, cpu(out_off), rss_off, wall_on, cpu(out), rss_on, re.search(r"search +([0-9.]+) s", out)))
        print("N = %d" % n)
        for i, (wall_off, cpu_off, _, wall_on, cpu_on, _, stage) in enumerate(pairs):
            print("  pair %d: without search %5.1f s wall %5.1f s CPU; with search %5.1f s wall %5.1f s CPU"
                  " (%+.0f %% wall, %+.0f %% CPU; search stage %s s)"
                  % (i + 1, wall_off, cpu_off, wall_on, cpu_on, 100 * (wall_on - wall_off) / wall_off,
                     100 * (cpu_on - cpu_off) / cpu_off, stage.group(1) if stage else "?"))
        wall_off, cpu_off, rss_off = (statistics.median([p[i] for p in pairs]) for i in (0, 1, 2))
        wall_on, cpu_on, rss_on = (statistics.median([p[i] for p in pairs]) for i in (3, 4, 5))
        # Each pair's own ratio, then their median: a pair's two builds meet the machine in the same state.
        added_wall = statistics.median([100 * (p[3] - p[0]) / p[0] for p in pairs])
        added_cpu = statistics.median([100 * (p[4] - p[1]) / p[1] for p in pairs])
        print("  build without search   %6.1f s wall  %6.1f s CPU  %6.0f MiB peak RSS  (medians of %d)"
              % (wall_off, cpu_off, rss_off, len(pairs)))
        print("  build with search      %6.1f s wall  %6.1f s CPU  %6.0f MiB peak RSS" % (wall_on, cpu_on, rss_on))
        print("  search adds            %+5.0f %% wall, %+.0f %% CPU (the median of the pairs' own ratios; target <= 15 %% wall)"
              % (added_wall, added_cpu))
        index_size, index_parts = folder_size(os.path.join(on, "search"))
        hits, files, raw, gz = cold_query(on, WORD)
        print("  index                  %6.1f MB in %d files" % (index_size / 1e6, index_parts))
        print("  cold query %-12r  %d pieces; %d files, %.1f KB raw, %.1f KB gzipped (as search.js fetches them)"
              % (WORD, hits, len(files), raw / 1e3, gz / 1e3))
        hits, files, raw, gz = cold_phrase(on, PHRASE)
        print("  cold query %-12r  %d pieces; %d files, %.1f KB raw, %.1f KB gzipped (fragments of ten of them)"
              % ('"%s"' % PHRASE, hits, len(files), raw / 1e3, gz / 1e3))
        browser = fetched(on, "search/index.html?q=" + WORD + "+")
        if browser:
            print("  the same in Chromium   %d files, %.1f KB served" % (browser[0], browser[1] / 1e3))
        found = pagefind(on)
        if found:
            wall, rss, size, count, version, query = found
            print("  pagefind %s         %6.1f s wall  %6.0f MiB peak RSS  index %.1f MB in %d files"
                  % (version, wall, rss, size / 1e6, count))
            if query:
                print("  pagefind cold query    %d files, %.1f KB served (its query page, no UI, no filters in these pages)"
                      % (query[0], query[1] / 1e3))


if __name__ == "__main__":
    main()
