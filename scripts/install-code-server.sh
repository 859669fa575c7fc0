#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.100 with a Node extension host) into a cache folder outside the repo,
# without any download other than the npm registry and Debian apt, so `npm run test:e2e` can run offline.
# Idempotent: a completion marker in the cache makes later runs a no-op.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_ROOT="${SLUICE_E2E_CACHE:-$HOME/.cache/sluice-e2e}"
DEST="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$DEST/.sluice-install-complete"

log() { printf '[install-code-server] %s\n' "$*"; }
trap 'log "FAILED at line $LINENO: $BASH_COMMAND"' ERR

if [[ -f "$MARKER" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in $DEST (marker present); nothing to do"
  exit 0
fi

start=$(date +%s)

# --- Debian packages: headers for native modules (kerberos), ripgrep (replaces the GitHub download), the browser.
DEB_PACKAGES=(libkrb5-dev pkg-config ripgrep chromium)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then SUDO=(sudo); fi
  log "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
else
  log "Debian packages present: ${DEB_PACKAGES[*]}"
fi

# node-gyp would otherwise try to download Node headers from nodejs.org; use the local ones when they exist.
if [[ -z "${npm_config_nodedir:-}" ]]; then
  node_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [[ -f "$node_prefix/include/node/node.h" ]]; then
    export npm_config_nodedir="$node_prefix"
    log "using Node headers from $node_prefix/include/node"
  fi
fi
# node-pty's and argon2's install scripts call `npx node-gyp`; never prompt.
export npm_config_yes=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# --- code-server itself. Start from a clean folder so a half-finished earlier attempt cannot leak in.
if [[ -e "$DEST" ]]; then
  log "removing incomplete earlier install in $DEST"
  rm -rf "$DEST"
fi
mkdir -p "$DEST"
cd "$DEST"
printf '{"name":"sluice-e2e-code-server","private":true}\n' > package.json

log "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION (in $DEST)"
npm install --no-save --ignore-scripts --no-package-lock "code-server@$CODE_SERVER_VERSION"

VSCODE_DIR="$DEST/node_modules/code-server/lib/vscode"
[[ -d "$VSCODE_DIR" ]] || { log "missing $VSCODE_DIR after install"; exit 1; }

log "installing VS Code's own dependencies in $VSCODE_DIR"
cd "$VSCODE_DIR"
npm install --omit=dev --ignore-scripts
log "rebuilding VS Code's native modules"
npm rebuild node-pty @parcel/watcher @vscode/spdlog kerberos native-watchdog @vscode/deviceid

# @vscode/ripgrep's post-install downloads from GitHub; use Debian's binary instead.
log "linking /usr/bin/rg into @vscode/ripgrep"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

# The server resolves some modules through node_modules.asar, as in a packaged VS Code.
ln -sfn node_modules node_modules.asar

log "installing built-in extensions' dependencies"
cd "$VSCODE_DIR/extensions"
npm install --omit=dev --ignore-scripts

log "rebuilding argon2 (code-server's password hashing, loaded at start-up)"
cd "$DEST"
npm rebuild argon2

# Smoke check: the entry point exists and code-server reports its version (its default config and logs go into
# the cache, not the user's ~/.config and ~/.local/share).
version_out="$(XDG_CONFIG_HOME="$DEST/.config" XDG_DATA_HOME="$DEST/.local-share" node "$DEST/node_modules/code-server/out/node/entry.js" --version)"
log "code-server --version: ${version_out//$'\n'/ }"
grep -q "^$CODE_SERVER_VERSION" <<<"$version_out" || { log "unexpected version output"; exit 1; }

date -u +%FT%TZ > "$MARKER"
log "done in $(($(date +%s) - start)) s: $DEST"
