#!/usr/bin/env python3
"""A clean build's CPU by pipeline stage, from a JFR recording (see profile.sh).

    jfr_stages.py RECORDING.jfr [--cpu SECONDS] [--methods N]

Each jdk.ExecutionSample is charged to one stage by the frames on its stack, the first rule that
innermost frame that names a stage winning (FRAME_STAGES below), so String.indexOf called from
flexmark counts as Markdown and a template filter called by Pebble as templates; anything under the
search stage counts as search. The JIT compilers' threads and the collector
are not sampled as Java code; their time comes from jdk.CompilerStatistics and jdk.GarbageCollection.
With --cpu (user + sys of the whole process, from /usr/bin/time) the shares of the Java samples are
turned into CPU seconds: (cpu - compiler - collector) x share. Then, per stage, the Standfirst methods
that are the first non-JDK frame from the top (where the stage's own code spends its time).
"""
import argparse
import collections
import json
import re
import subprocess

JDK = re.compile(r"^(java|javax|jdk|sun|com\.sun)\.")
SF = "org.standfirst."

# What one frame says about the stage: library frames name theirs; Standfirst frames by class or package.
# Frames that say nothing (the JDK, jsoup, generic render code such as ThemeEngine or the views) pass
# the sample on to the frame below them, so the innermost frame that says something wins.
FRAME_STAGES = [
    (SF + "write.", "write"),
    (SF + "load.", "read"),
    (SF + "validate.", "validate"),
    (SF + "assemble.", "assemble"),
    (SF + "render.cite.", "cite files"),
    (SF + "render.AtomFeed", "feeds"),
    (SF + "render.MarkdownRenderer", "Markdown"),
    (SF + "render.BodyLinks", "Markdown"),
    (SF + "render.LineNumbers", "Markdown"),
    (SF + "render.BodySpool", "Markdown"),
    (SF + "render.PageReuse", "page bytes, digests"),
    (SF + "render.PageSink", "page bytes, digests"),
    (SF + "incremental.RecordingSink", "page bytes, digests"),
    (SF + "incremental.", "cache"),
    ("com.vladsch.flexmark.", "Markdown"),
    ("io.pebbletemplates.", "templates"),
    ("org.snakeyaml.", "validate"),
]
STAGES = ["read", "validate", "assemble", "Markdown", "templates", "feeds", "cite files", "page bytes, digests",
          "render, other", "write", "cache", "search", "start-up, CLI, other"]


def stage_of(fs):
    if any(f.startswith(SF + "search.") or f.startswith("org.apache.lucene.") for f in fs):
        return "search"  # the search stage as a whole, whatever it calls
    for f in fs:
        for prefix, stage in FRAME_STAGES:
            if f.startswith(prefix):
                return stage
    if any(f.startswith(SF + "render.") for f in fs):
        return "render, other"
    return "start-up, CLI, other"


def load(path, event):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", event, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(raw)["recording"]["events"]


def frames(event):
    st = event["values"].get("stackTrace") or {}
    out = []
    for f in st.get("frames") or []:
        m = f["method"]
        cls = m["type"]["name"].replace("/", ".")
        if "$$Lambda$" in cls:
            cls = cls.split("$$Lambda$")[0] + "$$Lambda"
        out.append("%s.%s" % (cls, m["name"]))
    return out


def seconds(iso):
    """JFR's JSON durations look like "PT0.012345S" or "PT1M2.5S"."""
    m = re.match(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$", iso or "")
    if not m:
        return 0.0
    h, mi, s = m.groups()
    return int(h or 0) * 3600 + int(mi or 0) * 60 + float(s or 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--cpu", type=float, help="user + sys seconds of the whole process")
    ap.add_argument("--methods", type=int, default=4, help="own methods shown per stage")
    a = ap.parse_args()
    samples = load(a.recording, "jdk.ExecutionSample")
    by_stage = collections.Counter()
    methods = collections.defaultdict(collections.Counter)
    for e in samples:
        fs = frames(e)
        stage = stage_of(fs)
        by_stage[stage] += 1
        own = next((f for f in fs if not JDK.match(f)), "(JDK only)")
        methods[stage][own] += 1
    stats = load(a.recording, "jdk.CompilerStatistics")
    compiler = max((seconds(e["values"].get("totalTimeSpent")) for e in stats), default=0.0)
    gcs = load(a.recording, "jdk.GarbageCollection")
    collector = sum(seconds(e["values"].get("sumOfPauses")) for e in gcs)
    total = len(samples)
    java_cpu = (a.cpu - compiler - collector) if a.cpu else None
    print("%d Java samples; JIT compilers %.1f s, collector pauses %.1f s (%d collections)%s" % (
        total, compiler, collector, len(gcs), "; process CPU %.1f s" % a.cpu if a.cpu else ""))
    print("| stage | share of Java samples |%s" % (" CPU s |" if a.cpu else ""))
    print("|---|---:|%s" % ("---:|" if a.cpu else ""))
    for name in STAGES:
        n = by_stage[name]
        cpu = " %.1f |" % (java_cpu * n / total) if a.cpu else ""
        print("| %s | %.1f%% |%s" % (name, 100.0 * n / total, cpu))
    if a.cpu:
        print("| JIT compilers | — | %.1f |" % compiler)
        print("| collector | — | %.1f |" % collector)
    for name in STAGES:
        if not by_stage[name]:
            continue
        print("\n%s (%d samples):" % (name, by_stage[name]))
        for m, n in methods[name].most_common(a.methods):
            print("  %5.1f%%  %s" % (100.0 * n / total, m))


if __name__ == "__main__":
    main()
