#!/usr/bin/env bash
# `npm test`: installs what the tests need and runs every check and test level. Each step is
# reported; a failing step does not stop the others; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export VITE_CONFIG_NATIVE_IGNORE_WARNING=true NX_NO_CLOUD=true NX_DAEMON=false NX_ISOLATE_PLUGINS=false NX_TUI=false FORCE_COLOR=0
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

passed=()
failed=()
step() {
  local name="$1"
  shift
  echo
  echo "━━ ${name}"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    echo "✔ ${name} ($((SECONDS - start)) s)"
  else
    failed+=("$name")
    echo "✘ ${name} ($((SECONDS - start)) s)"
  fi
}

# ---------- what the tests need ----------
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "▸ Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "▸ Installing Debian's Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y chromium || (apt-get update && apt-get install -y chromium)) >/tmp/hearth-apt.log 2>&1 || echo "Could not install chromium (see /tmp/hearth-apt.log)"
  else
    sudo apt-get install -y chromium >/tmp/hearth-apt.log 2>&1 || echo "Could not install chromium: run 'apt-get install -y chromium' as root"
  fi
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "▸ Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "▸ Starting Redis"
  redis-server --daemonize yes --port 6379 --save "" >/dev/null || true
fi

# ---------- static checks ----------
step "Formatting (prettier)" npx prettier --check . --log-level warn
step "Lint (zero warnings, module boundaries) and typecheck" \
  npx nx run-many -t lint typecheck --outputStyle=static --skip-nx-cache

# ---------- build and generated artefacts ----------
step "Build the API" npx webpack-cli build --config apps/api/webpack.config.js
schema_is_current() {
  local tmp
  tmp=$(mktemp --suffix=.graphql)
  node dist/apps/api/cli.js schema "$tmp" >/dev/null &&
    diff -u apps/api/schema.graphql "$tmp" || { echo "apps/api/schema.graphql is stale: run npm run schema"; rm -f "$tmp"; return 1; }
  rm -f "$tmp"
}
step "GraphQL schema is current" schema_is_current
codegen_is_current() {
  local tmp
  tmp=$(mktemp -d)
  cp -r libs/web/graphql/src/gql "$tmp/before"
  npx graphql-codegen --config libs/web/graphql/codegen.ts --silent >/dev/null || return 1
  if ! diff -ru "$tmp/before" libs/web/graphql/src/gql; then
    echo "The web's generated types were stale (now regenerated): commit libs/web/graphql/src/gql"
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$tmp"
}
step "Web types from the schema are current (codegen)" codegen_is_current

# ---------- database ----------
migrations_check() {
  local db="hearth_migrations_$$_$RANDOM"
  local url="${TEST_POSTGRES_URL%/*}/$db"
  psql "$TEST_POSTGRES_URL" -qc "CREATE DATABASE $db" || return 1
  local ok=0
  DATABASE_URL="$url" node dist/apps/api/cli.js migrate:check || ok=1
  # Every migration's down works: revert all the way to empty, then up again.
  if [ $ok = 0 ]; then
    local n
    n=$(psql "$url" -tAc "SELECT count(*) FROM migrations")
    for _ in $(seq 1 "$n"); do DATABASE_URL="$url" node dist/apps/api/cli.js migrate:revert >/dev/null || { ok=1; break; }; done
    left=$(psql "$url" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'")
    [ "$left" = 0 ] || { echo "Reverting every migration left $left tables behind"; ok=1; }
    DATABASE_URL="$url" node dist/apps/api/cli.js migrate >/dev/null || ok=1
  fi
  psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  return $ok
}
step "Migrations: no drift from the entities, full revert and re-apply" migrations_check

# ---------- tests ----------
step "Unit tests (API and web)" npx nx run-many -t test --outputStyle=static --skip-nx-cache
step "API integration tests (PostgreSQL)" npx jest --config apps/api-e2e/jest.config.js --ci
step "Embedded database (PGlite) smoke test" \
  env NODE_OPTIONS=--experimental-vm-modules npx jest --config apps/api-e2e/jest.pglite.config.js --ci
step "Build the web app" npx vite build --config apps/web/vite.config.ts --logLevel warn
step "Browser tests (Playwright, Chromium)" npx playwright test -c apps/web-e2e/playwright.config.ts

echo
echo "━━ Summary"
for s in "${passed[@]}"; do echo "  ✔ $s"; done
for s in "${failed[@]+"${failed[@]}"}"; do echo "  ✘ $s"; done
echo "${#passed[@]} passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
