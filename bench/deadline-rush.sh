#!/usr/bin/env bash
# The deadline rush on an embedded PostgreSQL: every organisation's reporter submits, the approver returns, again and
# again from 32 clients; prints submissions per second and their latency, then counts none lost and none stored twice
# (src/test/java/org/luoshi/bench/DeadlineRushBenchmark.java; README, "Under load"). Exits 1 when a count is wrong.
# Builds target/luoshi.jar when it is missing. Usage: bench/deadline-rush.sh [--seconds S] [--clients N] [--java-option O]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/luoshi.jar ]; then
	mvn -q ${MVN_FLAGS:-} -DskipTests package
fi
exec mvn -q ${MVN_FLAGS:-} -DskipTests test-compile exec:exec@deadline-rush -Dexec.args="-classpath %classpath org.luoshi.bench.DeadlineRushBenchmark $*"
