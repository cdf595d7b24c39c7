"""Benchmark: syncing a 50-announcement campaign from nginx on loopback.

A station's first sync and a no-change sync (`broadcaster.sync.sync`: TUF verification plus
applying to the store), each against a bare python-tuf `Updater` doing the same fetches
(refresh, index, manifest) over the same server, in the same run. Prints medians and ratios.

    .venv/bin/python bench/sync_upstream.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from tuf.ngclient import Updater

from broadcaster.station import Station
from broadcaster.sync import sync, trust
from upstream.keys import init_keys
from upstream.manifest import INDEX
from upstream.repository import Repository

TEXT = "Kính thưa bà con, Ủy ban nhân dân xã thông báo về việc cài đặt ứng dụng Bluezone số {}."


def serve(root: Path, work: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (work / "nginx.conf").write_text(
        f"daemon off; worker_processes 1; user root; pid {work}/nginx.pid;"
        f"events {{ worker_connections 64; }}"
        f"http {{ access_log off; client_body_temp_path {work}/b; proxy_temp_path {work}/p;"
        f" fastcgi_temp_path {work}/f; uwsgi_temp_path {work}/u; scgi_temp_path {work}/s;"
        f" server {{ listen 127.0.0.1:{port}; root {root}; }} }}"
    )
    server = subprocess.Popen(["nginx", "-p", str(work), "-c", str(work / "nginx.conf"),
                               "-e", str(work / "error.log")])  # fmt: skip
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise SystemExit("nginx did not start")


def bare_updater(url: str, root_json: bytes, work: Path) -> None:
    """What python-tuf alone does for the same fetches."""
    metadata, targets = work / "metadata", work / "targets"
    metadata.mkdir(parents=True, exist_ok=True)
    targets.mkdir(exist_ok=True)
    (metadata / "root.json").write_bytes(root_json)
    updater = Updater(str(metadata), f"{url}/metadata/", str(targets), f"{url}/targets/",
                      bootstrap=(metadata / "root.json").read_bytes())  # fmt: skip
    updater.refresh()
    for name in (INDEX, "campaigns/bluezone/manifest.json"):
        info = updater.get_targetinfo(name)
        assert info
        path = str(targets / name.replace("/", "_"))
        updater.find_cached_target(info, path) or updater.download_target(info, path)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        campaign = tmp / "campaigns" / "bluezone"
        campaign.mkdir(parents=True)
        for n in range(50):
            (campaign / f"tb{n:02d}.md").write_text(f"---\nid: tb{n:02d}\n---\n{TEXT.format(n)}\n")
        init_keys(tmp / "keys")
        repo = Repository(tmp / "keys", tmp / "repo")
        repo.create(datetime.now(UTC))
        repo.publish([campaign], datetime.now(UTC))
        root_json = (repo.metadata / "1.root.json").read_bytes()
        (tmp / "nginx").mkdir()
        server, url = serve(repo.root_dir, tmp / "nginx")
        samples: dict[str, list[float]] = {k: [] for k in ("ours1", "bare1", "ours2", "bare2")}
        try:
            for run in range(runs):
                root = tmp / f"station{run}"
                subprocess.run([sys.executable, "-m", "cli", "--station", str(root), "init"],
                               check=True, stdout=subprocess.DEVNULL)  # fmt: skip
                station = Station.open(root)
                (tmp / "root.json").write_bytes(root_json)
                trust(station, str(tmp / "root.json"))
                bare = tmp / f"bare{run}"
                samples["bare1"].append(timed(partial(bare_updater, url, root_json, bare)))
                samples["ours1"].append(timed(partial(sync, station, url)))
                samples["bare2"].append(timed(partial(bare_updater, url, root_json, bare)))
                samples["ours2"].append(timed(partial(sync, station, url)))
                assert json.loads(
                    json.dumps(station.db.execute("SELECT COUNT(*) FROM announcements").fetchone())
                ) == [50]
                shutil.rmtree(root)
        finally:
            server.terminate()
            server.wait()
    ms = {k: statistics.median(v) * 1000 for k, v in samples.items()}
    print(f"{'50-announcement campaign':26}{'ours ms':>9}{'bare tuf ms':>13}{'ratio':>8}")
    for label, key in (("first sync", "1"), ("no-change sync", "2")):
        ours, bare_ms = ms[f"ours{key}"], ms[f"bare{key}"]
        print(f"{label:26}{ours:9.1f}{bare_ms:13.1f}{ours / bare_ms:7.2f}x")


if __name__ == "__main__":
    main()
