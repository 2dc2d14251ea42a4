#!/usr/bin/env bash
# Lints docs/api/openapi.yaml with Redocly CLI, a validator nobody here wrote, pinned in
# tests/lint/openapi/package.json (+ package-lock.json) and installed by ./run.sh deps
# (npm ci). Rules: tests/lint/openapi/redocly.yaml (recommended-strict: warnings fail too).
# A missing tool FAILS this test: it never passes without having linted.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
tool="$root/tests/lint/openapi"
redocly="$tool/node_modules/.bin/redocly"
contract="$root/docs/api/openapi.yaml"

fail() { echo "openapi_lint: FAILED: $*" >&2; exit 1; }

command -v node >/dev/null || fail "node not found (Debian package nodejs): run ./run.sh deps"
[ -x "$redocly" ] || fail "Redocly CLI not installed in $tool/node_modules: run ./run.sh deps (npm ci there)"
wanted=$(node -p "require('$tool/package.json').devDependencies['@redocly/cli']")
have=$(node -p "require('$tool/node_modules/@redocly/cli/package.json').version")
[ "$wanted" = "$have" ] || fail "Redocly CLI $have installed, $wanted pinned: run ./run.sh deps"
# Node's own engines check: Redocly CLI 2 needs Node >= 20.19.
node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)" \
    || fail "Node $(node --version) is too old for Redocly CLI $wanted (needs >= 20.19)"

# No telemetry, no update check: the lint runs offline.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1
echo "openapi_lint: Redocly CLI $have on Node $(node --version), $contract"
rc=0
report=$("$redocly" lint --config "$tool/redocly.yaml" --format=stylish "$contract" 2>&1) || rc=$?
grep -v '[╔║╚]' <<<"$report" || true
[ "$rc" -eq 0 ] || fail "Redocly CLI found problems in docs/api/openapi.yaml (above; exit $rc)"
echo "openapi_lint: docs/api/openapi.yaml lints clean"
