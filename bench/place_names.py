"""Make announcements/data/place_names.txt: the names of Vietnam's provinces, districts and
communes, wards and towns, without the word of their kind ('Xã Tân Kỳ' → 'Tân Kỳ'), from the
General Statistics Office's list of administrative units (danh mục hành chính) as the
package vietnam-provinces ships it: 0.6.0 (before the 2025 merger: three levels) and
2025.10.1 (after: provinces and communes). Names with digits ('Phường 1') are left out; the
tone of 'oa', 'oe', 'uy' is written on the second vowel as the reader writes it ('Hoà' →
'Hòa'), so the two styles of one name are one name.

    pip download --no-deps vietnam-provinces==0.6.0 -d W; pip download --no-deps \
        vietnam-provinces==2025.10.1 -d W; unzip each wheel; then
    .venv/bin/python bench/place_names.py OLD/flat-divisions.json NEW/flat-divisions.json

Prints the count; writes the file (session 29: 7,711 names), and PROVINCES_OUT: each name
whose letters without marks are two names ('Hải Lăng' of Quảng Trị, 'Hải Lạng' of Quảng
Ninh), with the provinces it is in, so that an address or a notice naming its province
decides which (session 31: 'haiphu.hailang.quangtri.gov.vn' was 'hải lạng').
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

KINDS = re.compile(r"(?i)^(?:thành phố|tp|tỉnh|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu)\s+")
OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
             "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
             "uỵ": "ụy"}  # fmt: skip
OLD_TONE = re.compile(f"({'|'.join(OLD_TONES)})(?![^\\W\\d_])", re.IGNORECASE)
OUT = Path(__file__).parent.parent / "announcements" / "data" / "place_names.txt"
PROVINCES_OUT = OUT.with_name("place_provinces.txt")
PROVINCES_HEADER = """\
# bench/place_names.py: a place's name whose letters without marks name another place too
# ('Hải Lăng', 'Hải Lạng'), a tab, a province it is in (its name without 'tỉnh'). Where an
# address or its notice names one of these provinces, the reader marks the name as there.
"""
HEADER = """\
# bench/place_names.py: names of Vietnam's provinces, districts and communes (the General
# Statistics Office's list, before and after the 2025 merger), without the word of their
# kind. The reader gives web and e-mail addresses their marks from them ('tienlang' → 'Tiên
# Lãng', 'chuprong' → 'Chư Prông'); a name two ways unmarked ('an phu') decides nothing.
"""


def _new_tone(match: re.Match[str]) -> str:
    old = match.group(0)
    new = OLD_TONES[old.lower()]
    return new.capitalize() if old[0].isupper() else new


def names(rows: list[dict[str, str]]) -> set[str]:
    return {name for name, _province in placed(rows)}


def placed(rows: list[dict[str, str]]) -> set[tuple[str, str]]:
    """Each name with the province it is in."""
    found: set[tuple[str, str]] = set()
    for row in rows:
        province = _name(row["province_name"])
        for key in ("province_name", "district_name", "ward_name", "name"):
            written = unicodedata.normalize("NFC", row.get(key, "")).strip().replace("’", "'")
            name = _name(written)
            if name and name != written and not any(c.isdigit() for c in name):
                found.add((name, province))
    return found


def _name(written: str) -> str:
    written = unicodedata.normalize("NFC", written).strip().replace("’", "'")
    return OLD_TONE.sub(_new_tone, KINDS.sub("", written))


def _plain(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def towns(rows: list[dict[str, str]]) -> set[str]:
    """The names of provinces and of districts (cities, towns, districts before 2025)."""
    return {_name(row.get(key, "")) for row in rows for key in ("province_name", "district_name")}


def two_ways(pairs: set[tuple[str, str]], town_names: set[str]) -> list[str]:
    """'Hải Lăng\tQuảng Trị': the names whose plain letters another name shares, by province;
    and a city's or a district's name of one syllable that another name's syllable shares
    ('Vinh' of Nghệ An, 'vĩnh' of 'Vĩnh Long': 'hungloc.vinh.nghean.gov.vn' was 'vĩnh', blind
    round 107)."""
    marked: dict[str, set[str]] = {}
    for name, _province in pairs:
        marked.setdefault(_plain(name), set()).add(name.lower())
    syllables: dict[str, set[str]] = {}
    for name, _province in pairs:
        for word in name.lower().split():
            syllables.setdefault(_plain(word), set()).add(word)
    return sorted(
        f"{name}\t{province}"
        for name, province in pairs
        if (" " in name and len(marked[_plain(name)]) > 1)
        or (" " not in name and name in town_names and len(syllables[_plain(name)]) > 1)
    )


def main(paths: list[str]) -> None:
    pairs: set[tuple[str, str]] = set()
    town_names: set[str] = set()
    for path in paths:
        rows = json.loads(Path(path).read_text("utf-8"))
        pairs |= placed(rows)
        town_names |= towns(rows)
    found = {name for name, _province in pairs}
    OUT.write_text(HEADER + "\n".join(sorted(found)) + "\n", "utf-8")
    print(len(found), "names")
    lines = two_ways(pairs, town_names)
    PROVINCES_OUT.write_text(PROVINCES_HEADER + "\n".join(lines) + "\n", "utf-8")
    print(len(lines), "names two ways, by province")


if __name__ == "__main__":
    main(sys.argv[1:])
