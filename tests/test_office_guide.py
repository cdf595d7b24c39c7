"""The office's Vietnamese guide (docs/huong-dan-van-phong.md) works as written, in its order
(office re-trial twelve, G1–G6): its notice and schedule.toml publish as they are, the nginx
site it installs (deploy/nginx-collector.conf) serves the repository at the address communes
`trust` and the collector at the one they `enrol` with, and the collector's service reads
office.toml's database, not one of its own."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import stat
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from conftest import Run, code_block, runner_for
from servers import Collector, Postgres, free_port, start_nginx

from broadcaster import office_link
from broadcaster.station import Station
from common.mqtt import OFFICE_USER
from office.emergency import STATES

ROOT = Path(__file__).parent.parent
GUIDE = (ROOT / "docs" / "huong-dan-van-phong.md").read_text("utf-8")
DEPLOY = ROOT / "deploy"


def test_groups_are_made_by_approving_before_a_campaign_is_published_to_one() -> None:
    approve, publish = GUIDE.index("## 7. Duyệt một đài xã"), GUIDE.index("## 8. Phát hành")
    assert approve < publish < GUIDE.index("--to ven-song", publish)
    first = re.search(r"broadcaster office station approve .*", GUIDE)
    assert first and "--group ven-song --new-group" in first.group(0)


def test_the_collector_service_reads_office_toml_and_nothing_overrides_its_database() -> None:
    unit = (DEPLOY / "broadcaster-collector.service").read_text()
    settings = [line for line in unit.splitlines() if line.startswith("Environment=")]
    assert settings == ["Environment=BROADCASTER_OFFICE_CONFIG=/srv/vhtt/office.toml"]
    assert "User=broadcaster" in unit and "sudo -iu broadcaster" in GUIDE  # who owns office.toml


@pytest.fixture
def site(tmp_path: Path, postgres: Postgres) -> Iterator[tuple[str, Path]]:
    """deploy/nginx-collector.conf as installed, on loopback without TLS, in front of a real
    collector and serving a repository folder: (its address, the folder)."""
    repo, work = tmp_path / "vhtt" / "kho", tmp_path / "nginx"
    repo.parent.mkdir()
    work.mkdir()
    collector = Collector(postgres.new_database(), tmp_path / "collector")
    port = free_port()
    site = (DEPLOY / "nginx-collector.conf").read_text()
    site = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{port};", site)
    site = re.sub(r"\n\s*ssl_certificate.*", "", site)
    site = site.replace("server 127.0.0.1:8750;", f"server 127.0.0.1:{collector.port};")
    site = site.replace("/srv/vhtt/kho/", f"{repo}/")
    assert "8750" not in site and "/srv/vhtt" not in site
    nginx = start_nginx(work, port, site)
    yield f"http://127.0.0.1:{port}", repo
    nginx.terminate()
    nginx.wait(10)
    collector.stop()


def test_the_guides_campaign_publishes_and_communes_trust_and_enrol_at_its_addresses(
    tmp_path: Path, run: Run, station: Path, site: tuple[str, Path]
) -> None:
    url, repo = site
    office = runner_for(tmp_path / "nowhere")
    keys = tmp_path / "vhtt" / "khoa"
    office("keys", "init", "--keys", str(keys))
    campaign = tmp_path / "vhtt" / "chien-dich" / "phong-dich-t12"
    campaign.mkdir(parents=True)
    (campaign / "01-tiem-soi.md").write_text(code_block(GUIDE, "md"), "utf-8")
    (campaign / "schedule.toml").write_text(code_block(GUIDE, "toml"), "utf-8")
    out = office("publish", str(campaign), "--keys", str(keys), "--repo", str(repo)).stdout
    assert "tiem-soi-t12" in out and "Communes trust it with 'broadcaster trust'" in out
    # the commune, at the addresses step 6 gives: /loa for trust and sync, /nhat-ky for enrol
    assert "broadcaster trust\n  https://vhtt.example.vn/loa`" in GUIDE
    assert requests.get(f"{url}/loa/metadata/root.json", timeout=10).json()["signed"]
    run("trust", f"{url}/loa")
    synced = run("sync").stdout
    assert "tiem-soi-t12" in synced and "phong-dich-sang" in synced
    assert 'broadcaster enrol https://vhtt.example.vn/nhat-ky --commune "Tân Lập"' in GUIDE
    enrolled = office_link.enrol(Station.open(station), f"{url}/nhat-ky", "Tân Lập")
    assert enrolled.status == "pending"


def test_the_console_s_nginx_lines_in_the_guide_are_the_shipped_site_s() -> None:
    """o14web F8: whoever types §11's lines rather than copying the file gets the same site
    (the Host line kept, else a form posted through nginx is refused)."""
    section = GUIDE[GUIDE.index("## 11.") :]
    found = re.search(r"^```nginx\n(.*?)^```", section, re.M | re.S)
    assert found
    typed = {" ".join(line.split()) for line in found.group(1).splitlines()} - {"}"}
    site = (DEPLOY / "nginx-office-console.conf").read_text()
    site = (DEPLOY / "nginx-office-console.conf").read_text()
    shipped = {" ".join(line.split("#")[0].split()) for line in site.splitlines()}
    assert typed <= shipped, typed - shipped
    headers = {line for line in shipped if line.startswith("proxy_set_header")}
    assert headers and headers <= typed, headers - typed


def test_the_console_runs_as_a_user_of_its_own_that_cannot_read_the_keys(
    tmp_path: Path, vietnamese: None
) -> None:
    """o14web F5: the keys' folder belongs to broadcaster alone (700); the console's service
    runs as another user, made by the guide's commands, in the group that reads office.toml."""
    unit = (DEPLOY / "broadcaster-office-web.service").read_text()
    [user] = [line.split("=", 1)[1] for line in unit.splitlines() if line.startswith("User=")]
    assert user != "broadcaster"  # the owner of khoa/ (steps 1 and 2)
    assert f"sudo adduser --system --ingroup broadcaster --no-create-home {user}" in GUIDE
    # review14 #6: PostgreSQL knows it by a role of its own, granted what the console writes
    [db] = [line.split("=", 2)[2].strip('"') for line in unit.splitlines()
            if line.startswith('Environment="BROADCASTER_OFFICE_DB=')]  # fmt: skip
    assert db.startswith(f"postgresql://{user}@/vhtt?")
    assert f"sudo -u postgres createuser {user}\n" in GUIDE
    assert f"broadcaster office console-role {user}'" in GUIDE
    assert f"psql '{db}' -c 'UPDATE emergencies SET cancelled_at = now()'" in GUIDE
    assert f"người dùng riêng `{user}` như tệp" in GUIDE
    office = runner_for(tmp_path / "nowhere")
    office("keys", "init", "--keys", str(tmp_path / "khoa"))
    assert stat.S_IMODE((tmp_path / "khoa").stat().st_mode) == 0o700  # the group cannot enter


def test_publish_warns_when_no_notice_of_a_campaign_names_it(
    tmp_path: Path, vietnamese: None
) -> None:
    """o14web F11: the guide's notice names its campaign ('campaign_title'); one that does not
    is published with the warning the guide quotes (reports would show the folder's id)."""
    office = runner_for(tmp_path / "nowhere")
    keys, repo = tmp_path / "khoa", tmp_path / "kho"
    office("keys", "init", "--keys", str(keys))
    campaign = tmp_path / "chien-dich" / "phong-dich-t12"
    campaign.mkdir(parents=True)
    notice = code_block(GUIDE, "md")
    assert "campaign_title: " in notice
    (campaign / "01-tiem-soi.md").write_text(notice, "utf-8")
    published = office("publish", str(campaign), "--keys", str(keys), "--repo", str(repo))
    assert "campaign_title" not in published.stderr, published.stderr
    untitled = re.sub(r"campaign_title: .*\n", "", notice)
    (campaign / "01-tiem-soi.md").write_text(untitled, "utf-8")
    again = office("publish", str(campaign), "--keys", str(keys), "--repo", str(repo)).stderr
    said = "không thông báo nào của chiến dịch phong-dich-t12 có dòng 'campaign_title:'"
    assert f"cảnh báo: {said}" in again and f"`{said}…`" in GUIDE
    assert again.count("\n") == 1  # one sentence
    # o15web3 K6: its example is the title it had, never another campaign's
    assert "'campaign_title: Phòng chống dịch bệnh tháng 12'" in again, again
    other = tmp_path / "chien-dich" / "ve-sinh-t12"
    other.mkdir()
    (other / "01-ve-sinh.md").write_text(re.sub("tiem-soi|phong-dich", "ve-sinh", untitled))
    first = office("publish", str(other), "--keys", str(keys), "--repo", str(repo)).stderr
    assert "'campaign_title: <tên chiến dịch>'" in first and "Phòng chống" not in first, first


def test_the_guide_says_how_many_reports_the_broker_keeps_while_the_database_is_down() -> None:
    """Review 14 #8: the collector's reports wait at the broker (manual ack) while PostgreSQL
    is down, up to mosquitto.conf's limit, and the rest are lost: the guide gives the figure
    the shipped file has, and it holds a day of sixty emergencies to fifty communes."""
    conf = (DEPLOY / "mosquitto.conf").read_text()
    [kept] = [int(n) for n in re.findall(r"^max_queued_messages (\d+)$", conf, re.M)]
    assert f"tối đa {kept:,} báo cáo".replace(",", ".") in " ".join(GUIDE.split())
    reports = len(set(STATES.values()))  # a commune's reports of one: received, on air, done
    assert kept >= 60 * 50 * reports


PATH_CHANGED = 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
"""The inotify events systemd watches a PathChanged= file for (src/core/path.c, flags_table:
IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM/TO, IN_CREATE, IN_DELETE, IN_DELETE_SELF,
IN_MOVE_SELF); an event on the file's own watch starts the service."""


def test_mosquitto_reads_again_the_accounts_the_office_writes_in_the_guide_s_folder(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w14j's gap: Debian's Mosquitto runs as `mosquitto` and refuses the office's SIGHUP. The
    shipped path unit has systemd reload it: it watches the accounts' file that `office broker
    setup --dir` writes in the guide's folder, the guide installs both units, and a write (a
    new file renamed over the old one) is an event on the watched file, as systemd sees it."""
    section = GUIDE[GUIDE.index("## 5.") : GUIDE.index("## 6.")]
    found = re.search(r"^```sh\n(.*?)^```", section, re.M | re.S)
    assert found
    typed = " ".join(found.group(1).replace("\\\n", " ").split())
    units = ("broadcaster-broker-reload.path", "broadcaster-broker-reload.service")
    assert f"sudo cp {' '.join(f'deploy/{unit}' for unit in units)} /etc/systemd/system/" in typed
    assert f"sudo systemctl enable --now {units[0]}" in typed
    assert f"`systemctl status {units[0]}`" in section and "NOPASSWD" not in GUIDE
    service = (DEPLOY / units[1]).read_text()
    assert "\nType=oneshot\nExecStart=/usr/bin/systemctl try-reload-or-restart mosquitto" in service
    if shutil.which("systemd-analyze"):  # systemd's own reading of them (Debian 12 has it)
        verify = ["systemd-analyze", "verify", *(str(DEPLOY / unit) for unit in units)]
        checked = subprocess.run(verify, capture_output=True, text=True, check=False)
        assert checked.returncode == 0 and not checked.stderr, checked.stderr

    [folder] = [Path(f) for f in re.findall(r"--dir (\S+)", typed)]
    path_unit = (DEPLOY / units[0]).read_text().splitlines()
    watched = [Path(line.split("=", 1)[1]) for line in path_unit if line.startswith("PathChanged=")]
    assert watched and {w.parent for w in watched} == {folder}
    here = tmp_path / folder.name
    office, dsn = runner_for(tmp_path / "nowhere"), postgres.new_database()
    setup = ("office", "broker", "setup", "--db", dsn, "--url", f"mqtt://127.0.0.1:{free_port()}",
             "--dir", str(here))  # fmt: skip
    office(*setup)
    written = {f.name: f.read_text() for f in here.iterdir()}
    assert {w.name for w in watched} <= set(written)
    assert any(written[w.name].startswith(f"{OFFICE_USER}:") for w in watched)  # the accounts

    libc = ctypes.CDLL(None, use_errno=True)
    inotify = libc.inotify_init1(os.O_NONBLOCK)
    try:
        watches = {libc.inotify_add_watch(inotify, str(here / w.name).encode(), PATH_CHANGED)
                   for w in watched}  # fmt: skip
        assert -1 not in watches
        office(*setup)  # the office writes them again
        events = os.read(inotify, 4096)
    finally:
        os.close(inotify)
    seen, at = set(), 0
    while at < len(events):
        wd, _mask, _cookie, length = struct.unpack_from("iIII", events, at)
        seen.add(wd)
        at += 16 + length
    assert watches <= seen
