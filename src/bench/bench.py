#!/usr/bin/env python3
"""Standfirst against Hugo on the shared synthetic corpus, whole process, side by side.

Run it through src/bench/run.sh (which builds the jar first); see the README's Performance section.

    bench.py [N ...]            default: 1000 10000 100000

For each N: generate the corpus with the shared generator (reused when it is already there), then,
under /usr/bin/time -v,
  standfirst   `java [-Xmx1g for N >= 100000] -jar target/standfirst.jar build` into an empty folder
  rebuild      the same command again over that output, nothing changed (N < 100000 by default)
  edit         then one article's title edited on disk, and the same command again (put back afterwards)
  hugo         the shared Hugo adapter (layout conversion done once beforehand, not timed)
  floor        flexmark alone converting every body once in a fresh JVM, with a first build's JVM options
               (MarkdownThroughputBenchmark ... cold-bare; run.sh passes the class path in FLOOR_CP): the
               least any first build of that corpus can take, since every body must pass through flexmark
and print one table: wall s, CPU s (user + sys), peak RSS MiB, and the Standfirst/Hugo wall ratio.
Also measures `mvn -q compile exec:java` against `java -jar` on the sample archive.

The machine may be shared: before each measurement the script waits (up to QUIET_WAIT seconds) for
the other processes' CPU use to drop, and every row records the CPU seconds other processes used
while it ran ("other cpu s"). A row with a large figure there was measured on a busy machine.

Environment: RUNS (timed runs per tool and size, default 3; 1 for N >= 100000 unless RUNS_LARGE),
BENCH_TMP (scratch folder, default $TMPDIR/standfirst-bench), SEED (42), SHARED_BENCH (the shared
bench folder, default ../shared/bench beside the repository), XMX_LARGE (-Xmx1g), JAVA_OPTS (extra
JVM options for every Standfirst run), QUIET_WAIT (120 s), TIMEOUT (3600 s per run; a run that takes
longer is killed and reported as failed), SKIP_HUGO=1, SKIP_EXEC_JAVA=1, SKIP_REBUILD=1, SKIP_FLOOR=1, REBUILD_LARGE=1
(the no-change rebuild is timed only for N < 100000 unless this is set).
"""
import json
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.abspath(os.environ.get("SHARED_BENCH", os.path.join(ROOT, "..", "shared", "bench")))
TMP = os.path.abspath(os.environ.get("BENCH_TMP", os.path.join(os.environ.get("TMPDIR", "/tmp"), "standfirst-bench")))
SEED = int(os.environ.get("SEED", "42"))
RUNS = int(os.environ.get("RUNS", "3"))
RUNS_LARGE = int(os.environ.get("RUNS_LARGE", "1"))
XMX_LARGE = os.environ.get("XMX_LARGE", "-Xmx1g")
JAVA_OPTS = shlex.split(os.environ.get("JAVA_OPTS", ""))
QUIET_WAIT = float(os.environ.get("QUIET_WAIT", "120"))
TIMEOUT = float(os.environ.get("TIMEOUT", "3600"))
JAR = os.path.join(ROOT, "target", "standfirst.jar")
HZ = os.sysconf("SC_CLK_TCK")
LOG = None


def log(line=""):
    print(line, flush=True)
    LOG.write(line + "\n")
    LOG.flush()


def cpu_busy():
    """Seconds of CPU used by everything on the machine so far (user+nice+system+irq+softirq+steal)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (v[0] + v[1] + v[2] + v[5] + v[6] + (v[7] if len(v) > 7 else 0)) / HZ


def wait_quiet():
    """Wait until the other processes use less than a fifth of one core; returns their last share."""
    deadline = time.monotonic() + QUIET_WAIT
    while True:
        b0 = cpu_busy()
        time.sleep(1.0)
        share = cpu_busy() - b0
        if share < 0.2 or time.monotonic() > deadline:
            return share
        time.sleep(2.0)


def parse_time_v(path):
    out = {}
    with open(path, errors="replace") as f:
        for line in f:
            k, _, v = line.strip().rpartition(": ")
            out[k] = v
    wall = 0.0
    for part in out.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0").split(":"):
        wall = wall * 60 + float(part)
    status = out.get("Exit status")
    return {"wall": wall,
            "cpu": float(out.get("User time (seconds)", "nan")) + float(out.get("System time (seconds)", "nan")),
            "rss": int(out.get("Maximum resident set size (kbytes)", "0")) / 1024.0,
            "status": int(status) if status is not None else -1}


def measure(label, cmd, cwd=None, env=None):
    """One whole-process run under /usr/bin/time -v; stdout and stderr kept in files."""
    bg_before = wait_quiet()
    base = os.path.join(TMP, "logs", label)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    busy0 = cpu_busy()
    t0 = time.monotonic()
    if os.path.exists(base + ".time"):
        os.remove(base + ".time")
    timed_out = False
    with open(base + ".out", "w") as out, open(base + ".err", "w") as err:
        p = subprocess.Popen(["/usr/bin/time", "-v", "-o", base + ".time"] + cmd, cwd=cwd, env=env,
                             stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
        try:
            p.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    wall = time.monotonic() - t0
    r = parse_time_v(base + ".time") if os.path.exists(base + ".time") else {"cpu": float("nan"), "rss": 0.0, "status": -9}
    if timed_out:
        r["status"] = -9
        with open(base + ".err", "a") as err:
            err.write("bench.py: TIMED OUT after %.0f s (TIMEOUT) and was killed\n" % TIMEOUT)
    r["wall"] = wall  # more digits than time -v's m:ss.cc, same quantity
    r["other"] = max(0.0, cpu_busy() - busy0 - r["cpu"])
    r["bg_before"] = bg_before
    r["label"] = label
    r["stdout"] = open(base + ".out", errors="replace").read().strip()
    r["stderr_path"] = base + ".err"
    log("  %-28s exit %d  wall %7.2f s  cpu %7.2f s  peak %7.0f MiB  other cpu %5.2f s  %s" % (
        label, r["status"], r["wall"], r["cpu"], r["rss"], r["other"], r["stdout"].splitlines()[0][:90] if r["stdout"] else ""))
    if r["status"] != 0:
        log("  !! %s failed (exit %d); its stderr without warnings, first and last lines (%s):"
            % (label, r["status"], r["stderr_path"]))
        with open(r["stderr_path"], errors="replace") as f:
            lines = [l.rstrip() for l in f if ": warning: " not in l]
        for line in (lines if len(lines) <= 16 else lines[:6] + ["     …"] + lines[-10:]):
            log("     " + line)
    return r


def corpus(n):
    path = os.path.join(TMP, "corpus-%d" % n)
    try:
        with open(os.path.join(path, "manifest.json")) as f:
            m = json.load(f)
        if (m["n"], m["seed"]) == (n, SEED):
            return path
    except (OSError, ValueError, KeyError):
        pass
    log("generating corpus-%d (seed %d) ..." % (n, SEED))
    t0 = time.monotonic()
    subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), str(n), path, "--seed", str(SEED)], check=True)
    log("  done in %.1f s" % (time.monotonic() - t0))
    return path


def first_problems(stderr_path, limit=10):
    """Standfirst's problem lines, grouped by message (paths differ, messages repeat)."""
    counts, order, summary = {}, [], ""
    with open(stderr_path, errors="replace") as f:
        for line in f:
            line = line.rstrip()
            if line.endswith(("warnings", "warning", "errors", "error")) and line[:1].isdigit():
                summary = line
                continue
            if not line or line[0].isspace():
                continue
            head, sep, msg = line.partition(": ")
            key = msg if sep and ":" in head else line
            if key not in counts:
                order.append((key, line))
            counts[key] = counts.get(key, 0) + 1
    return summary, [(counts[k], example) for k, example in order[:limit]]


def summarise(runs):
    """Best run (least wall: interference only ever adds time) and medians, over successful runs."""
    ok = [r for r in runs if r["status"] == 0]
    if not ok:
        return None
    best = min(ok, key=lambda r: r["wall"])
    return {"best": {k: best[k] for k in ("wall", "cpu", "rss", "other")},
            "median": {k: statistics.median(r[k] for r in ok) for k in ("wall", "cpu", "rss", "other")},
            "n": len(ok), "of": len(runs)}


def set_aside(path):
    """Moves a previous output out of the way instead of deleting it, for either tool.

    On ext4 without a journal (this machine's disk) the inodes of a folder deleted in the last one
    to five minutes are skipped one by one when new files are created, so deleting 25,000 files and
    at once writing 25,000 more made the timed build pay for the deletion (up to half its time, in
    the kernel). Set-aside outputs are deleted once, after the last timed run.
    """
    if os.path.lexists(path):
        trash = os.path.join(TMP, "trash")
        os.makedirs(trash, exist_ok=True)
        os.rename(path, os.path.join(trash, "%d-%s" % (time.monotonic_ns(), os.path.basename(path))))


def standfirst_cmd(n, out):
    opts = list(JAVA_OPTS) + ([XMX_LARGE] if n >= 100000 and XMX_LARGE else [])
    return ["java"] + opts + ["-jar", JAR, "build", "--content", os.path.join(corpus(n), "content"),
                              "--templates", os.path.join(ROOT, "templates"), "--output", out], opts


def floor_cmd(n):
    """The Markdown floor's command: flexmark bare, each body once, with the compiler and collector the jar
    gives a first build of this size (cli.JarLauncher: C1 alone below 5,000 pieces)."""
    cp = os.environ.get("FLOOR_CP")
    if not cp or os.environ.get("SKIP_FLOOR") == "1":
        return None
    jit = ["-XX:TieredStopAtLevel=1"] if n < 5000 else [
        "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
        "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000"]
    return ["java"] + jit + ["-XX:+UseSerialGC", "-cp", cp, "org.standfirst.render.MarkdownThroughputBenchmark",
                             corpus(n), "2", "cold-bare"]


def edited(c, n, i, cmd):
    """Edits the title of the corpus's first article, times a build, and puts the file back as it was."""
    folder = os.path.join(c, "content", "articles")
    path = os.path.join(folder, sorted(os.listdir(folder))[0])
    with open(path, encoding="utf-8") as f:
        original = f.read()
    lines = original.split("\n")
    at = next(k for k, line in enumerate(lines) if line.startswith("title:"))
    lines[at] = 'title: "Edited for the benchmark, run %d"' % (i + 1)
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        return measure("sf-%d-edit-%d" % (n, i + 1), cmd, cwd=ROOT)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)


def bench_size(n, hugo):
    runs = RUNS_LARGE if n >= 100000 else RUNS
    c = corpus(n)
    arts = len(os.listdir(os.path.join(c, "content", "articles")))
    log("\n## N=%d: %s (%d articles), %d timed run(s) per tool" % (n, c, arts, runs))
    out = os.path.join(TMP, "out-%d" % n, "standfirst")
    cmd, opts = standfirst_cmd(n, out)
    log("standfirst: %s" % " ".join(["java"] + opts + ["-jar", "target/standfirst.jar", "build", "--content", "CORPUS/content",
                                                        "--templates", "templates", "--output", "OUT"]))
    sf, rb, ed, fl = [], [], [], []
    floor = floor_cmd(n) if n < 100000 else None
    for i in range(runs):
        if floor:
            fl.append(measure("floor-%d-%d" % (n, i + 1), floor, cwd=ROOT))
        set_aside(out)
        set_aside(os.path.join(os.path.dirname(out), ".standfirst-cache"))  # clean means clean
        sf.append(measure("sf-%d-clean-%d" % (n, i + 1), cmd, cwd=ROOT))
        if i == 0 and sf[-1]["status"] in (0, 1):
            summary, problems = first_problems(sf[-1]["stderr_path"])
            if summary:
                log("  Standfirst printed on this corpus: %s" % (summary or "(no count line)"))
                for count, example in problems:
                    log("    %5d x  %s" % (count, example[:200]))
        if sf[-1]["status"] == 0 and os.environ.get("SKIP_REBUILD") != "1" and (n < 100000 or os.environ.get("REBUILD_LARGE") == "1"):
            rb.append(measure("sf-%d-rebuild-%d" % (n, i + 1), cmd, cwd=ROOT))
            if os.environ.get("SKIP_EDIT") != "1":
                ed.append(edited(c, n, i, cmd))
    if sf and sf[0]["status"] == 0:
        v = subprocess.run([sys.executable, os.path.join(SHARED, "verify_output.py"), c, out, "--tool", "standfirst"],
                           capture_output=True, text=True)
        log("  verify_output (informational; see README): " + v.stdout.strip().replace("\n", " "))
    hg = []
    if hugo:
        hout = os.path.join(TMP, "out-%d" % n, "hugo")
        env = dict(os.environ, BENCH_WORK_ROOT=os.path.join(TMP, "hugo-work-%d" % n))
        adapter = os.path.join(SHARED, "adapters", "hugo", "build.sh")
        t0 = time.monotonic()
        subprocess.run(["bash", adapter, c, hout], env=dict(env, BENCH_PREPARE_ONLY="1"), check=True)
        log("hugo: bash ../shared/bench/adapters/hugo/build.sh CORPUS OUT (layout prepared in %.1f s, not timed)"
            % (time.monotonic() - t0))
        for i in range(runs):
            set_aside(hout)  # the adapter deletes it otherwise, inside the timed run
            hg.append(measure("hugo-%d-clean-%d" % (n, i + 1), ["bash", adapter, c, hout], env=env))
        if hg and hg[0]["status"] == 0:
            v = subprocess.run([sys.executable, os.path.join(SHARED, "verify_output.py"), c, hout, "--tool", "hugo"],
                               capture_output=True, text=True)
            log("  verify_output: " + v.stdout.strip().replace("\n", " "))
    return {"n": n, "heap": " ".join(opts) or "default", "sf": summarise(sf), "sf_runs": sf,
            "rb": summarise(rb), "ed": summarise(ed), "floor": summarise(fl), "hugo": summarise(hg) if hugo else "skipped", "hugo_runs": hg}


def exec_java_overhead():
    """`mvn -q compile exec:java` against `java -jar` on the sample archive (content/)."""
    log("\n## mvn -q compile exec:java against java -jar, sample archive (content/), %d runs each" % RUNS)
    out = os.path.join(TMP, "out-sample")
    jar = ["java", "-jar", JAR, "build", "--output", out]
    mvn = ["mvn", "-q", "-B", "-ntp", "compile", "exec:java", "-Dexec.args=build --output " + out]
    rows = {}
    for name, cmd in (("java -jar", jar), ("mvn -q compile exec:java", mvn)):
        rs = [measure("sample-%s-%d" % (name.split()[0].replace("-", ""), i + 1), cmd, cwd=ROOT) for i in range(RUNS)]
        rows[name] = summarise(rs)
    return rows


def fmt(x, spec):
    return format(x, spec) if x is not None else "-"


def main():
    global LOG
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000, 100000]
    os.makedirs(os.path.join(TMP, "results"), exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    LOG = open(os.path.join(TMP, "results", "standfirst-vs-hugo-%s.txt" % stamp), "w")
    mem = next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    java_v = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    hugo = shutil.which("hugo") if os.environ.get("SKIP_HUGO") != "1" else None
    log("# Standfirst vs Hugo, %s, %d cores (%s), %.1f GiB RAM" % (stamp, os.cpu_count(), cpu, int(mem) / 2**20))
    log("# java: %s" % " / ".join(java_v[:2]))
    if hugo:
        log("# hugo: %s" % subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip())
    elif os.environ.get("SKIP_HUGO") == "1":
        log("# hugo: skipped (SKIP_HUGO=1)")
    else:
        log("# hugo: NOT INSTALLED, Hugo columns are skipped (apt-get install -y hugo)")
    log("# sizes %s, seed %d, scratch %s; the log of every run is in %s/logs" % (sizes, SEED, TMP, TMP))
    results = [bench_size(n, hugo) for n in sizes]
    overhead = exec_java_overhead() if os.environ.get("SKIP_EXEC_JAVA") != "1" else None
    shutil.rmtree(os.path.join(TMP, "trash"), ignore_errors=True)  # the outputs set aside, once timing is over

    for pick, title in (("best", "best run of each (least wall time; interference only ever adds time)"),
                        ("median", "medians of the successful runs")):
        log("\n## Results, %s; whole process, wall and CPU in s, peak RSS in MiB" % title)
        log("%7s %-8s | %8s %8s %8s %5s | %8s %8s | %8s %8s | %9s %8s %8s | %7s %7s | %s" % (
            "N", "heap", "SF wall", "SF cpu", "SF RSS", "ok", "rebuild", "rb RSS", "1 edit", "ed RSS", "Hugo wall", "Hugo cpu", "Hugo RSS",
            "SF/Hugo", "(cpu)", "other processes' cpu s (SF, Hugo)"))
        for r in results:
            sf = r["sf"] and r["sf"][pick]
            rb = r["rb"] and r["rb"][pick]
            ed = r.get("ed") and r["ed"][pick]
            h = r["hugo"][pick] if isinstance(r["hugo"], dict) else None
            ok = "%d/%d" % (r["sf"]["n"], r["sf"]["of"]) if r["sf"] else "FAIL"
            log("%7d %-8s | %8s %8s %8s %5s | %8s %8s | %8s %8s | %9s %8s %8s | %7s %7s | %s, %s" % (
                r["n"], r["heap"], fmt(sf and sf["wall"], ".2f"), fmt(sf and sf["cpu"], ".2f"), fmt(sf and sf["rss"], ".0f"),
                ok, fmt(rb and rb["wall"], ".2f"), fmt(rb and rb["rss"], ".0f"), fmt(ed and ed["wall"], ".2f"),
                fmt(ed and ed["rss"], ".0f"),
                "skipped" if r["hugo"] == "skipped" else fmt(h and h["wall"], ".2f"), fmt(h and h["cpu"], ".2f"),
                fmt(h and h["rss"], ".0f"), fmt(sf and h and sf["wall"] / h["wall"], ".2f"),
                fmt(sf and h and sf["cpu"] / h["cpu"], ".2f"), fmt(sf and sf["other"], ".1f"), fmt(h and h["other"], ".1f")))
            fl = r.get("floor") and r["floor"][pick]
            if fl:
                log("%7s %-8s   flexmark floor: wall %.2f s, cpu %.2f s%s" % ("", "", fl["wall"], fl["cpu"], (
                    " (%.2f × Hugo's wall, %.2f × its cpu)" % (fl["wall"] / h["wall"], fl["cpu"] / h["cpu"])) if h else ""))
            if not r["sf"]:
                log("        Standfirst FAILED at N=%d: see the stderr tail above (%s)" % (r["n"], r["sf_runs"][0]["stderr_path"]))
    with open(LOG.name[:-4] + ".json", "w") as f:
        json.dump({"results": results, "exec_java": overhead}, f, indent=1)
    if overhead:
        j, m = (overhead[k] and overhead[k]["median"] for k in ("java -jar", "mvn -q compile exec:java"))
        log("\nsample archive (medians): java -jar %s s (%s MiB), mvn -q compile exec:java %s s (%s MiB): overhead %s s" % (
            fmt(j and j["wall"], ".2f"), fmt(j and j["rss"], ".0f"), fmt(m and m["wall"], ".2f"), fmt(m and m["rss"], ".0f"),
            fmt(j and m and m["wall"] - j["wall"], ".2f")))
    log("\nsaved in %s" % LOG.name)
    return 0 if all(r["sf"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
