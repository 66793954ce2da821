#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (and, once they exist, the
# Debian packages and code-server the workbench tests use). Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
