#!/usr/bin/env bash
# Start-up until the first answered request (/actuator/health/readiness answers 200) and the resident size then, on
# the embedded database with the seed plan: the first start (which imports the demo), restarts of target/luoshi.jar
# as the README starts it, restarts with class-data sharing (Spring Boot's extracted layout and a CDS archive
# written by a training run), and the same with the client compiler only (-XX:TieredStopAtLevel=1, quicker to start,
# slower under load). Prints, never fails on a figure. README, "Start-up and memory".
# Builds target/luoshi.jar when it is missing. Usage: bench/startup.sh [restarts, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/luoshi.jar ]; then
	mvn -q ${MVN_FLAGS:-} -DskipTests package
fi
restarts=${1:-3}
jar=$(pwd)/target/luoshi.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=${PORT:-18090}

# starts the command in the work directory, waits for readiness, prints seconds and resident MB, stops it
measure() {
	local start end pid rss
	start=$(date +%s%N)
	(cd "$work" && exec "$@" --server.port="$port" > "$work/server.log" 2>&1) &
	pid=$!
	until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
		if ! kill -0 "$pid" 2> /dev/null; then
			echo "startup: the server stopped; its log:" >&2
			tail -30 "$work/server.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	end=$(date +%s%N)
	rss=$(($(ps -o rss= -p "$pid") / 1024))
	kill "$pid"
	wait "$pid" 2> /dev/null || true
	echo "$(( (end - start) / 1000000 )) $rss"
}

report() {
	local label=$1
	shift
	local line
	line=$(measure "$@")
	printf '%-48s %6.1f s  %4d MB\n' "$label" "$(echo "${line% *} / 1000" | bc -l)" "${line#* }"
}

echo "startup: $(date -I), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
report "first start (imports the demo)" java -jar "$jar"
for i in $(seq 1 "$restarts"); do
	report "restart $i: java -jar target/luoshi.jar" java -jar "$jar"
done

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
# the training run stops once the context has refreshed and writes the classes it loaded into the archive
(cd "$work" && java -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh \
	-jar "$work/app/luoshi.jar" --server.port="$port" > "$work/training.log" 2>&1)
for i in $(seq 1 "$restarts"); do
	report "restart $i: extracted, -XX:SharedArchiveFile" java -XX:SharedArchiveFile="$work/app/app.jsa" \
		-jar "$work/app/luoshi.jar"
done
for i in $(seq 1 "$restarts"); do
	report "restart $i: the same, -XX:TieredStopAtLevel=1" java -XX:SharedArchiveFile="$work/app/app.jsa" \
		-XX:TieredStopAtLevel=1 -jar "$work/app/luoshi.jar"
done
