#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages, the Debian packages the
# workbench and second-client tests use, and code-server. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: chromium (Playwright e2e), neovim (second LSP client), ripgrep + libkrb5-dev (code-server install)
APT_PACKAGES="chromium neovim ripgrep libkrb5-dev"
missing=""
for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

npm ci --no-audit --no-fund
npm run build

# code-server (the real VS Code workbench, for the extension's workbench tests and `npm run try`), in its
# own folder outside the project's dependencies. Offline recipe: /work/shared/docs/e2e-workbench.md.
CS_VERSION=4.100.3
CS_DIR="${BRONWIJZER_CODE_SERVER_DIR:-$PWD/.work/code-server}"
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$CS_DIR/node_modules/code-server/package.json" 2>/dev/null; then
  echo "setup: installing code-server@$CS_VERSION into $CS_DIR (about a minute)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{ "name": "bronwijzer-workbench", "private": true }' > "$CS_DIR/package.json"
  # @vscode/ripgrep would download rg from GitHub; hand it Debian's rg as a cached archive instead.
  RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$RG_CACHE"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  (cd "$CS_DIR" && npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION")
fi
