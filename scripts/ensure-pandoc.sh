#!/usr/bin/env bash
# The tests render drafts with the real Pandoc (test/core/export/pandoc.test.ts): install Debian's
# package when it is missing. Needs root or sudo; SKIP_APT=1 skips apt (the test then says what to do).
set -euo pipefail
command -v pandoc >/dev/null && exit 0
[ "${SKIP_APT:-0}" = 1 ] && { echo "[pandoc] not installed and SKIP_APT=1: the Pandoc test will fail" >&2; exit 0; }
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq pandoc >/dev/null
echo "[pandoc] installed $(pandoc --version | head -1)"
