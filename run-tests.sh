#!/usr/bin/env bash
# The whole test suite: install what is needed, lint and type-check, then every test (real
# ffmpeg and espeak-ng, no network).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest -q -n 3 "$@"
