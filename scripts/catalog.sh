#!/usr/bin/env bash
# The message catalog: after adding or changing a user-facing sentence in the code, run this
# to bring common/locale/vi/LC_MESSAGES/broadcaster.po up to date (new messages appear with an
# empty translation; tests/test_i18n.py fails until each has its Vietnamese), then translate.
# Click's own words (Usage:, Missing option…) are extracted from the installed click too: click
# looks them up in our catalog (common/i18n.py), so an upgrade of click brings its new ones here.
set -euo pipefail
cd "$(dirname "$0")/.."
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
.venv/bin/pybabel -q extract -F babel.cfg -k N_ -k ngettext:1,2 --no-location --sort-output --width 100 \
    --project broadcaster -o "$pot" . "$(.venv/bin/python -c 'import click, os; print(os.path.dirname(click.__file__))')"
.venv/bin/pybabel -q update -i "$pot" -d common/locale -D broadcaster --no-fuzzy-matching --width 100 \
    --ignore-obsolete
.venv/bin/pybabel -q compile -d common/locale -D broadcaster
