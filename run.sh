#!/usr/bin/env bash
# Runs the whole OrderDesk system on the embedded default: builds if needed, starts the command side (which
# starts the embedded PostgreSQL, data under ./data/), then the query side, then the console's edge (the web
# console and the one origin in front of both APIs), and prints the URLs.
# Ctrl-C stops the edge, both apps and the database cleanly. With SPRING_DATASOURCE_URL (+ _USERNAME/_PASSWORD) set,
# both apps use that PostgreSQL instead and nothing embedded is started. "./run.sh backup [directory]" and
# "./run.sh restore <directory>" back up and restore the embedded default.
set -euo pipefail
cd "$(dirname "$0")"

COMMAND_PORT="${COMMAND_SIDE_PORT:-8080}"
QUERY_PORT="${QUERY_SIDE_PORT:-8081}"
CONSOLE_PORT="${CONSOLE_PORT:-8088}"
export ORDERDESK_DATA_DIR="${ORDERDESK_DATA_DIR:-$PWD/data}"
jar() { ls "$1"/target/"$1"-*-exec.jar 2>/dev/null | head -n 1; }

# Build when a jar is missing or any source is newer than it.
if [[ -z "$(jar command-side)" || -z "$(jar query-side)" || -z "$(jar console)" ]] \
   || [[ -n "$(find pom.xml shared-events personal-data web-support command-side query-side console \
                  -newer "$(jar command-side)" -type f -not -path '*/target/*' -print -quit)" ]] \
   || [[ -n "$(find console -newer "$(jar console)" -type f -not -path '*/target/*' -print -quit)" ]]; then
  echo "Building OrderDesk (first run or sources changed)..."
  ./mvnw -q -B -DskipTests package
fi

# ./run.sh backup [directory] and ./run.sh restore <directory>: the embedded default's backup, made while OrderDesk
# runs or not, and putting one into an empty data directory (docs/operations.md#backup-and-restore).
if [[ "${1:-}" == "backup" || "${1:-}" == "restore" ]]; then
  if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
    echo "With SPRING_DATASOURCE_URL set, back up that PostgreSQL with its own tools (pg_dump, pg_basebackup)." >&2
    exit 2
  fi
  exec java ${JAVA_OPTS:-} -Dloader.main=com.orderdesk.command.backup.BackupTool -cp "$(jar command-side)" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
elif [[ $# -gt 0 ]]; then
  echo "Usage: ./run.sh   |   ./run.sh backup [directory]   |   ./run.sh restore <directory>" >&2
  exit 2
fi

LOGS="$ORDERDESK_DATA_DIR/logs"
mkdir -p "$LOGS"
# The logs of earlier runs are kept (the last ten), not overwritten: a crash is often explained by the run before.
if compgen -G "$LOGS/*.log" >/dev/null; then
  earlier="$LOGS/earlier/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$earlier" && mv "$LOGS"/*.log "$earlier"/
  ls -1dt "$LOGS"/earlier/*/ | tail -n +11 | while read -r old; do rm -rf "$old"; done
fi

APPS=(command-side query-side console)  # in the order they start; stopped in reverse
declare -A pid_of started_at backoff

stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping OrderDesk..."
  # In reverse order of starting: the edge first, then the query side, which reads from the database the
  # command side owns in the embedded default (the command side drains its requests, then stops the database).
  for (( i=${#APPS[@]}-1; i>=0; i-- )); do
    local pid="${pid_of[${APPS[$i]}]:-}"
    [[ -n "$pid" ]] || continue
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  echo "Stopped."
  exit 0
}
trap stop INT TERM EXIT

launch() { # name: starts the app in the background, its output appended to its log (a restart keeps the crash's)
  case "$1" in
    command-side)
      # The console's edge runs on this machine and relays the browser's address in X-Forwarded-For: the command
      # side believes that header only from a trusted proxy, so loopback is trusted unless ORDERDESK_TRUSTED_PROXIES
      # is set.
      ORDERDESK_TRUSTED_PROXIES="${ORDERDESK_TRUSTED_PROXIES:-127.0.0.1,::1}" \
        java ${JAVA_OPTS:-} -jar "$(jar command-side)" --server.port="$COMMAND_PORT" >>"$LOGS/command-side.log" 2>&1 &
      ;;
    query-side)
      java ${JAVA_OPTS:-} -jar "$(jar query-side)" --server.port="$QUERY_PORT" >>"$LOGS/query-side.log" 2>&1 &
      ;;
    console)
      ORDERDESK_COMMAND_SIDE_URL="${ORDERDESK_COMMAND_SIDE_URL:-http://localhost:$COMMAND_PORT}" \
      ORDERDESK_QUERY_SIDE_URL="${ORDERDESK_QUERY_SIDE_URL:-http://localhost:$QUERY_PORT}" \
        java ${JAVA_OPTS:-} -jar "$(jar console)" --server.port="$CONSOLE_PORT" >>"$LOGS/console.log" 2>&1 &
      ;;
  esac
  pid_of[$1]=$!
  started_at[$1]=$SECONDS
}

readiness() { # name
  case "$1" in
    command-side) echo "http://localhost:$COMMAND_PORT/actuator/health/readiness" ;;
    query-side) echo "http://localhost:$QUERY_PORT/actuator/health/readiness" ;;
    console) echo "http://localhost:$CONSOLE_PORT/actuator/health/readiness" ;;
  esac
}

await_ready() { # name
  for _ in $(seq 1 180); do
    if curl -fs "$(readiness "$1")" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "${pid_of[$1]}" 2>/dev/null; then echo "$1 failed to start; see $LOGS/$1.log" >&2; exit 1; fi
    sleep 1
  done
  echo "$1 did not become ready within 180 s; see $LOGS/$1.log" >&2
  exit 1
}

# After start-up, an app that exits is started again, the others keep running: after 1 s, then 2, 4 … up to 60 s
# while it keeps failing; an app that ran for 5 minutes before it exited starts again after 1 s.
supervise() {
  while true; do
    wait -n || true
    for name in "${APPS[@]}"; do
      if ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
        wait "${pid_of[$name]}" 2>/dev/null && code=0 || code=$?
        if (( SECONDS - started_at[$name] >= 300 )); then backoff[$name]=1; fi
        delay="${backoff[$name]:-1}"
        echo "$(date -u +%FT%TZ) $name exited (status $code); starting it again in ${delay} s (log: $LOGS/$name.log)" >&2
        sleep "$delay"
        backoff[$name]=$(( delay * 2 > 60 ? 60 : delay * 2 ))
        launch "$name"
      fi
    done
  done
}

echo "Starting command side (and the embedded PostgreSQL unless SPRING_DATASOURCE_URL is set)..."
launch command-side
await_ready command-side

echo "Starting query side..."
launch query-side
await_ready query-side

echo "Starting the console..."
launch console
await_ready console

cat <<INFO

  ================================================
   Open the console: http://localhost:$CONSOLE_PORT/
  ================================================

OrderDesk is running.
  Console     : http://localhost:$CONSOLE_PORT/      (also the one entry for the whole API: /api/**)
  Command API : http://localhost:$COMMAND_PORT/api   (POST /api/orders)
  Query API   : http://localhost:$QUERY_PORT/api     (GET /api/orders, GET /api/orders/{id})
  Health      : http://localhost:$COMMAND_PORT/actuator/health   http://localhost:$QUERY_PORT/actuator/health   http://localhost:$CONSOLE_PORT/actuator/health
  Metrics     : /actuator/prometheus on both
  Database    : ${SPRING_DATASOURCE_URL:-embedded PostgreSQL on localhost:${ORDERDESK_EMBEDDED_PG_PORT:-15432}, data in $ORDERDESK_DATA_DIR/postgres}
  Logs        : $LOGS/command-side.log  $LOGS/query-side.log  $LOGS/console.log
An app that exits is started again (the others keep running). Press Ctrl-C to stop.
INFO
supervise
