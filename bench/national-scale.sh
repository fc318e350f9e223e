#!/usr/bin/env bash
# The national-scale reads: generates about a million tasks into an embedded PostgreSQL (java -jar target/luoshi.jar
# generate), starts the server on it and times an organisation's tasks, the matrix, the binding indicators and a
# province's annual report one request at a time (src/test/java/org/luoshi/bench/NationalScaleBenchmark.java; README,
# "Under load"). Builds target/luoshi.jar when it is missing.
# Usage: bench/national-scale.sh [generate options, default --governments 31 --tasks-per-plan 311]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/luoshi.jar ]; then
	mvn -q ${MVN_FLAGS:-} -DskipTests package
fi
exec mvn -q ${MVN_FLAGS:-} -DskipTests test-compile exec:exec@national-scale -Dexec.args="-classpath %classpath org.luoshi.bench.NationalScaleBenchmark $*"
