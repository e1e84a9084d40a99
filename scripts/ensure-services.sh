#!/usr/bin/env bash
# Makes sure the services the gateway needs answer on loopback: Redis always,
# PostgreSQL (with the database iwmo_test) with --postgres. Installs Debian's
# packages when a server is missing and starts a server that is not running.
# Idempotent: on a machine where both already answer it only checks.
set -euo pipefail

REDIS_PORT=6379
PG_PORT=5432
PG_CLUSTER=main
PG_TEST_DB=iwmo_test
WAIT_SECONDS=30

want_postgres=0
for arg in "$@"; do
  case "$arg" in
    --postgres) want_postgres=1 ;;
    -h | --help)
      echo "usage: $0 [--postgres]   (Redis on 127.0.0.1:$REDIS_PORT; with --postgres also PostgreSQL on 127.0.0.1:$PG_PORT and database $PG_TEST_DB)"
      exit 0
      ;;
    *)
      echo "ensure-services: unknown argument $arg" >&2
      exit 2
      ;;
  esac
done

fail() {
  echo "ensure-services: $*" >&2
  exit 1
}

apt_updated=0
apt_install() {
  [ "$(id -u)" -eq 0 ] || fail "$* is not installed and installing needs root: apt-get install $*"
  command -v apt-get >/dev/null || fail "$* is not installed and this is not a Debian-like system"
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Polls a check function until it succeeds or WAIT_SECONDS pass.
wait_for() {
  local check=$1 deadline=$((SECONDS + WAIT_SECONDS))
  until "$check"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# ---- Redis -----------------------------------------------------------------

# Speaks RESP over bash's /dev/tcp, so the check needs no redis-cli.
redis_answers() {
  local reply
  { exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  IFS= read -r -t 2 reply <&3 || reply=
  exec 3<&- 3>&-
  [[ "$reply" == "+PONG"* ]]
}

ensure_redis() {
  local how="already running"
  if ! redis_answers; then
    if ! command -v redis-server >/dev/null; then
      apt_install redis-server
      how="installed and started"
    else
      how="started"
    fi
    # The package's own service may already have come up on install.
    if ! redis_answers; then
      # Nothing is kept on disk: queue state in a test or dev Redis is disposable.
      redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
    fi
    wait_for redis_answers || fail "Redis does not answer on 127.0.0.1:$REDIS_PORT after ${WAIT_SECONDS}s"
  fi
  echo "redis: 127.0.0.1:$REDIS_PORT answers ($how)"
}

# ---- PostgreSQL ------------------------------------------------------------

pg_answers() {
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2
}

psql_admin() {
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -w -d postgres "$@"
}

# The newest installed version that has the cluster (Debian layout).
pg_local_version() {
  local version
  for version in $(ls /etc/postgresql 2>/dev/null | sort -rV); do
    if [ -f "/etc/postgresql/$version/$PG_CLUSTER/postgresql.conf" ]; then
      echo "$version"
      return 0
    fi
  done
  return 1
}

# Test and development machines only: loopback connections as postgres without
# a password, which is what TEST_DATABASE_URL expects. Only loopback is opened.
pg_trust_loopback() {
  local version=$1 hba="/etc/postgresql/$1/$PG_CLUSTER/pg_hba.conf"
  [ -w "$hba" ] || fail "PostgreSQL refuses the password-less login and $hba is not writable"
  if ! grep -q '^# iwmo-gateway: loopback trust' "$hba"; then
    local tmp
    tmp=$(mktemp)
    {
      echo '# iwmo-gateway: loopback trust for local tests (scripts/ensure-services.sh)'
      echo 'host all all 127.0.0.1/32 trust'
      echo 'host all all ::1/128 trust'
      cat "$hba"
    } >"$tmp"
    cat "$tmp" >"$hba"
    rm -f "$tmp"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" "$PG_CLUSTER" reload
}

ensure_postgres() {
  local how="already running" version
  command -v pg_isready >/dev/null && command -v psql >/dev/null || {
    if pg_local_version >/dev/null; then apt_install postgresql-client; else apt_install postgresql; fi
  }
  if ! pg_answers; then
    if ! pg_local_version >/dev/null; then
      apt_install postgresql
      how="installed and started"
    else
      how="started"
    fi
    version=$(pg_local_version) || fail "no PostgreSQL cluster '$PG_CLUSTER' under /etc/postgresql"
    if ! pg_answers; then
      pg_ctlcluster --skip-systemctl-redirect "$version" "$PG_CLUSTER" start
    fi
    wait_for pg_answers || fail "PostgreSQL does not answer on 127.0.0.1:$PG_PORT after ${WAIT_SECONDS}s"
  fi

  if ! psql_admin -c 'SELECT 1' >/dev/null 2>&1; then
    version=$(pg_local_version) || fail "cannot log in as postgres on 127.0.0.1:$PG_PORT, and it is not a local Debian cluster"
    pg_trust_loopback "$version"
    wait_for pg_login_works || fail "still cannot log in as postgres on 127.0.0.1:$PG_PORT"
  fi

  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_TEST_DB'")" != "1" ]; then
    # Another run may create it at the same moment: only a missing database afterwards is an error.
    psql_admin -c "CREATE DATABASE $PG_TEST_DB" >/dev/null 2>&1 || true
    [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_TEST_DB'")" = "1" ] ||
      fail "could not create database $PG_TEST_DB"
  fi
  echo "postgres: 127.0.0.1:$PG_PORT answers, database $PG_TEST_DB ready ($how)"
}

pg_login_works() {
  psql_admin -c 'SELECT 1' >/dev/null 2>&1
}

ensure_redis
if [ "$want_postgres" -eq 1 ]; then
  ensure_postgres
fi
