#!/usr/bin/env bash
# The main job: install what is needed, create a sample commune station with the Bluezone
# campaign (embedded SQLite store), air the campaign now and show the airing log.
# The station folder is ./demo-station (or $BROADCASTER_HOME).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export BROADCASTER_HOME="${BROADCASTER_HOME:-$PWD/demo-station}"
if [ ! -f "$BROADCASTER_HOME/station.toml" ]; then
    # No quiet hours on the demo, so it airs whenever you try it; a real station keeps
    # the default 21:00-05:00.
    .venv/bin/broadcaster init --name "Đài truyền thanh xã (mẫu)" --quiet-hours none --sample bluezone
fi
.venv/bin/broadcaster play --campaign bluezone
.venv/bin/broadcaster log list --limit 5
