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
# The tests' files go to a RAM disk where there is one (/dev/shm): the station's store commits
# every change with SQLite's synchronous=FULL, and a flush to this machine's disk costs ~10 ms
# (a simulated week of airings spent 16 of its 22 s in them). No test can tell a flushed file
# from one in the page cache (a kill -9 loses neither); the PostgreSQL the tests start runs
# with fsync=off for the same reason.
if [ -z "${TMPDIR:-}" ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ]; then
    TMPDIR="$(mktemp -d /dev/shm/broadcaster-tests.XXXXXX)"
    chmod 1777 "$TMPDIR"  # as /tmp: the PostgreSQL server runs as its own user
    export TMPDIR
    trap 'rm -rf "$TMPDIR"' EXIT
fi
# The ten slowest tests are listed at the end: SLOWEST in tests/conftest.py deals the slowest
# out over the workers, keep it up to date.
.venv/bin/pytest -q -n 3 --dist worksteal --durations=10 "$@"
