#!/usr/bin/env python3
"""CPU seconds of clean builds by two or more jars, alternating inside every round.

    ab.py CORPUS ROUNDS NAME=JAR [NAME='[/path/to/bin/java] JAR JAVA-OPTION ...' ...]

Each round runs every jar once, in turn, as `java [JAVA-OPTION ...] -jar JAR build` into an empty folder with no cache
beside it, under /usr/bin/time; prints each run's wall, user + sys and peak RSS, then per jar the
median and the range. On a shared machine CPU seconds vary much less than wall time, so compare those.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def run(spec, corpus, work):
    words = spec.split()
    java = words.pop(0) if words[0].endswith("/java") else "java"
    jar, *options = words
    out = os.path.join(work, "site")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    times = os.path.join(work, "..", os.path.basename(work) + ".time")
    subprocess.run(["/usr/bin/time", "-o", times, "-f", "%e %U %S %M", java, *options, "-jar", jar, "build",
                    "--content", os.path.join(corpus, "content"), "--output", out],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, user, sys_, rss = open(times).read().split()[-4:]
    shutil.rmtree(work, ignore_errors=True)
    return float(wall), float(user) + float(sys_), int(rss) // 1024


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    corpus, rounds = sys.argv[1], int(sys.argv[2])
    jars = [a.split("=", 1) for a in sys.argv[3:]]
    base = tempfile.mkdtemp(prefix="standfirst-ab-")
    results = {name: [] for name, _ in jars}
    for r in range(rounds):
        for name, jar in jars:
            wall, cpu, rss = run(jar, corpus, os.path.join(base, name))
            results[name].append((wall, cpu, rss))
            print("round %d %-8s wall %6.2f s  cpu %6.2f s  rss %4d MiB" % (r + 1, name, wall, cpu, rss), flush=True)
    for name, runs in results.items():
        cpus = [c for _, c, _ in runs]
        walls = [w for w, _, _ in runs]
        print("%-8s cpu median %.2f s (%.2f–%.2f), wall median %.2f s" % (
            name, statistics.median(cpus), min(cpus), max(cpus), statistics.median(walls)))
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
