#!/usr/bin/env python3
"""A clean build's CPU by pipeline stage, from a JFR recording (see profile.sh).

    jfr_stages.py RECORDING.jfr [--cpu SECONDS] [--methods N]

Each jdk.ExecutionSample is charged to one stage by the frames on its stack, the first rule that
innermost frame that names a stage winning (FRAME_STAGES below), so String.indexOf called from
flexmark counts as Markdown and a template filter called by Pebble as templates; anything under the
search stage counts as search. The JIT compilers' threads and the collector
are not sampled as Java code. With jdk.ThreadCPULoad every second (profile.sh records so), each thread's CPU
is added up from those events: the compiler threads' is the JIT's, the other Java threads' is split by the
stages' shares of the samples; the collector's time is its pauses (the serial collector stops the build).
Without them, the compilers' time comes from jdk.CompilerStatistics (which counts waiting for a core too)
and --cpu (user + sys of the whole process, from /usr/bin/time) gives (cpu - compiler - collector) x share. Then, per stage, the Standfirst methods
that are the first non-JDK frame from the top (where the stage's own code spends its time).
"""
import argparse
import collections
import re

from jfr_top import duration, frames, load  # the same reading of a recording, beside this file

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


def thread_cpu(path):
    """CPU seconds per thread, added up from jdk.ThreadCPULoad (a share of all the machine's cores since the
    thread's last event); {} when the recording has too few of them to add up (JFR's default: one per 10 s)."""
    cores = max((e["values"].get("hwThreads") or 0 for e in load(path, "jdk.CPUInformation")), default=0) or 1
    by_thread = collections.defaultdict(list)
    for e in load(path, "jdk.ThreadCPULoad"):
        v = e["values"]
        name = (v.get("eventThread") or {}).get("javaName") or "?"
        by_thread[name].append((v["startTime"], v.get("user", 0) + v.get("system", 0)))
    if not by_thread or max(len(events) for events in by_thread.values()) < 5:
        return {}
    out = {}
    for name, events in by_thread.items():
        events.sort()
        cpu, previous = 0.0, None
        for start, load_ in events:
            t = instant(start)
            cpu += load_ * cores * (t - previous if previous is not None else 1.0)
            previous = t
        out[name] = cpu
    return out


def instant(iso):
    """Seconds since midnight of an ISO time such as 2026-12-02T06:31:37.291123Z."""
    m = re.search(r"T(\d+):(\d+):([\d.]+)", iso)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


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
        fs, _ = frames(e)
        stage = stage_of(fs)
        by_stage[stage] += 1
        own = next((f for f in fs if not JDK.match(f)), "(JDK only)")
        methods[stage][own] += 1
    threads = thread_cpu(a.recording)
    gcs = load(a.recording, "jdk.GarbageCollection")
    collector = sum(duration(e["values"].get("sumOfPauses")) for e in gcs)
    total = len(samples)
    if threads:
        compiler = sum(cpu for name, cpu in threads.items() if "CompilerThread" in name)
        java_cpu = sum(cpu for name, cpu in threads.items() if "CompilerThread" not in name and not name.startswith("JFR"))
        source = "threads' CPU from jdk.ThreadCPULoad"
    else:  # recorded with JFR's own settings: the compilers' statistics, which count waiting for a core too
        stats = load(a.recording, "jdk.CompilerStatistics")
        compiler = max((duration(e["values"].get("totalTimeSpent")) for e in stats), default=0.0)
        java_cpu = (a.cpu - compiler - collector) if a.cpu else None
        source = "compilers' statistics; Java CPU = --cpu minus compilers and collector"
    print("%d Java samples; JIT compilers %.1f s, collector pauses %.1f s (%d collections); Java threads %s; %s%s" % (
        total, compiler, collector, len(gcs), "%.1f s" % java_cpu if java_cpu is not None else "?", source,
        "; process CPU %.1f s" % a.cpu if a.cpu else ""))
    show = java_cpu is not None
    print("| stage | share of Java samples |%s" % (" CPU s |" if show else ""))
    print("|---|---:|%s" % ("---:|" if show else ""))
    for name in STAGES:
        n = by_stage[name]
        cpu = " %.1f |" % (java_cpu * n / total) if show else ""
        print("| %s | %.1f%% |%s" % (name, 100.0 * n / total, cpu))
    if show:
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
