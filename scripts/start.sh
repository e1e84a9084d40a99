#!/usr/bin/env bash
# The run command (npm start): installs and builds when needed, makes sure
# Redis answers, then runs the gateway and the worker together until either
# stops or Ctrl+C / SIGTERM, which is passed on to both. With the embedded
# database the worker runs inside the gateway (PGlite serves one process), so
# only the gateway is started.
# Configuration comes from the environment (libs/config/src/env.ts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

GATEWAY=dist/apps/gateway/src/main.js
WORKER=dist/apps/worker/src/main.js

# The locked versions, exactly (npm ci); install scripts are reviewed in package.json's
# allowScripts. npm ci runs the prepare script (the build).
install_dependencies() {
  npm ci --no-audit --no-fund
}

if [ ! -d node_modules ]; then
  install_dependencies
fi

# Build when an entry point is missing or any source or build setting is newer than the build.
needs_build() {
  [ -f "$GATEWAY" ] && [ -f "$WORKER" ] || return 0
  [ -n "$(find apps libs -name '*.ts' -newer "$GATEWAY" -print -quit)" ] && return 0
  [ -n "$(find package.json package-lock.json tsconfig.json tsconfig.build.json -newer "$GATEWAY" -print -quit)" ]
}
if needs_build; then
  npm run build
fi

# PostgreSQL is the embedded PGlite unless DATABASE_URL names a server; Redis is always needed.
# A REDIS_URL elsewhere than this machine's default is the operator's to run.
case "${REDIS_URL:-redis://127.0.0.1:6379}" in
  redis://127.0.0.1:6379 | redis://127.0.0.1:6379/* | redis://localhost:6379 | redis://localhost:6379/*)
    bash scripts/ensure-services.sh
    ;;
esac

# The same rule as WORKER_MODE in libs/config/src/env.ts (an empty value counts as unset).
worker_mode=$(printf '%s' "${WORKER_MODE:-}" | tr -d '[:space:]')
database_url=$(printf '%s' "${DATABASE_URL:-}" | tr -d '[:space:]')
if [ "$worker_mode" = inline ] || { [ -z "$worker_mode" ] && [ -z "$database_url" ]; }; then
  if [ "$worker_mode" = inline ]; then why="WORKER_MODE=inline"; else why="the embedded database serves one process; set DATABASE_URL to run a separate worker"; fi
  echo "start: the delivery worker runs inside the gateway process ($why)"
  # exec: the gateway gets the signals itself and its exit status is ours.
  exec node "$GATEWAY"
fi

# Job control gives each child its own process group, so Ctrl+C reaches only
# this script, which then passes the signal on exactly once (a second signal
# would cut Nest's graceful shutdown short).
set -m
node "$GATEWAY" &
gateway=$!
node "$WORKER" &
worker=$!
set +m

stopping=""
forward() {
  stopping=$1
  kill -s "$1" "$gateway" "$worker" 2>/dev/null || true
}
trap 'forward INT' INT
trap 'forward TERM' TERM

# Wait until one child exits (or a signal arrives), then stop the other.
set +e
wait -n "$gateway" "$worker"
status=$?
if [ -z "$stopping" ]; then
  echo "start: a process exited with status $status; stopping the other" >&2
  kill -s TERM "$gateway" "$worker" 2>/dev/null
fi
for pid in "$gateway" "$worker"; do
  # wait returns early when a signal arrives; keep waiting until the process is gone.
  while kill -0 "$pid" 2>/dev/null; do wait "$pid"; done
done
# A shutdown asked for is a success; otherwise report the failure.
if [ -n "$stopping" ]; then
  exit 0
fi
exit "$status"
