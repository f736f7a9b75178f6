#!/usr/bin/env python3
"""What image derivatives cost a clean build: the same corpus built with and without lead images.

    python3 src/bench/images.py [N]          default N = 2000; needs target/standfirst.jar (mvn package)

Generates the shared corpus (`gen_corpus.py N`, seed 42, reused when already there), then a copy in
which every tenth article names a generated 1600×900 JPEG lead image beside it (src/bench/LeadImages.java:
gradient, shapes and grain, a different picture per piece, so the encoder does real work). Builds each
clean (empty output and cache) under /usr/bin/time, RUNS times (default 2), and prints wall, user, sys
and user + sys CPU seconds and peak RSS per run, then a rebuild of each corpus after one article's
title is edited (derivatives must come from the cache: the verbose line says how many were encoded),
and of the images corpus after one lead image is replaced by a picture of other proportions.

Environment: JAR (another build of the jar, to compare), RUNS (2), BENCH_TMP (default
$TMPDIR/standfirst-images), SHARED_BENCH (../shared/bench beside the repository), JAVA_OPTS (extra JVM
options, e.g. a JFR recording with -Dstandfirst.jvm=as-is), WIDTH, HEIGHT (1600, 900), EVERY (10).
The machine may be shared: compare runs made together.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.abspath(os.environ.get("SHARED_BENCH", os.path.join(ROOT, "..", "shared", "bench")))
TMP = os.path.abspath(os.environ.get("BENCH_TMP", os.path.join(os.environ.get("TMPDIR", "/tmp"), "standfirst-images")))
RUNS = int(os.environ.get("RUNS", "2"))
WIDTH = int(os.environ.get("WIDTH", "1600"))
HEIGHT = int(os.environ.get("HEIGHT", "900"))
EVERY = int(os.environ.get("EVERY", "10"))
JAVA_OPTS = shlex.split(os.environ.get("JAVA_OPTS", ""))
JAR = os.path.abspath(os.environ.get("JAR", os.path.join(ROOT, "target", "standfirst.jar")))


def corpus(n):
    plain = os.path.join(TMP, "corpus-%d" % n)
    if not os.path.isdir(os.path.join(plain, "content")):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--seed", "42", str(n), plain],
                       check=True, stdout=subprocess.DEVNULL)
    images = os.path.join(TMP, "corpus-%d-images-%dx%d" % (n, WIDTH, HEIGHT))
    if not os.path.isdir(os.path.join(images, "content")):
        shutil.rmtree(images, ignore_errors=True)
        shutil.copytree(plain, images)
        articles = os.path.join(images, "content", "articles")
        names = sorted(f for f in os.listdir(articles) if f.endswith(".md"))[::EVERY]
        jpegs = []
        for name in names:
            stem = name[:-3]
            path = os.path.join(articles, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            assert text.startswith("---\n"), path
            text = "---\nimage: %s-lead.jpg\nimage_alt: \"A generated picture\"\n" % stem + text[4:]
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            jpegs.append(os.path.join(articles, stem + "-lead.jpg"))
        for start in range(0, len(jpegs), 200):  # one JVM per 200 images
            subprocess.run(["java", os.path.join(ROOT, "src", "bench", "LeadImages.java"), str(WIDTH), str(HEIGHT),
                            str(start)] + jpegs[start:start + 200], check=True)
    return plain, images, len(os.listdir(os.path.join(images, "content", "articles"))) - len(os.listdir(os.path.join(plain, "content", "articles")))


def timed(content, out):
    cmd = ["java"] + JAVA_OPTS + ["-jar", JAR, "build", "--verbose", "--content", content,
                                  "--templates", os.path.join(ROOT, "templates"), "--output", out]
    timefile = out + ".time"
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", timefile] + cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if p.returncode != 0:
        sys.exit("build failed:\n" + p.stdout[-3000:] + p.stderr[-3000:])
    user, sys_, rss = open(timefile).read().split()[-3:]
    encoded = re.search(r"([\d,]+) image derivatives? encoded", p.stdout + p.stderr)
    rendered = re.search(r"([\d,]+) of [\d,]+ pages rendered", p.stdout + p.stderr)
    return (wall, float(user), float(sys_), int(rss) // 1024, encoded.group(1) if encoded else "-",
            rendered.group(1) if rendered else "-")


def row(label, r):
    wall, user, sys_, rss, encoded, rendered = r
    print("%-34s %7.1f %7.1f %6.1f %8.1f %7d %9s %9s" % (label, wall, user, sys_, user + sys_, rss, encoded, rendered),
          flush=True)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    if not os.path.exists(JAR):
        sys.exit("no target/standfirst.jar: run mvn -q -B -ntp package -DskipTests first")
    os.makedirs(TMP, exist_ok=True)
    plain, images, count = corpus(n)
    print("N=%d, %d lead images %dx%d; java %s" % (n, count, WIDTH, HEIGHT, " ".join(JAVA_OPTS)))
    print("%-34s %7s %7s %6s %8s %7s %9s %9s" % ("build", "wall s", "user s", "sys s", "cpu s", "rss MiB", "encoded",
                                                 "rendered"))
    for run in range(RUNS):
        for label, folder in (("clean, no images", plain), ("clean, images", images)):
            work = os.path.join(TMP, "out-%d-%s" % (n, "images" if folder == images else "plain"))
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
            row("%s (run %d)" % (label, run + 1), timed(os.path.join(folder, "content"), os.path.join(work, "site")))
    # Each work folder now holds its corpus's last clean build and cache: edit one title and rebuild over it.
    for label, folder in (("one title edited, no images", plain), ("one title edited, images", images)):
        work = os.path.join(TMP, "out-%d-%s" % (n, "images" if folder == images else "plain"))
        articles = os.path.join(folder, "content", "articles")
        article = os.path.join(articles, sorted(f for f in os.listdir(articles) if f.endswith(".md"))[1])
        with open(article, encoding="utf-8") as f:
            original = f.read()
        try:
            with open(article, "w", encoding="utf-8") as f:
                f.write(original.replace("title: \"", "title: \"Edited ", 1))
            row(label, timed(os.path.join(folder, "content"), os.path.join(work, "site")))
        finally:
            with open(article, "w", encoding="utf-8") as f:
                f.write(original)
    # Then one lead image replaced by another picture of other proportions, as an editor replaces a photo:
    # only the pages that show that piece should be rendered again.
    work = os.path.join(TMP, "out-%d-images" % n)
    articles = os.path.join(images, "content", "articles")
    leads = sorted(f for f in os.listdir(articles) if f.endswith("-lead.jpg"))
    jpeg = os.path.join(articles, leads[len(leads) // 2])
    with open(jpeg, "rb") as f:
        original = f.read()
    try:
        subprocess.run(["java", os.path.join(ROOT, "src", "bench", "LeadImages.java"), str(WIDTH * 3 // 4), str(HEIGHT),
                        "7"] + [jpeg], check=True)
        row("one lead image replaced, images", timed(os.path.join(images, "content"), os.path.join(work, "site")))
    finally:
        with open(jpeg, "wb") as f:
            f.write(original)

if __name__ == "__main__":
    main()
