#!/usr/bin/env python3
"""Rebuild timings of several ways to run Standfirst, measured alternately on one corpus.

    python3 src/bench/rebuilds.py CORPUS ROUNDS NAME='COMMAND' [NAME='COMMAND' ...]

CORPUS is a folder made by ../shared/bench/gen_corpus.py (its content/ is copied once per variant, so
each keeps its own output and build cache). COMMAND is how a variant starts Standfirst, without the
subcommand, e.g. 'java -jar target/standfirst.jar' or 'java -Dstandfirst.jvm=none -jar /tmp/old.jar'.
Each variant first builds its copy clean (timed once) and rebuilds it twice untimed (the second after an edit,
which makes the class-data archive), then every round runs, variant after variant:
  edit     one article's title changed, then build
  touch    the same article touched (bytes unchanged), then build: everything is reused
  none     build again with nothing changed (after the touched file's 2-second tick): the up-to-date check alone
  version  `--version`: the start-up cost alone
and the medians are printed with the clean build's time. Alternating the variants inside each round keeps a
machine whose speed drifts from favouring one of them. Every variant builds with this checkout's templates/,
or with the folder that TEMPLATES_<NAME> names (an older jar may need the theme of its own time).
"""
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates")


def run(command, args, cwd):
    start = time.monotonic()
    done = subprocess.run(command.split() + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    took = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"{command} {' '.join(args)} failed:\n{done.stderr}")
    return took


def retitle(text, prefix, replacing=""):
    """The front matter's title with prefix put before it (in place of the prefix replacing), inside its
    quotes when it has them (a title with ': ' in it must stay quoted)."""
    return re.sub(r'^title: ("?)' + re.escape(replacing), lambda m: "title: " + m.group(1) + prefix, text,
                  count=1, flags=re.M)


def build(command, folder):
    # An older Standfirst may need the theme of its own time: TEMPLATES_<variant>=folder names it.
    templates = os.environ.get("TEMPLATES_" + os.path.basename(folder), TEMPLATES)
    return run(command, ["build", "--content", "content", "--templates", os.path.abspath(templates),
                         "--output", "out"], folder)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    corpus, rounds = sys.argv[1], int(sys.argv[2])
    variants = [arg.split("=", 1) for arg in sys.argv[3:]]
    work = os.path.join(os.environ.get("BENCH_TMP", "/tmp/standfirst-rebuilds"))
    shutil.rmtree(work, ignore_errors=True)
    articles = sorted(os.listdir(os.path.join(corpus, "content", "articles")))
    edited = os.path.join("content", "articles", articles[len(articles) // 2])
    times = {name: {"clean": [], "edit": [], "touch": [], "none": [], "version": []} for name, _ in variants}
    for name, command in variants:
        folder = os.path.join(work, name)
        shutil.copytree(os.path.join(corpus, "content"), os.path.join(folder, "content"))
        times[name]["clean"].append(build(command, folder))
        build(command, folder)  # the first rebuild fills what a clean build leaves out
        # The second makes the class-data archive (ClassArchive), which keeps only what a build that renders loads.
        path = os.path.join(folder, edited)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(retitle(text, "Warm "))
        build(command, folder)
    for n in range(rounds):
        for name, command in variants:
            folder = os.path.join(work, name)
            path = os.path.join(folder, edited)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(retitle(text, f"Round {n} ", f"Round {n - 1} " if n > 0 else ""))
            times[name]["edit"].append(build(command, folder))
            os.utime(path)
            times[name]["touch"].append(build(command, folder))
            # A file saved in a build's own file-system tick is never trusted by its time (FileTimes), so
            # "nothing changed" is asked once the touched file's tick has passed, as it would be by hand.
            time.sleep(2.1)
            times[name]["none"].append(build(command, folder))
            times[name]["version"].append(run(command, ["--version"], folder))
    # A variant that ended without a class-data archive (ClassArchive) ran its rebuilds without one: say so.
    archives = {name: bool(glob.glob(os.path.join(work, name, ".standfirst-cache", "jvm", "*.jsa"))) for name, _ in variants}
    print(f"{len(articles):,} pieces, {rounds} rounds, medians in seconds (clean: one run)")
    print(f"{'variant':<16}{'clean':>8}{'edit':>8}{'touch':>8}{'none':>8}{'version':>9}")
    for name, _ in variants:
        t = times[name]
        print(f"{name:<16}{t['clean'][0]:>8.2f}" + "".join(
            f"{statistics.median(t[k]):>{9 if k == 'version' else 8}.2f}" for k in ("edit", "touch", "none", "version"))
              + ("" if archives[name] else "   (no class-data archive at the end)"))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
