#!/usr/bin/env bash
# Make sure a headless Chromium is on PATH, for the HTML report test.
# Installs Debian's `chromium` with apt-get when it is missing and we are root
# (CI and the dev machines are). Exits 0 when chromium is available, 1 (with
# the reason on stderr) when it cannot be installed; the test then skips.
set -u
for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        exit 0
    fi
done
if [ "$(id -u)" != "0" ]; then
    echo "ensure_chromium: chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: chromium is missing and there is no apt-get to install it" >&2
    exit 1
fi
echo "ensure_chromium: installing chromium with apt-get (once per machine)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq chromium; } >/tmp/ensure_chromium.log 2>&1; then
    echo "ensure_chromium: apt-get install chromium failed; see /tmp/ensure_chromium.log" >&2
    tail -5 /tmp/ensure_chromium.log >&2
    exit 1
fi
command -v chromium >/dev/null 2>&1
