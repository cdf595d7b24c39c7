"""Campaigns for some communes only (issue 14, items 5 and 6): `publish --to GROUP|STATION`
with the office's register, the audience and the group membership signed beside the
campaigns so a station cannot be talked into another group's campaign; `trust URL` with the
root key's fingerprint, and the source remembered in station.toml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import Result
from conftest import query, runner_for, store_dump
from province import Province

from broadcaster.identity import identity
from upstream.keys import key_fingerprint, public_key
from upstream.targeting import group_said, own_keys


def publish(province: Province, campaign: str, *args: str, code: int = 0) -> Result:
    return runner_for(province.work)(
        "publish", str(province.campaigns / campaign), "--keys", str(province.keys), "--repo",
        str(province.repository.root_dir), "--db", province.dsn, *args, code=code,
    )  # fmt: skip


def has(root: Path, announcement_id: str) -> bool:
    sql = "SELECT 1 FROM announcements WHERE id = ? AND retired_at IS NULL"
    return bool(query(root, sql, (announcement_id,)))


def test_a_campaign_reaches_only_the_groups_and_stations_it_names(province: Province) -> None:
    coast = province.commune("Xã Hải An", "ven biển")
    hills = province.commune("Xã Sơn Thủy", "miền núi")
    province.campaign("trieu-cuong", "Triều cường dâng cao chiều nay.")
    out = publish(province, "trieu-cuong", "--to", "ven biển").stdout
    assert "for: group ven biển (Xã Hải An)" in out and "Doorbell rung" in out
    for root in (coast, hills):
        runner_for(root)("sync")  # from the source `trust URL` remembered
    assert has(coast, "trieu-cuong-1") and not has(hills, "trieu-cuong-1")
    assert has(hills, "chung-1")  # published for everyone before
    # republished without --to: still only for the coast
    publish(province, "trieu-cuong")
    assert "Up to date." in runner_for(hills)("sync").stdout

    # named by fingerprint: the hills station alone; the coast retires it
    publish(province, "trieu-cuong", "--to", identity(hills).fingerprint)
    runner_for(coast)("sync")
    runner_for(hills)("sync")
    assert not has(coast, "trieu-cuong-1") and has(hills, "trieu-cuong-1")
    everyone = publish(province, "trieu-cuong", "--everyone").stdout
    assert (
        "for: every station\nEvery commune airs it, those approved later too, without "
        "publishing again (2 approved now)."
    ) in everyone  # o15web3 C5
    runner_for(coast)("sync")
    assert has(coast, "trieu-cuong-1")


def test_a_station_cannot_be_talked_into_another_groups_campaign(province: Province) -> None:
    province.commune("Xã Hải An", "ven biển")
    hills = province.commune("Xã Sơn Thủy", "miền núi")
    province.campaign("rieng", "Tin riêng cho vùng biển.")
    publish(province, "rieng", "--to", "ven biển")
    # someone with the web server, not the keys, adds the hills station to the coast group
    served = next((province.repository.targets_dir).glob("*.groups.json"))
    groups = json.loads(served.read_text())
    groups["groups"]["ven biển"].append(identity(hills).key_id)
    served.write_text(json.dumps(groups))
    before = store_dump(hills)
    refused = runner_for(hills)("sync", code=1)
    assert "its signed length" in refused.stderr  # longer, or another hash
    assert store_dump(hills).count("rieng-1") == before.count("rieng-1") == 0


def test_publish_to_an_unknown_group_or_station_changes_nothing(province: Province) -> None:
    province.commune("Xã Hải An", "ven biển")
    province.campaign("rieng", "Tin riêng.")
    metadata = sorted(p.name for p in province.repository.metadata.iterdir())
    province.commune("Xã Tân Lập", "ven sông")
    for name, problem in (("vung-cao", "there is no group 'vung-cao'; the groups are: ven biển, "
                                       "ven sông"),
                          ("12345-67890-12345-67890", "no station with fingerprint")):  # fmt: skip
        refused = publish(province, "rieng", "--to", name, code=1)
        assert problem in refused.stderr and refused.stderr.count("\n") == 1
    assert sorted(p.name for p in province.repository.metadata.iterdir()) == metadata


def test_trust_by_address_prints_the_root_fingerprint_and_remembers_the_source(
    province: Province, tmp_path: Path, commune_template: Path
) -> None:
    root = tmp_path / "moi"
    shutil.copytree(commune_template, root)
    out = runner_for(root)("trust", province.url).stdout
    expected = key_fingerprint(public_key(province.keys, "root"))
    assert f"Root key fingerprint: {expected}" in out
    settings = (root / "station.toml").read_text()
    assert f'source = "{province.url}"' in settings
    assert "# how often the running station syncs" in settings  # the operator's file, kept
    # a USB stick brought once is not the standing source
    runner_for(root)("sync", str(province.repository.root_dir))
    assert f'source = "{province.url}"' in (root / "station.toml").read_text()


def test_a_replacement_key_keeps_airing_what_the_office_sent_its_old_key(
    province: Province,
) -> None:
    """o14web F1: a stolen PC's replacement key, once approved, kept nothing of its group's
    campaigns nor of one sent to its old code (groups.json, published before, listed the old
    key only), and its sync said the office had withdrawn them, which it had not. A station
    that truly leaves a campaign's audience is told that, not "withdrawn"."""
    root = province.commune("Xã Tân Lập", "ven-song")
    hills = province.commune("Xã Sơn Thủy", "vung-nui")
    province.campaign("sxh", "Phòng chống sốt xuất huyết.")
    province.campaign("cccd", "Nhắc làm căn cước công dân.")
    publish(province, "sxh", "--to", "ven-song")
    publish(province, "cccd", "--to", identity(root).fingerprint)
    run = runner_for(root)
    run("sync")
    assert has(root, "sxh-1") and has(root, "cccd-1")
    # the commune's new PC (a copy of its folder) makes a new key; the office approves it
    old = identity(root).fingerprint
    run("enrol", province.collector.url, "--new-key", "--yes")
    runner_for(province.work)("office", "station", "approve", identity(root).fingerprint,
                              "--group", "ven-song", "--db", province.dsn)  # fmt: skip
    (root / "station.key.2020-01-01").write_text("hỏng")  # a damaged copy costs nothing more
    synced = run("sync").stdout
    assert "withdrawn" not in synced and "no longer" not in synced, synced
    assert has(root, "sxh-1") and has(root, "cccd-1")
    aired = runner_for(province.work)(
        "office", "aired", "cccd-1", "--db", province.dsn, "--json",
        "--repo", str(province.repository.root_dir)).stdout  # fmt: skip
    assert json.loads(aired)["not_aired"] == ["Xã Tân Lập"]  # the office counts it too
    refused = publish(province, "cccd", "--to", old, code=1).stderr  # the code in her notes
    assert f"the commune now has the code {identity(root).fingerprint}" in refused, refused

    # the office sends the campaign to another commune: not "withdrawn", but no longer ours
    publish(province, "cccd", "--to", identity(hills).fingerprint)
    synced = run("sync").stdout
    assert (
        "cccd-1 (the office no longer sends it to this station; it is still published for others)"
        in synced
        and "withdrawn" not in synced
    ), synced
    # a campaign the office does withdraw is said so
    runner_for(province.work)(
        "publish", "--keys", str(province.keys), "--repo", str(province.repository.root_dir),
        "--withdraw", "sxh")  # fmt: skip
    assert "sxh-1 (withdrawn upstream)" in run("sync").stdout


def test_another_commune_s_key_left_on_the_disk_is_not_this_station_s_old_key(
    province: Province,
) -> None:
    """review14 #7: every loadable `station.key.*` counted as one of the station's old keys,
    so a PC set up from another commune's disk image (its key copied as station.key.bak)
    took that commune's campaigns for its own, and could vouch for a new key with it. Only
    the dated names `enrol --new-key` writes count."""
    root = province.commune("Xã Tân Lập", "ven-song")
    hills = province.commune("Xã Sơn Thủy", "vung-nui")
    province.campaign("cccd", "Nhắc làm căn cước công dân.")
    publish(province, "cccd", "--to", identity(hills).fingerprint)
    shutil.copy(hills / "station.key", root / "station.key.bak")
    run = runner_for(root)
    runner_for(hills)("sync")
    run("sync")
    assert has(hills, "cccd-1") and not has(root, "cccd-1")
    old = identity(root).fingerprint
    run("enrol", province.collector.url, "--new-key", "--yes")  # vouched by its own old key
    new = identity(root).fingerprint
    runner_for(province.work)("office", "station", "approve", new, "--group", "ven-song",
                              "--db", province.dsn)  # fmt: skip
    refused = publish(province, "cccd", "--to", old, code=1).stderr
    assert f"the commune now has the code {new}" in refused, refused


def test_publish_names_the_communes_a_campaign_is_for_not_their_key_ids(
    province: Province,
) -> None:
    """o14web F6: `publish --to CODE` printed "for: e736fb65afe4" (an internal key id), and
    `publish --list` too; Mai cannot tell which commune that is. Two communes of one name
    (a merger) are told apart by the first digits of their codes."""
    tan_lap = province.commune("Xã Tân Lập", "ven-song")
    hoa_binh = province.commune("Xã Hòa Bình", "ven-song")
    twin = province.commune("Xã Hòa Bình (sáp nhập)", "vung-nui")
    province.sql("UPDATE stations SET commune = 'Xã Hòa Bình' WHERE fingerprint = %s",
                 (identity(twin).fingerprint,))  # fmt: skip
    province.campaign("cccd", "Nhắc làm căn cước công dân.")
    codes = [identity(root).fingerprint for root in (tan_lap, hoa_binh)]
    said = publish(province, "cccd", "--to", codes[0], "--to", codes[1]).stdout
    shown = f"for: Xã Hòa Bình ({codes[1][:5]}), Xã Tân Lập ({codes[0][:5]})"
    assert shown in said, said
    listed = runner_for(province.work)(
        "publish", "--list", "--repo", str(province.repository.root_dir), "--db", province.dsn
    ).stdout
    assert shown in listed, listed
    for root in (tan_lap, hoa_binh):
        assert identity(root).key_id[:12] not in said + listed


def test_to_takes_the_five_digits_every_page_shows_and_refuses_what_fits_two(
    province: Province,
) -> None:
    """o14web2 C3: every page names a commune "Hòa Bình 96381", and `publish --to 96381` said
    "there is no group '96381'". The first five digits (or more, spaced as typed) name a
    station wherever the office names one; digits that begin two codes, a group's name made
    of digits, a shorter prefix or a revoked key's digits are refused, nothing published."""
    tan_lap = province.commune("Xã Tân Lập", "ven-song")
    hills = province.commune("Xã Sơn Thủy", "vung-nui")
    hoa_binh = province.commune("Xã Hòa Bình", "vung-nui")
    twin = province.commune("Xã Hòa Bình (sáp nhập)", "vung-nui")
    code, short = identity(tan_lap).fingerprint, identity(tan_lap).fingerprint[:5]
    ours = identity(hoa_binh).fingerprint
    twin_code = ours[:8] + ("1" if ours[8] != "1" else "2") + ours[9:]  # one digit apart
    province.sql("UPDATE stations SET fingerprint = %s, commune = 'Xã Hòa Bình' "
                 "WHERE fingerprint = %s", (twin_code, identity(twin).fingerprint))  # fmt: skip
    province.campaign("cccd", "Nhắc làm căn cước công dân.")
    metadata = sorted(p.name for p in province.repository.metadata.iterdir())
    codes = [identity(r).fingerprint for r in (tan_lap, hills, hoa_binh)] + [twin_code]
    none = next(
        f"{n:05d}" for n in range(10**5) if not any(c.startswith(f"{n:05d}") for c in codes)
    )
    work = runner_for(province.work)
    emergency = ("office", "emergency", "--db", province.dsn, "--keys", str(province.keys),
                 "--repo", str(province.repository.root_dir), "--text", "Vỡ đê.")  # fmt: skip
    for to, problem in (
        # each by its station's name (w31office), then its whole code
        (ours[:5], f"{ours[:5]} begins the codes of 2 stations: Xã Hòa Bình (Đài Xã Hòa Bình"),
        (ours[:7], f"{ours[:5]}-{ours[6]} begins the codes of 2 stations"),
        (short[:4], f"{short[:4]} is too short for a station's code: write at least its first 5"),
        ("VEN-SONG", "there is no group 'VEN-SONG'; the groups are: ven-song, vung-nui"),
        (none, f"no station's code begins with {none}; the approved stations: Xã Hòa Bình "),
    ):
        refused = publish(province, "cccd", "--to", to, code=1).stderr
        assert problem in refused and refused.count("\n") == 1, refused
        assert problem in work(*emergency, "--to", to, code=1).stderr
    said = publish(province, "cccd", "--to", ours[:5], code=1).stderr
    assert ours in said and twin_code in said and "write more digits" in said, said
    assert sorted(p.name for p in province.repository.metadata.iterdir()) == metadata

    said = publish(province, "cccd", "--to", f" {short[:2]} {short[2:]} ").stdout
    assert f"for: Xã Tân Lập ({short})" in said, said
    for root in (tan_lap, hills):
        runner_for(root)("sync")
    assert has(tan_lap, "cccd-1") and not has(hills, "cccd-1")
    said = publish(province, "cccd", "--to", ours[:11]).stdout  # more digits tell them apart
    assert f"for: Xã Hòa Bình ({ours[:5]})" in said, said

    # the station commands take them too; approving wants the whole code read out
    office = ("office", "station")
    renamed = work(*office, "rename", short, "--commune", "Tân Lập", "--db", province.dsn).stdout
    assert f"Station {code} is now Tân Lập" in renamed
    said = work(
        *office, "approve", short, "--group", "ven-song", "--db", province.dsn, code=1
    ).stderr
    assert "write all 20 digits of the code the commune read out" in said
    refused = work(*office, "groups", short, "--add", "96381", "--new-group", "--db",
                   province.dsn, code=1).stderr  # fmt: skip
    assert "a group's name cannot be only digits ('96381')" in refused, refused

    # a group named with digits before --to read codes: never guessed which one she meant
    province.sql("INSERT INTO station_groups (key_id, name) VALUES (%s, %s)",
                 (identity(hills).key_id, short))  # fmt: skip
    refused = publish(province, "cccd", "--to", short, code=1).stderr
    assert f"'{short}' is both a group's name and the beginning of the code of Tân Lập" in refused
    # a revoked key's digits name the commune's code now, as its whole code does
    run = runner_for(tan_lap)
    run("enrol", province.collector.url, "--new-key", "--yes")
    new = identity(tan_lap).fingerprint
    work(*office, "approve", new, "--group", "ven-song", "--db", province.dsn)
    province.sql("DELETE FROM station_groups WHERE name = %s", (short,))
    refused = publish(province, "cccd", "--to", short, code=1).stderr
    assert f"{code} is the old key of Tân Lập, revoked: the commune now has the code {new}" in (
        refused
    ), refused


def test_a_station_counts_only_the_old_keys_the_office_signed_as_replaced(
    province: Province,
) -> None:
    """review14 #7: a station counted every key set aside in its folder as its own, so a PC
    imaged from another commune (that commune's key among its set-aside keys), given a new
    key and approved as this commune's replacement, aired the other commune's direct and
    group campaigns for good. groups.json now carries the office's signed links (which key
    replaced which), and only those count; the commune's own old code still airs."""
    hills = province.commune("Xã Sơn Thủy", "vung-nui")
    root = province.commune("Xã Tân Lập", "ven-song")
    shutil.copy(hills / "station.key", root / "station.key.2020-01-01")  # from the image
    for name in ("rieng-st", "nhom-st", "rieng-tl"):
        province.campaign(name, f"Tin {name}.")
    publish(province, "rieng-st", "--to", identity(hills).fingerprint)
    publish(province, "nhom-st", "--to", "vung-nui")
    publish(province, "rieng-tl", "--to", identity(root).fingerprint)
    run = runner_for(root)
    run("sync")
    assert has(root, "rieng-tl-1") and not has(root, "rieng-st-1") and not has(root, "nhom-st-1")

    # the commune makes a new key; before the office approves it, only the old key that
    # vouched for it counts, not the other commune's key set aside before it
    old = identity(root).key_id
    run("enrol", province.collector.url, "--new-key", "--yes")
    run("sync")
    assert has(root, "rieng-tl-1") and not has(root, "rieng-st-1") and not has(root, "nhom-st-1")
    runner_for(province.work)("office", "station", "approve", identity(root).fingerprint,
                              "--group", "ven-song", "--db", province.dsn)  # fmt: skip
    province.campaign("sxh", "Phòng chống sốt xuất huyết.")
    publish(province, "sxh", "--to", "ven-song")  # groups.json now links the new key
    served = max(
        province.repository.targets_dir.glob("*.groups.json"), key=lambda p: p.stat().st_mtime_ns
    )
    links = json.loads(served.read_text())
    assert links["replaced"] == {identity(root).key_id: [old], identity(hills).key_id: []}
    # links written by someone with the web server, not the keys, change nothing
    signed = served.read_text()
    links["replaced"][identity(root).key_id].append(identity(hills).key_id)
    served.write_text(json.dumps(links))
    refused = run("sync", code=1)
    assert "its signed length" in refused.stderr  # longer, or another hash
    assert not has(root, "rieng-st-1") and not has(root, "sxh-1")
    served.write_text(signed)
    synced = run("sync").stdout
    assert "withdrawn" not in synced, synced
    assert has(root, "rieng-tl-1") and has(root, "sxh-1")  # its old code's campaign still airs
    assert not has(root, "rieng-st-1") and not has(root, "nhom-st-1")
    runner_for(hills)("sync")
    assert has(hills, "rieng-st-1") and has(hills, "nhom-st-1")


def test_a_commune_never_stops_airing_its_own_old_code_for_want_of_the_office_s_links() -> None:
    """review14 #7's grace: a groups.json from an office before the links leaves every key
    set aside counted, as before; one that does not name the station's key yet (waiting for
    approval, or approved since the last publication) counts the old key that vouched for
    it and what that one replaced, never another key set aside on the disk."""
    new, old, older, foreign = "n" * 64, "o" * 64, "p" * 64, "f" * 64
    keys = (new, old, foreign)
    assert own_keys(keys, None) == keys
    assert own_keys(keys, {old: [], foreign: []}) == (new, old)
    assert own_keys((new, old, older, foreign), {old: [older]}) == (new, old, older)
    assert own_keys(keys, {new: [old], foreign: []}) == (new, old)
    assert own_keys(keys, {new: []}) == (new,)
    assert own_keys((new,), {}) == (new,)


def test_a_revoked_key_set_aside_vouches_for_no_new_key() -> None:
    """Review15 #5: a stolen PC, its key revoked, run with `enrol --new-key` aired what was
    sent to the commune's old code for as long as the new key waited, never approved. The
    grace counts the old key only while the office's signed links list it as trusted."""
    new, old, older = "n" * 64, "o" * 64, "p" * 64
    assert own_keys((new, old, older), {"f" * 64: []}) == (new,)  # old revoked
    assert own_keys((new, old, older), {old: [older]}) == (new, old, older)  # old trusted


def test_a_group_of_more_stations_than_are_named_counts_its_stations(vietnamese: None) -> None:
    """w29office: a group's members are stations (a merged commune keeps two), so beyond
    the few named the count says "đài", not "xã"."""
    stations = [f"Xã {name}" for name in ("An", "Bình", "Tân Sơn 54003", "Tân Sơn 61207", "Hòa",
                                          "Phú")]  # fmt: skip
    assert group_said("ven-song", stations) == "nhóm ven-song (6 đài)"
    assert group_said("ven-song", stations[:2]) == "nhóm ven-song (Xã An, Xã Bình)"
