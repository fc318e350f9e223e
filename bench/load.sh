#!/usr/bin/env bash
# Pages and API under 32 concurrent connections (wrk), each as a ratio to the same server's /actuator/health, and the
# start-up time and resident size (see src/test/java/org/luoshi/bench/LoadBenchmark.java and the README, "Under load").
# Needs wrk (Debian: apt-get install wrk). Builds target/luoshi.jar when it is missing.
# Usage: bench/load.sh [--connections N] [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/luoshi.jar ]; then
	mvn -q ${MVN_FLAGS:-} -DskipTests package
fi
exec mvn -q ${MVN_FLAGS:-} -DskipTests test-compile exec:exec@load -Dexec.args="-classpath %classpath org.luoshi.bench.LoadBenchmark $*"
