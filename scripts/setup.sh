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
