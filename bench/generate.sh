#!/usr/bin/env bash
# Synthetic data: times `java -jar target/luoshi.jar generate OPTIONS` into a new embedded PostgreSQL (zonky, no
# Docker) or a new H2 file under target/generate, application start-up included, and counts the rows written
# (see src/test/java/org/luoshi/bench/GenerateBenchmark.java). Build the jar first: mvn -o -DskipTests package.
# Usage: bench/generate.sh postgres|h2 [--governments 31 --tasks-per-plan 311 --seed 1 --years 1]
# (31 provinces at 311 tasks a plan: 3,214 governments, 1,002,303 tasks)
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -q ${MVN_FLAGS:-} -DskipTests test-compile exec:exec@generate -Dexec.args="-Xmx2g -classpath %classpath org.luoshi.bench.GenerateBenchmark $*"
