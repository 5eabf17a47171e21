#!/usr/bin/env bash
# `npm run test:e2e`: the extension in a real VS Code (code-server 4.139 = VS Code 1.139), headless.
#   1. installs what it needs (test/e2e/install.sh; apt, Node 24 and code-server into $E2E_HOME);
#   2. builds and packages the extension (`npm run package`) and installs the .vsix into a fresh
#      code-server profile;
#   3. UI checks (test/e2e/ui.ts) with chromium on a throw-away copy of examples/, then the same
#      driver in Restricted Mode (workspace trust on, the folder not trusted);
#   4. the browser build (test/e2e/web.ts): the extension forced into the workbench's web-worker
#      extension host, as on vscode.dev and github.dev, its language server a web worker;
#   5. the extension-host suite (test/e2e/suite) on another copy, the packaged extension loaded as
#      the development extension.
# Each check prints PASS or FAIL; the last line is "e2e tests: N passed, M failed". Screenshots and
# VS Code's logs go to test/e2e/artifacts/ (git-ignored).
# Env: E2E_HOME (default ~/.cache/fact-check-e2e), SKIP_APT=1 (no apt-get), E2E_KEEP=1 (keep the temp
# dir), E2E_ONLY=ui|restricted|web|api (one phase).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export E2E_HOME=${E2E_HOME:-$HOME/.cache/fact-check-e2e}
ARTIFACTS=$ROOT/test/e2e/artifacts
t0=$(date +%s)
say() { echo "[e2e] $* ($(( $(date +%s) - t0 )) s)"; }

test/e2e/install.sh || { echo "e2e tests: 0 passed, 1 failed"; exit 1; }
say "installed"

# The project's own Node builds and packages; code-server runs on Node 24.
node scripts/build.mjs && node test/e2e/build.mjs && npm run --silent package >/dev/null \
  || { echo "e2e tests: 0 passed, 1 failed"; exit 1; }
VSIX=$ROOT/$(node -p "const p = require('./package.json'); p.name + '-' + p.version + '.vsix'")
say "packaged $(basename "$VSIX") ($(( $(stat -c %s "$VSIX") / 1024 )) KB)"

CS=$E2E_HOME/cs/node_modules/code-server/out/node/entry.js
NODE24=$E2E_HOME/node24/bin/node
RUN=$(mktemp -d -t fact-check-e2e.XXXXXX)
LOG=$RUN/results.log
SERVER_PID=
stop_server() {  # the whole process group: code-server, its extension hosts, our language servers
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM -- "-$SERVER_PID" 2>/dev/null
  for _ in $(seq 20); do kill -0 -- "-$SERVER_PID" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$SERVER_PID" 2>/dev/null
  SERVER_PID=
  return 0
}
cleanup() {
  stop_server
  cp -r "$RUN/user-data/logs" "$ARTIFACTS/vscode-logs" 2>/dev/null
  if [ "${E2E_KEEP:-0}" = 1 ]; then echo "[e2e] kept $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$ARTIFACTS" && mkdir -p "$ARTIFACTS"
mkdir -p "$RUN/user-data/User" "$RUN/extensions" "$RUN/xdg-runtime"
# What a user downloads: the package stays under 1 MB (the related-words table is its largest part).
if [ "$(stat -c %s "$VSIX")" -le $((1024 * 1024)) ]; then echo "PASS the .vsix is under 1 MB" | tee -a "$LOG"
else echo "FAIL the .vsix is $(( $(stat -c %s "$VSIX") / 1024 )) KB, over 1 MB" | tee -a "$LOG"; fi
# VS Code's sockets and caches go into the throw-away dir, not the system temp dir or $HOME.
export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache XDG_RUNTIME_DIR=$RUN/xdg-runtime
cat > "$RUN/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "files.autoSave": "off"
}
JSON
CS_COMMON=(--auth none --extensions-dir "$RUN/extensions" --disable-telemetry --disable-update-check --disable-getting-started-override)
CS_ARGS=("${CS_COMMON[@]}" --user-data-dir "$RUN/user-data" --disable-workspace-trust)

"$NODE24" "$CS" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$RUN/install-extension.log" 2>&1 \
  || { cat "$RUN/install-extension.log"; echo "e2e tests: 0 passed, 1 failed"; exit 1; }
EXT_DIR=$(ls -d "$RUN"/extensions/fact-check-markdown.fact-check-markdown-*/ | head -1)
EXT_DIR=${EXT_DIR%/}

# A workspace: a copy of the example draft and claims file (the repository's are never touched),
# plus a draft nobody opens, for Check All Drafts in Workspace.
workspace() {
  mkdir -p "$1" && cp examples/ukraine-call.md examples/claims.yaml test/e2e/workspace/briefing.md "$1/"
  (cd "$1" && node "$ROOT/dist/cli.js" --format json --exit-zero ukraine-call.md) > "$2"
}

# Starts code-server with the arguments "$@" on a free port, in its own process group; sets PORT.
start_server() {
  PORT=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
  setsid "$NODE24" "$CS" "$@" --bind-addr "127.0.0.1:$PORT" >>"$ARTIFACTS/code-server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && return 0; sleep 0.5; done
  echo "code-server did not start:" && tail -20 "$ARTIFACTS/code-server.log"
  return 1
}
urlencode() { node -p 'encodeURIComponent(process.argv[1])' "$1"; }
# Runs the UI driver (test/e2e/ui.ts) on workspace $1 in the running code-server; "$@" adds env.
run_ui() {
  local ws=$1
  shift
  env "$@" E2E_URL="http://127.0.0.1:$PORT/?folder=$(urlencode "$ws")" E2E_WORKSPACE="$ws" E2E_EXTENSION_DIR="$EXT_DIR" \
    E2E_ARTIFACTS="$ARTIFACTS" timeout 600 node out/e2e/ui.js 2>&1 | tee -a "$LOG"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
}

failed=0
# --- UI checks ------------------------------------------------------------------------------
workspace "$RUN/ws-ui" "$RUN/expected-ui.json"
if [ "${E2E_ONLY:-ui}" != ui ]; then :
elif start_server "${CS_ARGS[@]}"; then
  say "code-server up on port $PORT"
  run_ui "$RUN/ws-ui" E2E_EXPECTED="$RUN/expected-ui.json"
else
  failed=1
fi
stop_server
say "UI checks done"

# --- Restricted Mode ------------------------------------------------------------------------
# The extension in a workspace VS Code does not trust, whose own settings point the claims file at
# another file and cut the draft and its problems short: Restricted Mode must ignore those settings
# (only the user's count), so the findings are those of the claims file beside the draft, all of
# them, as the CLI finds them too.
workspace "$RUN/ws-restricted" "$RUN/expected-restricted.json"
mkdir -p "$RUN/ws-restricted/.vscode"
printf '{ "factCheck.claimsFile": "elsewhere.yaml", "factCheck.maxDraftLength": 1000, "factCheck.maxNumberOfProblems": 1 }\n' > "$RUN/ws-restricted/.vscode/settings.json"
printf 'claims: []\n' > "$RUN/ws-restricted/elsewhere.yaml"
(cd "$RUN/ws-restricted" && node "$ROOT/dist/cli.js" --format json --exit-zero --claims elsewhere.yaml ukraine-call.md) > "$RUN/expected-elsewhere.json"
mkdir -p "$RUN/user-data-restricted/User"
sed 's/"security.workspace.trust.enabled": false/"security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never"/' \
  "$RUN/user-data/User/settings.json" > "$RUN/user-data-restricted/User/settings.json"
if [ "${E2E_ONLY:-restricted}" != restricted ]; then :
elif start_server "${CS_COMMON[@]}" --user-data-dir "$RUN/user-data-restricted"; then
  say "code-server up on port $PORT (workspace trust on)"
  run_ui "$RUN/ws-restricted" E2E_MODE=restricted E2E_EXPECTED="$RUN/expected-restricted.json" E2E_EXPECTED_ELSEWHERE="$RUN/expected-elsewhere.json"
else
  failed=1
fi
stop_server
say "Restricted Mode checks done"

# --- browser build -------------------------------------------------------------------------
# The extension as vscode.dev and github.dev run it: "ui" kind makes the workbench run its browser
# entry in the web-worker extension host, whose language server is a web worker that reads the
# workspace through the client (workspace.fs), not the Node server beside code-server.
workspace "$RUN/ws-web" "$RUN/expected-web.json"
mkdir -p "$RUN/user-data-web/User"
sed 's/"files.autoSave": "off"/"files.autoSave": "off", "remote.extensionKind": { "fact-check-markdown.fact-check-markdown": ["ui"] }/' \
  "$RUN/user-data/User/settings.json" > "$RUN/user-data-web/User/settings.json"
if [ "${E2E_ONLY:-web}" != web ]; then :
elif start_server "${CS_COMMON[@]}" --user-data-dir "$RUN/user-data-web" --disable-workspace-trust; then
  say "code-server up on port $PORT (the extension in the browser)"
  env E2E_URL="http://127.0.0.1:$PORT/?folder=$(urlencode "$RUN/ws-web")" E2E_WORKSPACE="$RUN/ws-web" E2E_EXTENSION_DIR="$EXT_DIR" \
    E2E_EXPECTED="$RUN/expected-web.json" E2E_ARTIFACTS="$ARTIFACTS" timeout 600 node out/e2e/web.js 2>&1 | tee -a "$LOG"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
else
  failed=1
fi
stop_server
say "browser build checks done"

# --- extension-host suite -----------------------------------------------------------------
# A built workbench honours extensionDevelopmentPath/extensionTestsPath in the URL payload only
# with the smoke-test driver enabled. URIs are vscode-remote://<host:port><absolute path>.
workspace "$RUN/ws-api" "$ROOT/out/e2e/expected.json"
if [ "${E2E_ONLY:-api}" != api ]; then :
elif start_server "${CS_ARGS[@]}" --vscode-option enable-smoke-test-driver; then
  say "code-server up on port $PORT"
  payload=$(node -e 'const [a, e, t] = process.argv.slice(1); console.log(JSON.stringify([
    ["extensionDevelopmentPath", `vscode-remote://${a}${e}`], ["extensionTestsPath", `vscode-remote://${a}${t}`]]))' \
    "127.0.0.1:$PORT" "$EXT_DIR" "$ROOT/out/e2e/suite.js")
  E2E_URL="http://127.0.0.1:$PORT/?folder=$(urlencode "$RUN/ws-api")&payload=$(urlencode "$payload")" \
    timeout 600 node out/e2e/api.js 2>&1 | tee -a "$LOG"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
else
  failed=1
fi
stop_server
say "extension-host suite done"

passed=$(grep -c '^PASS ' "$LOG")
failures=$(grep -c '^FAIL ' "$LOG")
# A phase that failed without a FAIL line (a crash, a timeout) still counts as one failure.
if [ "$failed" -ne 0 ] && [ "$failures" -eq 0 ]; then failures=1; fi
echo "e2e tests: $passed passed, $failures failed"
[ "$failures" -eq 0 ]
