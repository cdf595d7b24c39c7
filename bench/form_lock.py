"""Benchmark: how long each console form that changes the store holds its write lock.

While a form holds the lock, an airing that starts waits (the daemon's first write), so a
form's slow part (ffmpeg on a phone's recording, a password hash, fetching an office's
root.json) must come before its short transaction. Each form is sent once through Flask's
test client on a small station, with what a commune sends: a typed notice, a 3-minute m4a
recorded on a phone, a 10-second jingle, new passwords, an office's root.json from a web
address that answers after `--office-delay` seconds (a poor line). For each form: the
longest write transaction of its request (what another writer may wait), and the whole
request.

    .venv/bin/python bench/form_lock.py [--office-delay 1.0]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from web_pages import PASSWORD, console_station

from announcements.audio import tool_path
from broadcaster import store
from broadcaster.station import Station
from upstream.keys import init_keys
from upstream.repository import Repository
from web import create_app

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import held_office

HELD: list[float] = []
"""Each outermost write transaction's time from BEGIN IMMEDIATE to its end, in seconds."""


def measure_transactions() -> None:
    """Time every outermost transaction of the store's connections."""
    enter, leave = store.StoreConnection.__enter__, store.StoreConnection.__exit__
    began: dict[int, float] = {}

    def timed_enter(self: store.StoreConnection) -> store.StoreConnection:
        outer = self._depth == 0
        result = enter(self)
        if outer:
            began[id(self)] = time.perf_counter()
        return result

    def timed_exit(self: store.StoreConnection, *exc: Any) -> Any:
        result = leave(self, *exc)
        if self._depth == 0 and id(self) in began:
            HELD.append(time.perf_counter() - began.pop(id(self)))
        return result

    store.StoreConnection.__enter__ = timed_enter  # type: ignore[method-assign]
    store.StoreConnection.__exit__ = timed_exit  # type: ignore[method-assign]


def recording(path: Path, seconds: int) -> Path:
    """A phone's voice memo: speech-like noise, AAC in m4a."""
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i",
                    f"anoisesrc=d={seconds}:c=pink:a=0.1", "-ac", "1", "-c:a", "aac",
                    "-b:a", "64k", tool_path(path)], check=True)  # fmt: skip
    return path


def office_root(folder: Path) -> bytes:
    """A new office's first root.json."""
    keys = folder / "keys"
    init_keys(keys)
    repo = Repository(keys, folder / "repo")
    repo.create(datetime.now(UTC))
    return (repo.metadata / "1.root.json").read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--office-delay", type=float, default=1.0)
    args = parser.parse_args()
    measure_transactions()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        root = folder / "station"
        station = console_station(root)
        station.close()
        memo = recording(folder / "Ghi âm 29-11.m4a", 180)
        jingle = recording(folder / "nhac-hieu.m4a", 10)
        app = create_app(root)
        app.config["WTF_CSRF_ENABLED"] = False
        client = app.test_client()
        root_json = office_root(folder / "office")
        with held_office(root_json, lambda: time.sleep(args.office_delay)) as address:
            forms = _forms(memo, jingle, address)
            print(f"{'form':<34} {'longest write lock':>18} {'request':>9}")
            for who, label, endpoint, url, data in forms:
                opened = Station.open(root)
                data = {**data, "once": opened.form_key(endpoint, who)}
                opened.close()
                client.post("/login", data={"name": who, "password": PASSWORD})
                HELD.clear()
                start = time.perf_counter()
                answer = client.post(url, data=data, content_type="multipart/form-data")
                took = time.perf_counter() - start
                assert answer.status_code == 302, (label, answer.get_data(as_text=True)[-2000:])
                print(f"{label:<34} {max(HELD, default=0) * 1000:>15.0f} ms "
                      f"{took * 1000:>6.0f} ms")  # fmt: skip
                for file in data.values():
                    if hasattr(file, "close"):
                        file.close()
        shutil.rmtree(root, ignore_errors=True)


def _forms(memo: Path, jingle: Path, address: str) -> list[tuple[str, str, str, str, Any]]:
    """Each guarded form once: (account, label, endpoint, url, fields)."""
    notice = {"title": "Lịch cắt nước ngày 04/12", "text": "Ngày 04/12 cắt nước từ 7h đến 11h.",
              "campaign": "nuoc", "priority": "normal", "repeat": "1", "valid_from": "",
              "valid_until": "", "voice": ""}  # fmt: skip
    slot = {"title": "Cắt nước sáng", "name": "", "at": "6h45", "days": "hằng ngày",
            "campaign": "nuoc", "since": "", "until": "", "max_minutes": ""}  # fmt: skip
    person = {"full_name": "Nguyễn Văn Mới", "position": "Cán bộ văn hóa"}
    new_password = {"password": "mật khẩu mới đo", "again": "mật khẩu mới đo"}
    typed, memo_url = "/announcements/lich-cat-nuoc-ngay-04-12", f"/announcements/{_memo_id(memo)}"
    return [
        ("vanhanh", "notice typed (new)", "announcements.new", "/announcements/new", notice),
        ("vanhanh", "notice edited", "announcements.edit", f"{typed}/edit",
         notice | {"text": "Ngày 04/12 cắt nước từ 7h đến 12h."}),
        ("vanhanh", "upload: 3-minute phone m4a", "announcements.upload", "/announcements/upload",
         {"files": (memo.open("rb"), memo.name)}),
        ("duyet", "approve", "announcements.approve", f"{typed}/approve", {}),
        ("duyet", "refuse", "announcements.refuse", f"{memo_url}/refuse",
         {"reason": "Ghi âm bị rè, đọc lại giúp.", "version": "1"}),
        ("vanhanh", "pronounce (lexicon step)", "announcements.pronounce",
         f"{typed}/lexicon", {"term": "7h", "spoken": "bảy giờ"}),
        ("vanhanh", "slot new", "schedule.new", "/schedule/new", slot),
        ("vanhanh", "slot edited", "schedule.edit", "/schedule/slot/cat-nuoc-sang",
         slot | {"at": "6h50", "name": "cat-nuoc-sang"}),
        ("vanhanh", "slot removed", "schedule.remove", "/schedule/slot/cat-nuoc-sang/remove", {}),
        ("vanhanh", "retire", "announcements.retire", f"{typed}/retire", {}),
        ("vanhanh", "lexicon add", "lexicon.index", "/lexicon",
         {"term": "UBND", "spoken": "ủy ban nhân dân"}),
        ("vanhanh", "lexicon remove", "lexicon.remove", "/lexicon/remove", {"term": "ubnd"}),
        ("vanhanh", "jingle upload: 10-second m4a", "jingles.upload", "/jingles/intro",
         {"file": (jingle.open("rb"), jingle.name)}),
        ("vanhanh", "jingle remove", "jingles.remove", "/jingles/intro/remove", {}),
        ("quantri", "account added (argon2)", "users.index", "/users",
         {"name": "moi", "role": "operator", **person, **new_password}),
        ("quantri", "account role", "users.set_role", "/users/moi/role", {"role": "approver"}),
        ("quantri", "account person", "users.set_person", "/users/moi/person", person),
        ("quantri", "account password (argon2)", "users.set_password", "/users/moi/password",
         new_password),
        ("quantri", "account removed", "users.remove", "/users/moi/remove", {}),
        ("vanhanh", "own password (2 argon2)", "auth.password", "/password",
         {"current": PASSWORD, **new_password}),
        ("duyet", "trust an office by address", "sync.trust", "/sync/trust", {"address": address}),
        ("duyet", "emergency (no daemon: aired)", "home.send_emergency", "/emergency/send",
         {"text": "Bão số 3 đổ bộ lúc 17h30, bà con ở trong nhà."}),
    ]  # fmt: skip


def _memo_id(memo: Path) -> str:
    from common.plain_text import slug

    return slug(memo.stem)


if __name__ == "__main__":
    main()
