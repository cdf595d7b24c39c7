"""Benchmark: what an emergency's list of recipients costs in the list stations poll.

An emergency sent "to all" names every station approved when it was sent, by key id (the
sha256 of its public key: 64 hex digits), in the signed message; `emergencies/active.json`
holds every envelope still valid, a cancelled one with its cancel, and a station drops the
whole list from MAX_PAYLOAD (1 MiB) on (broadcaster/daemon.py). Review17 #3 reckoned about
70 bytes a station for each envelope, so 24 cancelled emergencies at 300 stations.

Built with the office's own code (office/emergency.py's message builders and `active_list`,
upstream/emergency_message.py's `seal`, a fresh ed25519 key): no database, no servers.

    .venv/bin/python bench/emergency_recipients.py [--stations 300] [--emergencies 24]

Prints the list's size and its ratio to MAX_PAYLOAD, the bytes each station adds to one
emergency and to its cancel, and how many cancelled emergencies "to all" fit under the limit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from securesystemslib.signer import CryptoSigner

from office.emergency import active_list, cancel_message, emergency_message
from upstream.emergency_message import MAX_PAYLOAD, seal
from upstream.targeting import Audience

TEXT = "Khẩn cấp: lũ quét ở thôn 3, bà con sơ tán ngay lên nhà văn hóa xã."


def cancelled_list(stations: int, emergencies: int, signer: CryptoSigner) -> str:
    """active.json with `emergencies` cancelled emergencies "to all" at `stations` stations."""
    keys = tuple(hashlib.sha256(f"station {n}".encode()).hexdigest() for n in range(stations))
    to = Audience((), keys).to_json()
    start = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    envelopes = []
    for n in range(emergencies):
        sent = start + timedelta(minutes=n)
        message_id = f"{sent:%Y%m%d-%H%M%S}-{n:06x}"
        message = emergency_message(message_id, sent, sent + timedelta(hours=24), to,
                                    f"Thông báo khẩn cấp {n}", TEXT, None)  # fmt: skip
        cancel = cancel_message(message_id, sent + timedelta(seconds=30), message)
        envelopes += [seal(message, signer), seal(cancel, signer)]
    return active_list(envelopes)


def per_station(signer: CryptoSigner) -> tuple[float, float]:
    """Bytes one more station adds to an emergency's envelope and to its cancel's."""
    sizes = []
    for stations in (100, 200):
        listed = json.loads(cancelled_list(stations, 1, signer))["emergencies"]
        sizes.append([len(json.dumps(envelope)) for envelope in listed])
    return ((sizes[1][0] - sizes[0][0]) / 100, (sizes[1][1] - sizes[0][1]) / 100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=300)
    parser.add_argument("--emergencies", type=int, default=24)
    args = parser.parse_args()
    signer = CryptoSigner.generate_ed25519()
    size = len(cancelled_list(args.stations, args.emergencies, signer).encode())
    emergency, cancel = per_station(signer)
    one = len(cancelled_list(args.stations, 1, signer).encode())
    fits = MAX_PAYLOAD // one
    print(f"{args.emergencies} cancelled emergencies to all, {args.stations} stations: "
          f"active.json {size:,} bytes = {size / MAX_PAYLOAD:.2f} of MAX_PAYLOAD "
          f"({MAX_PAYLOAD:,})")  # fmt: skip
    print(f"each station adds {emergency:.1f} bytes to an emergency, {cancel:.1f} to its cancel")
    print(f"cancelled emergencies to all that fit at {args.stations} stations: about {fits}")


if __name__ == "__main__":
    main()
