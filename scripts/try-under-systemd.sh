#!/usr/bin/env bash
# Runs the README's station install and the office guide's install (docs/huong-dan-van-phong.md)
# word for word, as a technician copies them, on a throwaway copy of this machine booted by a
# real systemd: why, because the units, the sandbox lines and the install's order only show
# their faults under systemd, and a test's mock cannot show them. Each documented command is
# checked to be a line of its document before it runs, so the trial fails when the text and
# the trial part ways. Then the station airs its sample campaign under broadcaster.service,
# the consoles answer through nginx, and everything must come back after a reboot.
#
# Usage (root, Linux with user/pid/net namespaces, overlayfs and cgroup2; the package
# registries reachable, since setup.sh installs): scripts/try-under-systemd.sh station|office
# It commits nothing and touches none of this machine's services: the copy is an overlay of /
# on a tmpfs, with a network namespace holding only lo; apt-get and setup.sh run with this
# machine's network but the copy's files. At the end the copy is powered off and removed.
# The technician's source folder is a `git clone` of this checkout (its committed state;
# TRY_UNCOMMITTED=1 adds what is not committed, for trying an edit of the documents).
# This machine is not fresh: the copy first loses our users and folders, and gets sudo.
# What the documents leave to the reader is done here and said so: a station's name, a
# certificate where deploy/ looks for it, the sample campaign's slot (the tour's commands).
# Options: TRY_DIR (default /tmp/try-under-systemd), TRY_SOURCE (the checkout).
set -euo pipefail
HERE=${TRY_SOURCE:-$(cd "$(dirname "$0")/.." && pwd)}  # the checkout to clone
W=${TRY_DIR:-/tmp/try-under-systemd}
SELF=$(realpath "$0")

if [ "${1:-}" = _init ]; then
    # PID 1 of the new namespaces until it execs systemd: mount what a container needs.
    R=$W/root
    mount -t proc proc "$R/proc"
    mount -t sysfs -o ro sysfs "$R/sys"
    mount -t cgroup2 -o nsdelegate cgroup2 "$R/sys/fs/cgroup"
    mount -t tmpfs -o mode=755,size=64m tmpfs "$R/dev"
    for n in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
        IFS=: read -r name ma mi <<<"$n"
        mknod -m 666 "$R/dev/$name" c "$ma" "$mi"
    done
    mkdir -p "$R/dev/pts" "$R/dev/shm" "$R/dev/mqueue"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$R/dev/pts"
    ln -s pts/ptmx "$R/dev/ptmx"
    mount -t tmpfs -o mode=1777 tmpfs "$R/dev/shm"
    touch "$R/dev/console" "$W/console.log"
    mount --bind "$W/console.log" "$R/dev/console"
    ln -s /proc/self/fd "$R/dev/fd"
    mount -t tmpfs -o mode=755,size=256m tmpfs "$R/run"
    mount -t tmpfs -o mode=1777,size=512m tmpfs "$R/tmp"
    hostname may-thu
    cd "$R"
    mkdir -p .oldroot
    pivot_root . .oldroot
    umount -l /.oldroot
    rmdir /.oldroot
    exec env -i container=try-under-systemd TERM=dumb /lib/systemd/systemd \
        --log-target=journal-or-kmsg </dev/null >/dev/console 2>&1
fi

what=${1:?usage: scripts/try-under-systemd.sh station|office}
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
if [ "$(stat -fc %T /sys/fs/cgroup)" = cgroup2fs ]; then CG=/sys/fs/cgroup/try-under-systemd-$$
else CG=/sys/fs/cgroup/unified/try-under-systemd-$$; fi
HOLD="" BOOT="" SD=""

log() { printf '\n=== %s\n' "$*"; }

cleanup() {
    set +e
    if [ -n "$SD" ] && kill -0 "$SD" 2>/dev/null; then
        inside systemctl poweroff >/dev/null 2>&1
        for _ in $(seq 60); do kill -0 "$BOOT" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$SD" 2>/dev/null  # PID 1 of its namespace: all of it goes
    fi
    [ -n "$HOLD" ] && kill "$HOLD" 2>/dev/null && wait "$HOLD" 2>/dev/null
    find "$CG" -depth -type d -exec rmdir {} \; 2>/dev/null  # systemd leaves its groups
    rm -rf "$W/root" "$W/ovl" "$W/console.log"
    rmdir "$W" 2>/dev/null
}
trap cleanup EXIT

# A mount namespace holds the overlay, so that its upper layer outlives a boot (reboots).
mkdir -p "$W/root" "$W/ovl"
unshare --mount --propagation private bash -c "
    mount -t tmpfs -o size=6g tmpfs '$W/ovl' && mkdir '$W/ovl/up' '$W/ovl/work' &&
    mount -t overlay overlay -o 'lowerdir=/,upperdir=$W/ovl/up,workdir=$W/ovl/work' '$W/root' &&
    exec sleep infinity" &
HOLD=$!
until nsenter -t "$HOLD" -m test -e "$W/root/etc/os-release"; do sleep 0.2; done

boot() {
    mkdir -p "$CG"
    (echo "$BASHPID" >"$CG/cgroup.procs"
     exec nsenter -t "$HOLD" -m unshare --pid --fork --net --uts --ipc --cgroup --mount \
         --propagation private "$SELF" _init) &
    BOOT=$!
    SD=""
    until [ -n "$SD" ]; do sleep 0.2; SD=$(ps -o pid= --ppid "$BOOT" | tr -d ' '); done
    until inside test -S /run/systemd/private 2>/dev/null; do sleep 0.2; done
    inside systemctl is-system-running --wait || true
}
# the container (own network: lo only) and the container with this machine's network
inside() { nsenter -t "$SD" -m -p -n -u -i -C -r -w env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }
online() { nsenter -t "$SD" -m -p -u -i -C -r -w env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }

# reboot_it: the container reboots; back once systemd runs again (everything must come back)
reboot_it() {
    log "reboot"
    inside systemctl reboot || true
    wait "$BOOT" 2>/dev/null || true
    boot
}

# written_in FILE LINE...: stops the trial unless each LINE is in FILE as written (what the
# reader copies is what runs)
written_in() {
    local file=$1 line
    shift
    for line in "$@"; do
        grep -qF -- "$line" "$HERE/$file" || { echo "NOT IN $file: $line" >&2; exit 1; }
    done
}

# doc FILE [--online] [--stdin TEXT] LINE...: each LINE must be in FILE as written; then they
# run together, as root's shell, in the folder the last documented command left it in.
doc() {
    local file=$1 how=inside input=""
    shift
    [ "$1" = --online ] && { how=online; shift; }
    [ "$1" = --stdin ] && { input=$2; shift 2; }
    local fill=""
    [ "$1" = --fill ] && { fill=$2; shift 2; }
    written_in "$file" "$@"
    local cmd
    cmd=$(printf '%s\n' "$@")
    [ -z "$fill" ] || cmd=${cmd//…/$fill}  # the one word the document leaves to the reader
    printf '%s\n' "$cmd" | sed 's/^/  $ /'
    printf '%s' "$input" | $how bash -c "cd \"\$(cat /root/.try-cwd 2>/dev/null || echo /root)\"
$cmd
rc=\$?; pwd >/root/.try-cwd; exit \$rc"
}

# login HOST NAME PASSWORD: log in through nginx (TLS, the self-signed certificate) and print
# the page the log-in lands on; post HOST PATH: send the form of that page as it stands
# (its hidden fields: the CSRF token, the one-time key), logged in
login() {
    inside rm -f "/root/jar-$1"
    for _ in $(seq 30); do  # a console just started takes a few seconds to listen
        inside curl -skf --resolve "$1:443:127.0.0.1" -o /dev/null "https://$1/login" && break
        sleep 1
    done
    post "$1" /login --data-urlencode "name=$2" --data-urlencode "password=$3"
}
post() {
    local host=$1 path=$2
    shift 2
    # shellcheck disable=SC2046  # the fields are words
    inside $(browser "$host") -H "Referer: https://$host$path" \
        $(inside $(browser "$host") "https://$host$path" | hidden) "$@" -L "https://$host$path"
}
# browser HOST: curl with the log-in's cookies; hidden: a page's hidden fields as curl's words
browser() { echo "curl -skf --resolve $1:443:127.0.0.1 -c /root/jar-$1 -b /root/jar-$1"; }
hidden() {
    grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' |
        sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/--data-urlencode \1=\2/' | sort -u
}

station() {
    local B=/opt/broadcaster/.venv/bin/broadcaster S=/var/lib/broadcaster/station PW=matkhau-quantri-1
    log "README, the station daemon"
    doc README.md 'sudo useradd --system --groups audio --home /var/lib/broadcaster broadcaster'
    doc README.md 'sudo install -d -o broadcaster -g broadcaster -m 750 /var/lib/broadcaster'
    doc README.md --online \
        'sudo cp -r . /opt/broadcaster && cd /opt/broadcaster && sudo rm -rf .venv && sudo ./scripts/setup.sh'
    doc README.md --fill "Xã Hà Lai" \
        'sudo -u broadcaster /opt/broadcaster/.venv/bin/broadcaster --station /var/lib/broadcaster/station init --name "…"'
    doc README.md 'sudo cp deploy/broadcaster.service /etc/systemd/system/'
    doc README.md 'sudo systemctl daemon-reload && sudo systemctl enable --now broadcaster'
    log "README, the web console"
    doc README.md --stdin "$PW"$'\n' \
        'sudo -u broadcaster /opt/broadcaster/.venv/bin/broadcaster --station /var/lib/broadcaster/station user add quantri --role admin'
    doc README.md 'sudo cp deploy/broadcaster-web.service /etc/systemd/system/'
    doc README.md 'sudo systemctl daemon-reload && sudo systemctl enable --now broadcaster-web'
    doc README.md \
        'sudo openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=loa.tanlap.lan" \' \
        '    -addext "subjectAltName=DNS:loa.tanlap.lan" -keyout /etc/ssl/private/loa.key -out /etc/ssl/certs/loa.pem' \
        'sudo cp deploy/nginx-station-console.conf /etc/nginx/sites-enabled/loa.conf' \
        'sudo nginx -t && sudo systemctl reload nginx'
    log "the sample campaign, on a slot a minute from now (the tour's commands, as the daemon's user)"
    local at
    at=$(inside env TZ=Asia/Ho_Chi_Minh date -d '+120 sec' +%H:%M)  # the station's time zone
    inside sudo -u broadcaster $B --station $S announce add /opt/broadcaster/broadcaster/samples/bluezone/01-cai-dat-bluezone.md
    inside sudo -u broadcaster $B --station $S announce approve --campaign bluezone --by "Cán bộ văn hóa xã"
    inside sudo -u broadcaster $B --station $S config set quiet_hours none
    inside sudo -u broadcaster $B --station $S schedule add thu --at "$at" --campaign bluezone --max-minutes 10
    station_check "$at"
    console_emergency
    reboot_it
    station_check ""
}

# The console airs an emergency itself when the daemon does not run (README, "Emergency"),
# under broadcaster-web.service's sandbox: Trang chủ's form, its confirmation, then the log.
console_emergency() {
    local B=/opt/broadcaster/.venv/bin/broadcaster S=/var/lib/broadcaster/station
    local u=https://loa.tanlap.lan c page
    log "the daemon stopped, an emergency typed on Trang chủ: the console airs it itself"
    c=$(browser loa.tanlap.lan)
    inside systemctl stop broadcaster
    login loa.tanlap.lan quantri matkhau-quantri-1 >/dev/null
    # shellcheck disable=SC2046  # the fields are words
    page=$(inside $c -H "Referer: $u/" $(inside $c "$u/" | hidden) \
        --data-urlencode "text=Khẩn cấp: thử loa từ trang chủ." "$u/emergency")
    grep -o 'Bộ phát tự động đang không chạy[^<]*' <<<"$page"
    # shellcheck disable=SC2046
    inside $c -H "Referer: $u/emergency" $(hidden <<<"$page") -L "$u/emergency/send" |
        grep -o 'Đã phát thông báo khẩn cấp[^<]*'
    inside sudo -u broadcaster $B --station $S log list | tail -n 1
    inside systemctl start broadcaster
}

station_check() {
    local B=/opt/broadcaster/.venv/bin/broadcaster S=/var/lib/broadcaster/station
    inside systemctl is-active broadcaster broadcaster-web nginx
    exposure broadcaster broadcaster-web
    # no sound card here, so no airing shows the daemon (or the console, airing an emergency
    # when the daemon is down) still reaching one: systemd's own view of their devices does:
    # every device (no DeviceAllow= line: none listed), /dev and /sys as they are
    local unit devices
    for unit in broadcaster broadcaster-web; do
        devices=$(inside systemctl show -p DevicePolicy -p DeviceAllow -p PrivateDevices \
            -p ProtectKernelTunables $unit | sort)
        echo "$unit: "$devices
        [ "$devices" = $'DevicePolicy=auto\nPrivateDevices=no\nProtectKernelTunables=no' ] ||
            { echo "$unit.service withholds a device or /sys from the sound card's user" >&2; exit 1; }
    done
    if [ -n "$1" ]; then
        echo "waiting for the airing at $1"
        until inside sudo -u broadcaster $B --station $S log list | grep -q "aired\|đã phát"; do sleep 5; done
    fi
    inside sudo -u broadcaster $B --station $S log list | tail -n 3
    # Trang chủ's status and what needs attention: this copy has no sound card, so the one
    # item allowed is that the airings went to a file
    local home
    home=$(login loa.tanlap.lan quantri matkhau-quantri-1 |
        sed -n '/role="\(status\|alert\)"\|id="warnings"/,/<\/section>/p' | sed 's/<[^>]*>//g' |
        grep -v '^[[:space:]]*$')
    echo "$home"
    grep -q 'Đài đang hoạt động bình thường' <<<"$home" || {
        grep -q 'Đài đang chạy: ' <<<"$home" && grep -q 'Cần chú ý 1$' <<<"$home" &&
            grep -q 'không thấy card âm thanh' <<<"$home"
    }
}

# officer [--stdin TEXT] LINE...: typed by the officer in the shell of step 1
# (`sudo -iu broadcaster`, then `cd /srv/vhtt`), each line checked against the guide
officer() {
    local G=docs/huong-dan-van-phong.md input=""
    [ "$1" = --stdin ] && { input=$2; shift 2; }
    written_in "$G" "$@"
    printf '%s\n' "$@" | sed 's/^/  broadcaster$ /'
    { printf '%s\n' 'cd /srv/vhtt' "$@"; printf '%s' "$input"; } | inside sudo -iu broadcaster
}

# a self-signed certificate where a file of deploy/ looks for it: the "sửa chứng chỉ" that the
# guide leaves to the technician (his own certificate, or one from Let's Encrypt)
certificate() {  # NAME CERT KEY [GROUP]
    inside openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$1" \
        -addext "subjectAltName=DNS:$1" -keyout "$3" -out "$2" 2>/dev/null
    [ -z "${4:-}" ] || inside bash -c "chgrp $4 '$3' && chmod 640 '$3'"
}

# refused WORDS LINE: a line of the guide that must fail, saying WORDS
refused() {
    local out
    if out=$(doc docs/huong-dan-van-phong.md "$2" 2>&1); then echo "$out"; return 1; fi
    echo "$out"
    grep -qF -- "$1" <<<"$out"
}

office() {
    local G=docs/huong-dan-van-phong.md
    log "guide, step 1"
    doc $G --online \
        'sudo cp -r . /opt/broadcaster && cd /opt/broadcaster && sudo rm -rf .venv && sudo ./scripts/setup.sh'
    doc $G 'sudo ln -sf /opt/broadcaster/.venv/bin/broadcaster /usr/local/bin/broadcaster'
    doc $G --stdin $'matkhau-vp-12345\nmatkhau-vp-12345\nVăn phòng\n\n\n\n\nY\n' 'sudo adduser broadcaster'
    doc $G 'sudo mkdir -p /srv/vhtt && sudo chown broadcaster: /srv/vhtt'
    grep -qF 'sudo -iu broadcaster' "$HERE/$G"
    log "guide, step 2"
    officer 'broadcaster keys init --keys khoa'
    log "guide, step 3"
    doc $G --online --stdin $'Y\n' 'sudo apt-get install postgresql'
    doc $G 'sudo -u postgres createuser broadcaster'
    doc $G 'sudo -u postgres createdb -O broadcaster vhtt'
    log "guide, step 4"
    officer 'broadcaster office init --db "postgresql://broadcaster@/vhtt?host=/run/postgresql" \' \
        '    --keys khoa --repo kho \' \
        '    --issuer "PHÒNG VĂN HÓA VÀ THÔNG TIN" --parent "UBND HUYỆN HÀ TRUNG" \' \
        '    --place "Hà Trung" --signer "TRƯỞNG PHÒNG"'
    log "guide, step 5"
    doc $G --online --stdin $'Y\n' 'sudo apt-get install mosquitto'
    doc $G 'sudo cp deploy/mosquitto.conf /etc/mosquitto/mosquitto.conf     # sửa các dòng chứng chỉ'
    certificate loa.vhtt.example.vn /etc/mosquitto/certs/loa.example.vn.crt \
        /etc/mosquitto/certs/loa.example.vn.key mosquitto
    doc $G 'sudo mkdir -p /etc/mosquitto/broadcaster' \
        'sudo chown broadcaster:mosquitto /etc/mosquitto/broadcaster' \
        'sudo chmod 2750 /etc/mosquitto/broadcaster'
    officer 'broadcaster office broker setup --url mqtts://loa.vhtt.example.vn:8883 \' \
        '    --office-url mqtt://127.0.0.1:1883 --dir /etc/mosquitto/broadcaster \' \
        '    --pid-file /run/mosquitto/mosquitto.pid'
    doc $G 'sudo systemctl restart mosquitto'
    doc $G 'sudo cp deploy/broadcaster-broker-reload.path deploy/broadcaster-broker-reload.service \' \
        '    /etc/systemd/system/' \
        'sudo systemctl daemon-reload && sudo systemctl enable --now broadcaster-broker-reload.path'
    log "guide, step 6"
    doc $G 'sudo cp deploy/broadcaster-collector.service /etc/systemd/system/' \
        'sudo systemctl daemon-reload && sudo systemctl enable --now broadcaster-collector'
    certificate vhtt.example.vn /etc/ssl/certs/vhtt.example.vn.pem /etc/ssl/private/vhtt.example.vn.key
    doc $G 'sudo cp deploy/nginx-collector.conf /etc/nginx/sites-enabled/vhtt.conf' \
        'sudo nginx -t && sudo systemctl reload nginx'
    log "guide, step 11"
    officer --stdin $'matkhau-mai-12345\n' \
        'broadcaster office user add mai --role admin --full-name "Nguyễn Thị Mai"'
    officer --stdin $'matkhau-ha-12345\n' 'broadcaster office user add ha --role viewer'
    doc $G 'sudo adduser --system --ingroup broadcaster --no-create-home broadcaster-office-web' \
        'sudo -u postgres createuser broadcaster-office-web' \
        "sudo -iu broadcaster sh -c 'cd /srv/vhtt && broadcaster office console-role broadcaster-office-web'" \
        "sudo -u broadcaster-office-web psql 'postgresql://broadcaster-office-web@/vhtt?host=/run/postgresql' -c 'SELECT count(*) FROM stations'"
    # the two checks that must be refused
    refused 'permission denied' "sudo -u broadcaster-office-web psql 'postgresql://broadcaster-office-web@/vhtt?host=/run/postgresql' -c 'UPDATE emergencies SET cancelled_at = now()'    # phải báo: permission denied"
    refused 'Permission denied' 'sudo -u broadcaster-office-web ls /srv/vhtt/khoa    # phải báo: Permission denied'
    doc $G 'sudo cp deploy/broadcaster-office-web.service /etc/systemd/system/' \
        'sudo systemctl daemon-reload && sudo systemctl enable --now broadcaster-office-web'
    certificate quanly.vhtt.example.vn /etc/ssl/certs/quanly.vhtt.example.vn.pem \
        /etc/ssl/private/quanly.vhtt.example.vn.key
    doc $G 'sudo cp deploy/nginx-office-console.conf /etc/nginx/sites-enabled/quanly.conf' \
        'sudo nginx -t && sudo systemctl reload nginx'
    office_check
    office_work
    reboot_it
    office_check
}

office_work() {
    log "a campaign published (README's line) and served through nginx"
    printf '%s\n' 'cd /srv/vhtt' 'mkdir -p chien-dich' \
        'cp -r /opt/broadcaster/broadcaster/samples/bluezone chien-dich/' \
        'broadcaster publish chien-dich/bluezone' | inside sudo -iu broadcaster
    grep -qF 'broadcaster publish chien-dich/bluezone' "$HERE/README.md"
    inside curl -skf --resolve vhtt.example.vn:443:127.0.0.1 -o /dev/null \
        -w 'https://vhtt.example.vn/loa/metadata/timestamp.json: %{http_code}\n' https://vhtt.example.vn/loa/metadata/timestamp.json
    log "a commune's station enrols with the collector (on loopback) and is approved (step 7)"
    local out id key
    inside /opt/broadcaster/.venv/bin/broadcaster --station /root/xa init --name "Tân Lập" >/dev/null
    out=$(inside /opt/broadcaster/.venv/bin/broadcaster --station /root/xa enrol http://127.0.0.1:8750 \
        --commune "Tân Lập")
    echo "$out"
    key=$(grep -o '[0-9]\{5\}\(-[0-9]\{5\}\)\{3\}' <<<"$out" | tail -n 1)
    printf '%s\n' 'cd /srv/vhtt' \
        "$(sed "s/31615-…/$key/" <<<'broadcaster office station approve 31615-… --group ven-song --new-group')" |
        inside sudo -iu broadcaster
    grep -qF 'broadcaster office station approve 31615-… --group ven-song --new-group' "$HERE/docs/huong-dan-van-phong.md"
    log "an emergency (step 10), cancelled from the console: the collector signs the cancel"
    out=$(officer 'broadcaster office emergency --text "Khẩn cấp: bão số 3 đổ bộ, bà con vào nơi trú ẩn ngay." --by mai')
    echo "$out"
    id=$(grep -o 'emergency status [0-9a-f-]*' <<<"$out" | cut -d' ' -f3)
    login quanly.vhtt.example.vn mai matkhau-mai-12345 >/dev/null
    post quanly.vhtt.example.vn "/emergencies/$id/cancel" | grep -o 'Đã yêu cầu hủy[^<]*' | head -1
    for _ in $(seq 60); do
        out=$(printf '%s\n' 'cd /srv/vhtt' "broadcaster office emergency status $id" | inside sudo -iu broadcaster)
        grep -q 'ã hủy lúc' <<<"$out" && break
        sleep 1
    done
    echo "$out"
    inside journalctl -u broadcaster-collector -o cat --no-pager | tail -n 6
    grep -q 'ã hủy lúc' <<<"$out"  # Đã hủy lúc …, bởi …
    log "the month's report from the console (made in its own /tmp, under its sandbox)"
    local c
    c=$(browser quanly.vhtt.example.vn)
    inside $c -o /root/bao-cao.pdf https://quanly.vhtt.example.vn/report.pdf
    inside $c -o /root/bao-cao.xlsx https://quanly.vhtt.example.vn/report.xlsx
    inside ls -l /root/bao-cao.pdf /root/bao-cao.xlsx
    [ "$(inside head -c 5 /root/bao-cao.pdf)" = %PDF- ] && [ "$(inside head -c 2 /root/bao-cao.xlsx)" = PK ]
    log "the collector's writes: the broker's accounts at its start, Mosquitto told to reload"
    inside ls -l /etc/mosquitto/broadcaster
    inside journalctl -u broadcaster-broker-reload.service -o cat --no-pager | tail -n 4
}

# exposure UNIT...: systemd's own score of each unit's sandbox (0 tight, 10 open)
exposure() {
    local u
    for u in "$@"; do
        inside systemd-analyze security --no-pager "$u" | tail -n 1
        # a call the sandbox refuses fails with EPERM, which a program may survive quietly
        inside journalctl -u "$u" -o cat --no-pager | grep -i 'not permitted\|permission denied' || true
    done
}

office_check() {
    inside systemctl is-active postgresql mosquitto nginx broadcaster-broker-reload.path \
        broadcaster-collector broadcaster-office-web
    exposure broadcaster-collector broadcaster-office-web
    login quanly.vhtt.example.vn mai matkhau-mai-12345 | grep -o 'Đăng xuất' | head -1
}

log "boot 1"
boot
inside systemd-detect-virt || true
# This machine is not fresh: what the host already has of ours goes, and sudo comes.
inside bash -c 'for u in broadcaster-office-web broadcaster; do userdel "$u" 2>/dev/null || true; done
    groupdel broadcaster 2>/dev/null || true
    rm -rf /opt/broadcaster /var/lib/broadcaster /srv/vhtt /etc/mosquitto/broadcaster /usr/local/bin/broadcaster'
inside test -x /usr/bin/sudo || online bash -c 'apt-get update -q && apt-get install -y -q sudo' >/dev/null
# the technician's source folder: a clone of this branch (with what is not yet committed,
# TRY_UNCOMMITTED=1, while the documents are being put right)
nsenter -t "$HOLD" -m git clone -q "$HERE" "$W/root/root/broadcaster"
[ -z "${TRY_UNCOMMITTED:-}" ] ||
    git -C "$HERE" diff HEAD | nsenter -t "$HOLD" -m git -C "$W/root/root/broadcaster" apply
echo /root/broadcaster | inside tee /root/.try-cwd >/dev/null

"$what"
log "done: every step ran as written"
