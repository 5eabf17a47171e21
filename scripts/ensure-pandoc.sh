#!/usr/bin/env bash
# The tests render drafts with the real Pandoc (test/cli/export.test.ts): install Debian's package
# when it is missing. Needs root or sudo; SKIP_APT=1 skips apt. If it cannot be installed, the other
# tests still run and the Pandoc test says what to do.
set -uo pipefail
command -v pandoc >/dev/null && exit 0
if [ "${SKIP_APT:-0}" = 1 ]; then
  echo "[pandoc] not installed, and SKIP_APT=1: the Pandoc test will fail" >&2
  exit 0
fi
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq pandoc >/dev/null; then
  echo "[pandoc] installed $(pandoc --version | head -1)"
else
  echo "[pandoc] could not be installed (apt-get install pandoc): the Pandoc test will fail" >&2
fi
exit 0
