#!/usr/bin/env bash
# Standfirst against Hugo on the shared synthetic corpus: bash src/bench/run.sh [N ...]
# (default 1000 10000 100000; e.g. `bash src/bench/run.sh 1000` for a quick run).
# Builds target/standfirst.jar once, then runs src/bench/bench.py, which generates each corpus with
# ../shared/bench/gen_corpus.py into $BENCH_TMP (default ${TMPDIR:-/tmp}/standfirst-bench), times
# Standfirst and Hugo under /usr/bin/time -v and prints the table. Never part of `mvn verify`.
# Options are environment variables, listed at the top of src/bench/bench.py.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: /usr/bin/time (GNU time) is missing — apt-get install -y time" >&2
  exit 2
fi
if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  echo "building target/standfirst.jar (mvn -q -B -ntp package -DskipTests) ..."
  mvn -q -B -ntp package -DskipTests
fi
# The Markdown floor (see bench.py) runs a benchmark class from target/test-classes on the build's class path.
if [[ "${SKIP_FLOOR:-}" != 1 && -z "${FLOOR_CP:-}" ]]; then
  mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="${TMPDIR:-/tmp}/standfirst-bench-cp.txt" >/dev/null
  export FLOOR_CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "${TMPDIR:-/tmp}/standfirst-bench-cp.txt")"
fi
exec python3 "$ROOT/src/bench/bench.py" "$@"
