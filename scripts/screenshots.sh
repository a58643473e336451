#!/usr/bin/env bash
# Regenerates the README screenshots of Neo4j Browser showing the built sample graph:
#
#   scripts/screenshots.sh
#
# 1. builds the bundled sample with `./ftg build` (which starts the local Neo4j when none answers),
# 2. opens Neo4j Browser (http://127.0.0.1:7474/browser/) in headless Chromium through playwright-core,
#    logs in over Bolt (bolt://127.0.0.1:7687) and runs three queries (tools/screenshots/screenshots.mjs),
# 3. writes docs/screenshots/{paper-neighbourhood,methods-evaluated-on-gsm8k,evaluated-on-graph}.png (1400x900).
#
# Needs Node.js with npm and Chromium (`apt-get install -y chromium`); playwright-core is installed into
# tools/screenshots/node_modules on first use and downloads no browser.
# Settings: NEO4J_URI and NEO4J_PASSWORD (default: src/FineTuneGraph.Cli/appsettings.json), CHROMIUM (path
# to the browser), FTG_SCREENSHOTS_OUT (output folder), FTG_SCREENSHOTS_SKIP_BUILD=1 (use the graph as it is),
# FTG_SCREENSHOTS_DEBUG=1 (print the page's console errors).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=$ROOT/tools/screenshots
die() { printf 'screenshots: error: %s\n' "$*" >&2; exit 1; }
start=$(date +%s)

command -v node >/dev/null && command -v npm >/dev/null || die "Node.js and npm are needed (apt-get install -y nodejs npm)"
if [[ -z ${CHROMIUM:-} ]]; then
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null; then CHROMIUM=$(command -v "$c"); break; fi
  done
fi
[[ -n ${CHROMIUM:-} && -x ${CHROMIUM} ]] || die "Chromium not found: run 'apt-get install -y chromium' (as root) or set CHROMIUM=/path/to/chromium"
export CHROMIUM

# The same defaults the CLI uses, so the Browser logs in where ./ftg build loaded.
settings=$ROOT/src/FineTuneGraph.Cli/appsettings.json
setting() { node -e 'const s = require(process.argv[1]); process.stdout.write(String((s.Neo4j || {})[process.argv[2]] || ""))' "$settings" "$1"; }
export NEO4J_URI=${NEO4J_URI:-$(setting Uri)}
export NEO4J_PASSWORD=${NEO4J_PASSWORD:-$(setting Password)}
export FTG_HOME=$ROOT

if [[ ! -d $TOOLS/node_modules/playwright-core ]]; then
  echo "screenshots: installing playwright-core into tools/screenshots (no browser download) ..."
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [[ ${FTG_SCREENSHOTS_SKIP_BUILD:-0} != 1 ]]; then
  echo "screenshots: ./ftg build (starts the local Neo4j if needed, loads the sample) ..."
  log=$(mktemp "${TMPDIR:-/tmp}/ftg-screenshots-build.XXXXXX")
  if ! (cd "$ROOT" && ./ftg build >"$log" 2>&1); then
    tail -n 30 "$log" >&2
    die "./ftg build failed (full output: $log)"
  fi
  rm -f "$log"
fi

node "$TOOLS/screenshots.mjs"
echo "screenshots: done in $(( $(date +%s) - start )) s"
