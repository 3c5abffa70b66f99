#!/bin/sh
# Soak test (not part of CI): starts two instances of the assistant on one Redis, runs
# `./assistant soak` against them for the duration given, stops them, deletes the keys it made and
# leaves the report in target/soak-*/. See docs/OPERATIONS.md, "Soak test".
#
#   scripts/soak.sh              # 30 minutes
#   scripts/soak.sh PT2M         # a smoke run
#   scripts/soak.sh PT1H --citizens 32 --think PT2S    # options after the duration go to `soak`
#
# Environment: SOAK_REDIS_URL (redis://127.0.0.1:6379/5), SOAK_PORTS ("8081 8082"),
# SOAK_HEAP (-Xmx512m, each instance), SOAK_TTL (PT5M, assistant.conversation.ttl), SOAK_OUT (target/soak-DATE), SOAK_BUILD=1 to rebuild the jar,
# ASSISTANT_ADMIN_PASSWORD (a random one by default: the staff member the soak simulates logs in with it).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

duration=${1:-PT30M}
[ $# -gt 0 ] && shift
redis_url=${SOAK_REDIS_URL:-redis://127.0.0.1:6379/5}
prefix="soak-$(date +%s):"
ports=${SOAK_PORTS:-8081 8082}
heap=${SOAK_HEAP:--Xmx512m}
# conversations (and what each instance keeps of them) expire after this: short, so that a run
# reaches the steady state where as many expire as start, and a growing heap means a leak
ttl=${SOAK_TTL:-PT5M}
out=${SOAK_OUT:-target/soak-$(date +%Y%m%d-%H%M%S)}

if [ ! -f app/target/assistant.jar ] || [ "${SOAK_BUILD:-0}" = 1 ]; then
  echo "soak.sh: building app/target/assistant.jar"
  # without the old jar: repackaging over an existing one was seen to keep stale module jars in it
  rm -f app/target/assistant.jar app/target/assistant.jar.original
  ./mvnw -q -o -DskipTests package
fi
if [ -z "${ASSISTANT_ADMIN_PASSWORD:-}" ]; then
  ASSISTANT_ADMIN_PASSWORD="soak-$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
fi
export ASSISTANT_ADMIN_PASSWORD
mkdir -p "$out"
# a copy: a build during a long run rewrites app/target/assistant.jar under the running instances
cp app/target/assistant.jar "$out/assistant.jar"
ASSISTANT_JAR="$here/$out/assistant.jar"
case "$out" in /*) ASSISTANT_JAR="$out/assistant.jar" ;; esac
export ASSISTANT_JAR

pids=""
urls=""
cleanup() {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for pid in $pids; do
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i + 1)); done
  done
  if command -v redis-cli >/dev/null 2>&1; then
    redis-cli -u "$redis_url" --scan --pattern "${prefix}*" | xargs -r -n 500 redis-cli -u "$redis_url" del >/dev/null
    echo "soak.sh: deleted the keys under '$prefix' on $redis_url"
  else
    echo "soak.sh: redis-cli not found; delete the keys under '$prefix' on $redis_url yourself"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

n=0
for port in $ports; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  ASSISTANT_JAVA_OPTS="$heap -XX:+UseG1GC" ./assistant \
    --server.port="$port" \
    --assistant.redis.url="$redis_url" \
    --assistant.redis.prefix="$prefix" \
    --assistant.instance-id="soak-$n" \
    --assistant.public-url="http://127.0.0.1:$port" \
    --assistant.handoff.office-hours=always \
    --assistant.conversation.ttl="$ttl" \
    >"$out/instance-$n.log" 2>&1 &
  pids="$pids $!"
  urls="$urls,http://127.0.0.1:$port"
done
echo "soak.sh: instances$pids starting on ports $ports (logs in $out), keys under '$prefix'"

for port in $ports; do
  waited=0
  until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    waited=$((waited + 2))
    if [ $waited -gt 300 ]; then
      echo "soak.sh: the instance on port $port did not start in 5 minutes; see $out" >&2
      exit 1
    fi
    sleep 2
  done
done
echo "soak.sh: all instances up"

status=0
ASSISTANT_JAVA_OPTS="-Xmx256m" ./assistant soak --urls "${urls#,}" --duration "$duration" \
  --report "$out/soak.csv" --pids "$(echo $pids | tr ' ' ',')" "$@" | tee "$out/soak.txt" || status=$?
# tee hides the command's status in POSIX sh: the verdict line says it
if grep -q '^soak: verdict PASS' "$out/soak.txt"; then status=0; else status=1; fi
echo "soak.sh: report in $out/soak.txt and $out/soak.csv"
exit $status
