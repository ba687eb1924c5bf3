#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests:
#   ./scripts/chromium.sh ensure
# Test tools never download a browser of their own; they use /usr/bin/chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

installed() { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }

ensure() {
  installed && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n" \
      || fd_die "the browser tests need Chromium: run 'sudo apt-get install -y chromium chromium-driver' once."
  fi
  command -v apt-get >/dev/null 2>&1 || fd_die "the browser tests need Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver); install them with your package manager."
  fd_say "installing Chromium and ChromeDriver for the browser tests (apt-get, once)"
  local log="$FD_LOGS/apt-chromium.log"
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation >"$log" 2>&1; then
    $sudo apt-get update -q >>"$log" 2>&1 || true
    $sudo apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation >>"$log" 2>&1 \
      || fd_fail_with_log "could not install chromium and chromium-driver with apt-get." "$log"
  fi
  installed || fd_fail_with_log "chromium or chromedriver is still missing after apt-get." "$log"
  fd_say "$(chromium --version 2>/dev/null | head -n 1) installed"
}

case "${1:-}" in
  ensure) ensure ;;
  *) echo "usage: $0 ensure" >&2; exit 2 ;;
esac
