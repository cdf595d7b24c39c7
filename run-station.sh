#!/usr/bin/env bash
# The main job: install what is needed, create a sample commune station with the Bluezone
# campaign and its schedule (embedded SQLite store), then run the station daemon, with the
# web console beside it (a demo admin account with a new random password each time). A
# one-off trial slot a minute after the station is made brings the first airing right away
# (a restart adds none). Ctrl-C stops both.
# The station folder is ./demo-station (or $BROADCASTER_HOME); the console's port is 8080
# (or $BROADCASTER_WEB_PORT).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export BROADCASTER_HOME="${BROADCASTER_HOME:-$PWD/demo-station}"
bc=.venv/bin/broadcaster
if [ ! -f "$BROADCASTER_HOME/station.toml" ]; then
    # No quiet hours on the demo, so it airs whenever you try it; a real station keeps
    # the default 21:00-05:00.
    $bc init --name "Đài truyền thanh xã (mẫu)" --quiet-hours none --sample bluezone
    for id in $($bc announce list --json | .venv/bin/python -c \
            'import json, sys; print(" ".join(a["id"] for a in json.load(sys.stdin)))'); do
        $bc announce approve "$id" --by "Cán bộ văn hóa xã (mẫu)"
    done
fi
# Once: a trial airing a minute after the station is made (today only, at a free minute);
# a restart, after a power cut say, leaves her schedule as it is.
.venv/bin/python scripts/demo_trial.py
$bc rundown

# The web console, with a demo admin account whose password is new on every start (there is
# never a fixed password); it stops when this script stops.
web_user=quantri
web_port="${BROADCASTER_WEB_PORT:-8080}"
web_password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
printf '%s\n' "$web_password" | $bc user passwd "$web_user" >/dev/null 2>&1 ||
    printf '%s\n' "$web_password" | $bc user add "$web_user" --role admin
$bc web --port "$web_port" &
web_pid=$!
trap 'kill "$web_pid" 2>/dev/null || true' EXIT
# in the station's language only (o12b C3: the line was half English)
echo "Trang quản lý http://127.0.0.1:$web_port — tên đăng nhập: $web_user, mật khẩu: $web_password"
# The station's folder, given: from the repository folder a bare 'broadcaster status' asks
# ./station and says to run 'broadcaster init' (t28demo), which would make a second station.
printf 'Xem đài mẫu từ cửa sổ khác: %q --station %q status (hoặc log list, rundown)\n' \
    "$PWD/$bc" "$BROADCASTER_HOME"
$bc run
