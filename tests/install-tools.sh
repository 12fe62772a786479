#!/usr/bin/env bash
# Installs what the tests need, once: Debian's Chromium (for the official Adaptive Cards renderer
# and the playground's ui mode) and the Node packages of the shared tools. `dotnet test` runs this
# before the tests (target InstallTestTools in tests/CreditBot.Tests); it does nothing when all is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CREDITBOT_SHARED:-$ROOT/../shared}"

if [ ! -d "$SHARED/tools" ]; then
  echo "install-tools: the shared folder was not found at $SHARED (set CREDITBOT_SHARED)" >&2
  exit 2
fi

if ! command -v node >/dev/null 2>&1; then
  echo "install-tools: node (20 or later) is required" >&2
  exit 2
fi

if ! command -v chromium >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "install-tools: installing Debian's chromium"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

for tool in cards playground; do
  if [ ! -d "$SHARED/tools/$tool/node_modules" ]; then
    echo "install-tools: npm ci in $SHARED/tools/$tool"
    (cd "$SHARED/tools/$tool" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
