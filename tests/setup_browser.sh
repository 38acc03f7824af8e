#!/usr/bin/env bash
# Chromium and a Japanese font for the report's browser test (tests/test_report_browser.py).
# Installed with apt-get only when running as root (CI: a fresh machine); never with sudo.
# Otherwise a missing browser is reported here and the test skips, except under CI=true,
# where it fails.
set -euo pipefail
if command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "setup_browser: chromium or fonts-noto-cjk missing; the browser test will be skipped." >&2
  echo "setup_browser: to run it, install them yourself: sudo apt-get install chromium fonts-noto-cjk" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 0
fi
echo "setup_browser: installing chromium and fonts-noto-cjk with apt-get (root)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
