#!/usr/bin/env bash
# The whole test suite: install what is needed, lint and type-check, then every test (real
# ffmpeg and espeak-ng, no network).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# The tests start hundreds of Python processes (the CLI, the daemon, the collector): compile
# every module once, here, rather than in each of them (a machine may set
# PYTHONDONTWRITEBYTECODE, and then every process compiles ~100 modules again, ~0.2 s each).
unset PYTHONDONTWRITEBYTECODE
.venv/bin/python -m compileall -q -j 0 -x '/\.venv/' . >/dev/null
.venv/bin/pytest -q -n 3 --dist worksteal "$@"
