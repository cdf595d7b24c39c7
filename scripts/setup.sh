#!/usr/bin/env bash
# Install everything broadcaster needs on a fresh Debian/Ubuntu machine: the system packages
# (ffmpeg, espeak-ng, aplay, Liberation fonts for PDF reports: Liberation Serif has the metrics
# of Times New Roman, which Vietnamese administrative documents use, and version 2 has the
# Vietnamese letters; Python 3.11+ with venv; with --test also poppler-utils, whose pdftotext
# and pdftoppm read reports in the tests, LibreOffice Calc without its GUI, which the tests
# use to print a spreadsheet report to PDF as an office would, nginx, which the
# tests start on loopback to serve an upstream repository and front the office's collector,
# PostgreSQL, whose server the tests start as the postgres user for the collector, Mosquitto,
# the MQTT broker the tests start for emergencies and the doorbell, and
# chromium with chromium-driver, which the web console's browser tests drive), then a virtualenv
# in .venv with the pinned Python dependencies. Safe to run again: only installs what is
# missing.
# Usage: scripts/setup.sh [--test]   (--test adds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

python_ok() { "$1" -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

missing=()
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v aplay >/dev/null || missing+=(alsa-utils)
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] ||
    missing+=(fonts-liberation2)
[ "${1:-}" != "--test" ] || command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
[ "${1:-}" != "--test" ] || command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ "${1:-}" != "--test" ] || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# PostgreSQL for the office's collector: the tests run their own cluster on a Unix socket
[ "${1:-}" != "--test" ] || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null ||
    missing+=(postgresql)
# Mosquitto: the tests start their own broker on a loopback port with deploy/mosquitto.conf
[ "${1:-}" != "--test" ] || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
# libfaketime: a test sets the daemon's clock back while it runs, as a commune PC's is (NTP)
[ "${1:-}" != "--test" ] || compgen -G "/usr/lib/*/faketime/libfaketimeMT.so.1" >/dev/null ||
    missing+=(faketime)
# the web console's browser tests drive Debian's chromium (Selenium, chromium-driver)
[ "${1:-}" != "--test" ] || [ -x /usr/bin/chromedriver ] || missing+=(chromium chromium-driver)
PYTHON=python3
if ! python_ok python3; then
    # Debian ships venv separately; Ubuntu 22.04's python3 is 3.10 and needs python3.11.
    if command -v python3 >/dev/null && python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        missing+=(python3-venv)
    else
        missing+=(python3.11 python3.11-venv)
        PYTHON=python3.11
    fi
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"
stamp=".venv/.installed${extra}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing Python dependencies into .venv"
    # uv reads the registry's index pages side by side where pip reads them one after another
    # (about 80 of them: 2 to 5 minutes on a slow link, 20 s with uv); pip stays the way in
    # when uv cannot be had. Same pins, same packages; modules compiled as pip compiles them.
    # --system-certs: uv trusts the machine's certificates as apt and pip do (an office behind
    # a proxy with its own authority; uv's built-in list refuses it).
    if .venv/bin/pip install -q --disable-pip-version-check "uv==0.13.9"; then
        .venv/bin/uv pip install -q --system-certs --python .venv/bin/python --compile-bytecode \
            -e ".${extra}"
    else
        .venv/bin/pip install -q --disable-pip-version-check -e ".${extra}"
    fi
    echo "$want" > "$stamp"
fi
# The Vietnamese message catalog, compiled for gettext.
.venv/bin/pybabel -q compile -d common/locale -D broadcaster
