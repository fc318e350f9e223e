#!/usr/bin/env bash
# Crash safety: writes through the HTTP API, SIGKILL of the server mid-run, restart, every acknowledged write
# checked (see src/test/java/org/luoshi/bench/CrashSafetyBenchmark.java). Runs on embedded PostgreSQL and on H2;
# exits non-zero when a check fails. Uses target/luoshi.jar when it is built, else the compiled classes.
# Usage: bench/crash-safety.sh [postgres] [h2]
set -euo pipefail
cd "$(dirname "$0")/.."
args="${*:-postgres h2}"
exec mvn -q ${MVN_FLAGS:-} -DskipTests test-compile exec:exec@crash-safety -Dexec.args="-classpath %classpath org.luoshi.bench.CrashSafetyBenchmark ${args}"
