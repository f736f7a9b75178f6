#!/usr/bin/env python3
"""Summarise a JFR recording's CPU samples: where the build spends its time.

    jfr_top.py RECORDING.jfr [--top 10]

Reads jdk.ExecutionSample events through the JDK's `jfr print --json` and prints, per thread
group and for all threads together:
  self      the method on top of the stack (where the CPU actually is)
  package   the top frame's package, trimmed to three segments (com.vladsch.flexmark ...)
  library   the first non-JDK frame from the top (so String.indexOf called by flexmark counts as flexmark),
            by package and by method
  inclusive every non-JDK package on the stack (flexmark's extensions show up separately)
  inclusive every Standfirst method on the stack (each counted once per sample): which stage pays
Also sums garbage-collection pauses and counts jdk.NativeMethodSample events (threads in native code, e.g. file I/O) by top frame.
Percentages are of the samples in each section.
"""
import argparse
import collections
import json
import re
import subprocess
import sys

JDK = re.compile(r"^(java|javax|jdk|sun|com\.sun)\.")


def frames(event):
    st = event["values"].get("stackTrace") or {}
    out = []
    for f in st.get("frames") or []:
        m = f["method"]
        cls = m["type"]["name"]
        if "$$Lambda$" in cls:  # hidden classes: Foo$$Lambda$307+0x…/1234 — one name for all of them
            cls = cls.split("$$Lambda$")[0] + "$$Lambda"
        out.append("%s.%s" % (cls.replace("/", "."), m["name"]))
    return out, bool(st.get("truncated"))


def duration(iso):
    """JFR's JSON durations look like "PT0.012345S" (or "PT1M2.5S")."""
    m = re.match(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$", iso or "")
    if not m:
        return 0.0
    h, mi, s = m.groups()
    return int(h or 0) * 3600 + int(mi or 0) * 60 + float(s or 0)


def package(method, depth=3):
    cls = method.rsplit(".", 1)[0]
    parts = cls.split(".")
    if depth > 3 and cls.startswith("com.vladsch.flexmark.ext."):
        depth += 1  # com.vladsch.flexmark.ext.autolink, not just .ext
    return ".".join(parts[:-1][:depth]) or cls


def load(path, event):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", event, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(raw)["recording"]["events"]


def thread_group(event):
    t = (event["values"].get("sampledThread") or {}).get("javaName") or "?"
    return re.sub(r"[-#]?\d+$", "", t) or t


def table(title, counter, total, top):
    print("  %s" % title)
    for name, n in counter.most_common(top):
        print("    %5.1f%%  %6d  %s" % (100.0 * n / total, n, name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args()
    events = load(a.recording, "jdk.ExecutionSample")
    if not events:
        sys.exit("no jdk.ExecutionSample events in %s (record with settings=profile)" % a.recording)
    groups = collections.Counter(thread_group(e) for e in events)
    truncated = 0
    sections = {"all threads": events}
    for g, _ in groups.most_common(3):
        sections["thread " + g] = [e for e in events if thread_group(e) == g]
    print("%d CPU samples; by thread: %s" % (len(events), ", ".join("%s %d" % kv for kv in groups.most_common(6))))
    for name, evs in sections.items():
        self_c, pkg_c, lib_c, lib_m, incl, incl_pkg = (collections.Counter() for _ in range(6))
        for e in evs:
            fs, trunc = frames(e)
            truncated += trunc and name == "all threads"
            if not fs:
                continue
            self_c[fs[0]] += 1
            pkg_c[package(fs[0])] += 1
            lib = next((f for f in fs if not JDK.match(f)), None)
            lib_c[package(lib) if lib else "(JDK only)"] += 1
            lib_m[lib or "(JDK only)"] += 1
            for pk in {package(f, 4) for f in fs if not JDK.match(f)}:
                incl_pkg[pk] += 1
            for f in set(fs):
                if f.startswith("org.standfirst.") and "$$Lambda" not in f:
                    incl[f[len("org.standfirst."):]] += 1
        print("\n== %s: %d samples" % (name, len(evs)))
        table("self (top frame)", self_c, len(evs), a.top)
        table("package of the top frame", pkg_c, len(evs), a.top)
        table("first non-JDK package from the top", lib_c, len(evs), a.top)
        table("first non-JDK method from the top (JDK frames charged to their caller)", lib_m, len(evs), a.top)
        table("inclusive, non-JDK packages (4 segments: shows flexmark's parser, renderer, extensions)",
              incl_pkg, len(evs), a.top + 10)
        table("inclusive, Standfirst methods", incl, len(evs), a.top)
    if truncated:
        print("\n(%d stacks were truncated; record with -XX:FlightRecorderOptions:stackdepth=512)" % truncated)
    gcs = load(a.recording, "jdk.GarbageCollection")
    if gcs:
        pauses = sum(duration(e["values"].get("sumOfPauses")) for e in gcs)
        longest = max(duration(e["values"].get("longestPause")) for e in gcs)
        names = collections.Counter(e["values"].get("name") for e in gcs)
        print("\n== garbage collection: %d collections (%s), pauses %.2f s in total, longest %.3f s" % (
            len(gcs), ", ".join("%s %d" % kv for kv in names.most_common()), pauses, longest))
    native = load(a.recording, "jdk.NativeMethodSample")
    if native:
        c = collections.Counter()
        for e in native:
            fs, _ = frames(e)
            c[" <- ".join(fs[:2]) if fs else "?"] += 1
        print("\n== threads in native code: %d samples" % len(native))
        table("top frames", c, len(native), a.top)


if __name__ == "__main__":
    main()
