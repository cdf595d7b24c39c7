"""What the office and its stations share about the broker (Mosquitto): its address, the
topics, and how a paho-mqtt client is made.

Topics (the broker's ACL, deploy/mosquitto-acl, lets a station read only the first two and
write only its own status topic; the office writes the first two and reads every status):

    broadcaster/emergency           the office's signed emergencies (QoS 1)
    broadcaster/doorbell            "a new publication is out: sync now" (QoS 0)
    broadcaster/status/<username>   a station's signed reports on an emergency (QoS 1)

A station's username is its key id (sha256 of its public key, hex), so the topic it may
write names it, and the office knows whose signature to check.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from common.errors import BroadcasterError
from common.i18n import _

EMERGENCY_TOPIC = "broadcaster/emergency"
DOORBELL_TOPIC = "broadcaster/doorbell"
STATUS_PREFIX = "broadcaster/status/"
OFFICE_USER = "office"
REPORT_PURPOSE = "emergency-report"
"""The `purpose` of a station's signed report on an emergency."""
KEEPALIVE_S = 30
"""A dead link (a 3G modem that lost its carrier) is noticed within 1.5 × this."""


def status_topic(username: str) -> str:
    return STATUS_PREFIX + username


@dataclass(frozen=True)
class Broker:
    host: str
    port: int
    tls: bool

    @classmethod
    def parse(cls, url: str) -> Broker:
        """mqtt://host[:1883] or mqtts://host[:8883] (TLS, the certificate checked against
        the system's authorities)."""
        parts = urlsplit(url)
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise BroadcasterError(
                _("'{url}' is not a broker address (mqtt://HOST:PORT or mqtts://HOST:PORT)").format(
                    url=url
                )
            )
        tls = parts.scheme == "mqtts"
        try:
            port = parts.port or (8883 if tls else 1883)
        except ValueError:
            raise BroadcasterError(
                _("'{url}' is not a broker address (mqtt://HOST:PORT or mqtts://HOST:PORT)").format(
                    url=url
                )
            ) from None
        return cls(parts.hostname, port, tls)


def make_client(client_id: str, username: str, password: str, broker: Broker, persistent: bool):  # type: ignore[no-untyped-def]
    """A paho-mqtt client (MQTT 3.1.1, callbacks of API version 2). `persistent`: the broker
    keeps the session (the subscriptions and the QoS 1 messages that arrive meanwhile) while
    the client is away."""
    import paho.mqtt.client as mqtt  # a station without a broker never loads it

    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2,
        client_id=client_id,
        clean_session=not persistent,
        protocol=mqtt.MQTTv311,
    )
    client.username_pw_set(username, password)
    if broker.tls:
        client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
    client.reconnect_delay_set(min_delay=1, max_delay=60)
    return client
