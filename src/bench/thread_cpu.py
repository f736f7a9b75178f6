#!/usr/bin/env python3
"""Where a command's CPU time goes, thread by thread: the JIT's compilers, the collector, the build's own threads.

    python3 src/bench/thread_cpu.py [--rounds N] LABEL='COMMAND' [LABEL='COMMAND' ...]

Runs each command (in turn, N rounds, default 1, alternated so that a machine that slows down meets every
command alike) and, every 0.2 s while it runs, reads the CPU time (user + system) of each thread of the
process and of its children (the jar starts a second JVM) from /proc. A thread's last reading is its total;
threads are grouped by name with trailing digits dropped. Prints per run: wall time, total CPU, and the
groups that matter for a build: `java` (the main thread), `ForkJoinPool.co` (render's workers),
`search-index`, `C2 CompilerThre`, `C1 CompilerThre` and `VM Thread` (the serial collector's pauses).
Then the medians per label. Linux only. Example, the cost of search in a 10,000-piece clean build:

    python3 src/bench/thread_cpu.py --rounds 3 \\
        off='java -jar target/standfirst.jar build --no-cache --content NOSEARCH/content --output /dev/shm/o' \\
        on='java -jar target/standfirst.jar build --no-cache --content CORPUS/content --output /dev/shm/o'

The output folder is deleted before each run (it must be under /dev/shm or /tmp).
"""
import collections
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

GROUPS = ["java", "ForkJoinPool.co", "search-index", "C2 CompilerThre", "C1 CompilerThre", "VM Thread"]
TICK = os.sysconf("SC_CLK_TCK")


def children(pid):
    """pid and the processes whose parent it is."""
    out = [pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return out


def run(command):
    """Runs command; returns (wall s, {thread group: CPU s})."""
    output = command[command.index("--output") + 1] if "--output" in command else None
    if output and (output.startswith("/dev/shm/") or output.startswith("/tmp/")):
        shutil.rmtree(output, ignore_errors=True)
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    last = {}
    while process.poll() is None:
        for pid in children(process.pid):
            try:
                tasks = os.listdir("/proc/%d/task" % pid)
            except OSError:
                continue
            for task in tasks:
                try:
                    with open("/proc/%d/task/%s/stat" % (pid, task)) as f:
                        stat = f.read()
                except OSError:
                    continue
                name = stat[stat.index("(") + 1:stat.rindex(")")]
                fields = stat.rsplit(")", 1)[1].split()
                last[(pid, task)] = (re.sub(r"[0-9]+$", "", name), (int(fields[11]) + int(fields[12])) / TICK)
        time.sleep(0.2)
    wall = time.monotonic() - start
    if process.returncode != 0:
        sys.exit("failed: " + " ".join(command))
    groups = collections.Counter()
    for name, seconds in last.values():
        groups[name] += seconds
    return wall, groups


def line(label, wall, groups):
    parts = ["%-10s %6.2f s wall %6.1f s CPU" % (label, wall, sum(groups.values()))]
    parts += ["%s %.2f" % (group.strip(), groups.get(group, 0.0)) for group in GROUPS]
    return "  ".join(parts)


def main():
    args = sys.argv[1:]
    rounds = 1
    if args[:1] == ["--rounds"]:
        rounds, args = int(args[1]), args[2:]
    commands = [(a.split("=", 1)[0], shlex.split(a.split("=", 1)[1])) for a in args]
    if not commands:
        sys.exit(__doc__)
    runs = collections.defaultdict(list)
    for _ in range(rounds):
        for label, command in commands:
            wall, groups = run(command)
            runs[label].append((wall, groups))
            print(line(label, wall, groups), flush=True)
    if rounds > 1:
        print("medians of %d rounds:" % rounds)
        for label, _ in commands:
            walls = [wall for wall, _ in runs[label]]
            names = set().union(*(groups.keys() for _, groups in runs[label]))
            middle = collections.Counter({name: statistics.median(g.get(name, 0.0) for _, g in runs[label]) for name in names})
            # The total's median, not the sum of the groups' medians.
            total = statistics.median(sum(g.values()) for _, g in runs[label])
            text = line(label, statistics.median(walls), middle)
            print(re.sub(r"[0-9.]+ s CPU", "%.1f s CPU" % total, text, count=1))


if __name__ == "__main__":
    main()
