"""The broker's reasons reach the commune's officer as one Vietnamese sentence each, saying
what to do (o12offb N9: the daemon printed paho's "(Not authorized)" and "(Unspecified
error)"). The walk is over paho's own list, so a code a new paho adds is caught here."""

from __future__ import annotations

import re

import paho.mqtt.client as mqtt
from paho.mqtt.enums import ConnackCode, MQTTErrorCode
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.reasoncodes import ReasonCode

from common.mqtt_reasons import said

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]")


def every_reason() -> list[ReasonCode]:
    """Every (code, packet) in paho's list that a connection, a disconnection or a
    subscription can give, and what paho makes of an MQTT 3.1.1 refusal or a lost socket."""
    packets = (PacketTypes.CONNACK, PacketTypes.DISCONNECT, PacketTypes.SUBACK)
    found = [
        ReasonCode(packet, name)
        for names in ReasonCode.names.values()
        for name, used in names.items()
        for packet in packets
        if packet in used
    ]
    found += [mqtt.convert_connack_rc_to_reason_code(ConnackCode(n)) for n in range(1, 6)]
    found += [mqtt.convert_disconnect_error_code_to_reason_code(e) for e in MQTTErrorCode]
    return found


def test_every_code_paho_gives_is_a_vietnamese_sentence_not_paho_s_english(
    vietnamese: None,
) -> None:
    reasons = every_reason()
    assert len({r.value for r in reasons}) > 30
    for reason in reasons:
        sentence = said(reason)
        assert VIETNAMESE.search(sentence), (reason, sentence)
        assert reason.getName() not in sentence, (reason, sentence)
        assert "mã lý do" not in sentence, (reason, sentence)  # known, not "unknown code"


def test_the_refusals_a_commune_meets_say_what_it_can_do(vietnamese: None) -> None:
    not_authorised = mqtt.convert_connack_rc_to_reason_code(ConnackCode(5))
    assert said(not_authorised) == (
        "đài không được phép vào (cấp trên chưa duyệt đài, hoặc đã thu hồi đài): hãy gọi cho "
        "cấp trên"
    )
    lost = mqtt.convert_disconnect_error_code_to_reason_code(MQTTErrorCode.MQTT_ERR_CONN_LOST)
    assert "hãy kiểm tra đường Internet của đài" in said(lost)


def test_an_unknown_code_is_said_by_its_number(vietnamese: None) -> None:
    assert said(251) == (
        "máy chủ tin nhắn báo mã lý do 251, phiên bản này không biết mã đó: hãy báo kỹ thuật "
        "viên của cấp trên"
    )
