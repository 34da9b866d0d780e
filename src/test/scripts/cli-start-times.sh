#!/bin/sh
# Start-up of the command line with and without lazy beans and the class-data-sharing archive,
# interleaved in one run (docs/performance.md, "Start-up of the command line"). Needs the
# packaged jar (./mvnw -DskipTests package) and a running serve:
#   java -jar target/apparatus.jar serve --store STORE --bolt-port 17687
#   src/test/scripts/cli-start-times.sh STORE bolt://127.0.0.1:17687 [ROUNDS]
# Prints one line per run: variant, command, wall-clock seconds, CPU seconds, load average.
set -eu
store=$1
uri=$2
rounds=${3:-1}
out=$(mktemp -d)
without="java -Dspring.main.lazy-initialization=false -jar target/apparatus.jar"
with="java -XX:SharedArchiveFile=target/cds/apparatus.jsa -jar target/cds/apparatus.jar"
run() {
	variant=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$out/time" $cmd "$@" >/dev/null 2>"$out/err" || { cat "$out/err"; exit 1; }
	read -r wall user sys <"$out/time"
	printf '%-8s %-28s %6.1f s wall %6.1f s CPU  load %s\n' "$variant" "$*" "$wall" \
		"$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
}
i=0
while [ "$i" -lt "$rounds" ]; do
	for args in "analyze --as-of 2025-02-28" "audit" "scenario list" "export --as-of 2025-02-28 $out/export"; do
		for variant in without with; do
			if [ "$variant" = with ]; then cmd=$with; else cmd=$without; fi
			rm -rf "$out/export"
			# shellcheck disable=SC2086
			run "$variant" $args --uri "$uri" --store "$store"
		done
	done
	i=$((i + 1))
done
rm -rf "$out"
