#!/usr/bin/env bash
# The test command (npm test, and CI through .ci/run): installs dependencies
# when missing, makes sure PostgreSQL and Redis answer on loopback, builds,
# lints the API contract, then runs every Jest suite. Extra arguments go to Jest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The locked versions, exactly (npm ci); install scripts are reviewed in package.json's
# allowScripts. npm ci runs the prepare script (the build).
install_dependencies() {
  npm ci --no-audit --no-fund
}

installed=0
if [ ! -d node_modules ]; then
  install_dependencies
  installed=1
fi

bash scripts/ensure-services.sh --postgres
# The dashboard's end-to-end tests drive Debian's chromium (playwright-core, no browser download).
bash scripts/ensure-chromium.sh

# Integration tests read these (libs/config validateTestEnv); Redis database 15 keeps test keys apart.
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/iwmo_test}"
export TEST_REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"

# End-to-end tests start the built apps.
if [ "$installed" -eq 0 ]; then
  npm run build
fi

# The specs are not part of the build: type-check everything, tests included.
npm run --silent typecheck

# The committed API contract, with Redocly's recommended rules (redocly.yaml): an error fails the test
# command. openapi.spec.ts checks that docs/openapi.json is what the gateway serves.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly lint --format=stylish docs/openapi.json

# PGlite loads Node built-ins with import(), which Jest's sandbox allows only with this flag.
export NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning ${NODE_OPTIONS:-}"
exec npx jest --ci "$@"
