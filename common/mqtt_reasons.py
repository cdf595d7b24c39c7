"""The broker's reason codes (paho-mqtt's ReasonCode list, MQTT 5 numbering; paho turns an MQTT
3.1.1 refusal into the same numbers) as one sentence each in the reader's language, saying
what the commune can do: paho's own names ("Not authorized", "Unspecified error") are English
and say nothing of that.
"""

from __future__ import annotations

from typing import Any

from common.i18n import N_, _

SOFTWARE = N_(
    "the broker and the station do not understand each other (different software versions): "
    "tell the office's technician"
)
LIMITED = N_(
    "the broker limits how often a station may connect or send; the station tries again later "
    "by itself"
)
MOVED = N_(
    "the broker has moved to another address: the office gives the new one with the station's "
    "account at its next push; if this goes on, call the office"
)

REASONS: dict[int, str] = {
    0: N_("the broker closed the connection; the station reconnects by itself"),
    1: N_("the broker granted the subscription"),
    2: N_("the broker granted the subscription"),
    4: N_("the broker closed the connection; the station reconnects by itself"),
    16: N_("no one listens on that topic yet"),
    17: SOFTWARE,
    24: SOFTWARE,
    25: SOFTWARE,
    128: N_(
        "the connection dropped (the network, or the broker restarting); the station "
        "reconnects by itself; if this goes on, check the station's Internet connection"
    ),
    129: SOFTWARE,
    130: SOFTWARE,
    131: SOFTWARE,
    132: SOFTWARE,
    133: N_("the station's name is not accepted: call the office"),
    134: N_(
        "the station's account or password is wrong: the office gives the account once it has "
        "approved the station; if it has, call the office"
    ),
    135: N_(
        "the station is not let in (the office has not approved it yet, or has revoked it): "
        "call the office"
    ),
    136: N_("the broker is not available just now; the station tries again by itself"),
    137: N_("the broker is busy; the station tries again by itself"),
    138: N_("the station is banned: call the office"),
    139: N_(
        "the broker is shutting down (work at the office); the station reconnects when it is back"
    ),
    140: SOFTWARE,
    141: N_(
        "the link to the broker went silent (the network, or a 3G modem that lost its signal): "
        "check the station's Internet connection; the station reconnects by itself"
    ),
    142: N_(
        "another machine logged in with this station's account (a copy of the station folder "
        "running elsewhere?): stop the copy, only one machine may use a station's key"
    ),
    143: SOFTWARE,
    144: SOFTWARE,
    145: SOFTWARE,
    146: SOFTWARE,
    147: SOFTWARE,
    148: SOFTWARE,
    149: SOFTWARE,
    150: LIMITED,
    151: LIMITED,
    152: N_(
        "the office's broker closed the connection on purpose (its accounts changed); the "
        "station tries again by itself"
    ),
    153: SOFTWARE,
    154: SOFTWARE,
    155: SOFTWARE,
    156: MOVED,
    157: MOVED,
    158: SOFTWARE,
    159: LIMITED,
    160: N_("the broker ends connections after a set time; the station reconnects by itself"),
    161: SOFTWARE,
    162: SOFTWARE,
}
"""Every code in paho's list (tests/test_mqtt_reasons.py walks it)."""


def said(reason: Any) -> str:
    """A paho ReasonCode (or its number) as the reader reads it; an unknown one by its number."""
    value = getattr(reason, "value", reason)
    if isinstance(value, int) and value in REASONS:
        return _(REASONS[value])
    return _("the broker gave reason {code}, which this version does not know: tell the "
             "office's technician").format(code=value)  # fmt: skip
