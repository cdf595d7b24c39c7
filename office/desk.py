"""The office's facade: what the office's commands call (and an office console would).

`Office` is the collector's database: the stations that enrolled, their groups, the fleet
reports, the broker's accounts and the emergencies sent over it. `Publisher` is the signed
repository the stations sync from: its keys, and publishing and withdrawing campaigns (for
every station or some). Both take input as a person types it (a month as 11/2026) and answer
with typed records; their errors name no command-line flag.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from psycopg import OperationalError as DatabaseGone

from broadcaster.accounts import account_name
from broadcaster.airing_lines import in_language
from broadcaster.clock import Clock, system_clock
from common.files import folder_locked
from common.i18n import N_, _, mid_sentence
from common.localtime import local_text
from common.plain_text import slug
from upstream import ROLES as KEY_ROLES
from upstream import UpstreamError, keys_outside

from . import OFFICE_ZONE, DatabaseDown, GroupsLeft, OfficeError, SentAlready, UnknownGroup
from . import NoSuchEmergency as NoSuchEmergency  # the console words it (o21web9 Y6)
from .cancel_requests import SLOW_AFTER as SLOW_AFTER  # the pages say when it waits too long
from .emergency import InForce
from .emergency import issued_at_of as issued_at_of  # an id's time, read with the database down
from .fleet import SHORT_CODE, same_commune, same_name
from .fleet import quiet_said as quiet_said  # a quiet station's page says what to do
from .settings import FILE_NAME as OFFICE_SETTINGS_FILE
from .settings import OfficeSettings, shown_db

__all__ = [
    "KEY_ROLES",
    "OFFICE_SETTINGS_FILE",
    "OFFICE_ZONE",
    "SHORT_CODE",
    "STATION_STATUSES",
    "Clock",
    "CommuneState",
    "DatabaseDown",
    "DatabaseGone",
    "EmergencyStatus",
    "GroupsLeft",
    "Office",
    "OfficeSettings",
    "Publication",
    "Publisher",
    "SentAlready",
    "UnknownGroup",
    "approved_text",
    "database_lost",
    "emergency_not_cancelled",
    "emergency_not_read",
    "root_fingerprint",
    "same_commune",
    "same_name",
    "shown_db",
    "system_clock",
]

STATION_STATUSES = {
    "approved": N_("approved"),
    "pending": N_("waiting for approval"),
    "revoked": N_("revoked"),
    "retired": N_("no longer in service"),
}
"""How `office station list` and the pages say a station's `shown` status (its --json keeps
`status`; a station a merge retired is revoked, said apart from a stolen one)."""

if TYPE_CHECKING:
    import psycopg
    from securesystemslib.signer import SSlibKey

    from broadcaster.accounts import Accounts
    from broadcaster.report import Period
    from upstream.repository import Change, PublishedCampaign, Repository
    from upstream.targeting import Audience

    from .broker import BrokerSettings, Waiting
    from .cancel_requests import CancelRequest
    from .emergency import Cancelled, Missed, Sent, SentLine
    from .fleet import Changed, RefusalSaid
    from .report import Aired, Current, FleetReport, MonthCampaign, NoticeLine, SilentLine


def database_lost(error: BaseException) -> str | None:
    """What the officer reads when the database went away while a command ran (PostgreSQL
    stopped or restarted): the advice given when it cannot be opened; None for any other
    error (psycopg is not imported for it)."""
    if "psycopg" not in sys.modules:
        return None
    import psycopg

    from .db import down

    return down() if isinstance(error, psycopg.OperationalError) else None


def emergency_not_sent() -> str:
    """What the officer reads when she sends an emergency while the office's database is down:
    that nothing went out, why, whom to call and what the communes can do meanwhile (o16net
    N2). The office sends only what it records, so that it can follow and cancel it."""
    return _(
        "no emergency was sent: the office's database (PostgreSQL) is not answering, and the "
        "office sends only what it records, to follow and cancel it. Call the technician who "
        "installed it to start PostgreSQL again (a full disk stops it too); meanwhile, phone "
        "the communes: each station airs it at once from “Emergency” on its home page."
    )


def renamed_text(row: dict[str, Any]) -> list[str]:
    """What the office reads after renaming a station (the console's flash, the command's
    lines): its new name, and the other stations that carry it too, which a send to the name
    now reaches together (o23web11 V4)."""
    said = [_("Station {fingerprint} is now {commune}; what it logged or was sent before keeps "
              "the name it had then").format(fingerprint=row["fingerprint"],
                                               commune=row["commune"])]  # fmt: skip
    if row["sharing"]:
        said.append(
            _("{count} stations now carry the name {commune} ({labels}): an emergency or a "
              "campaign for \"{commune}\" reaches them all; one of them alone is named as "
              "the Stations page shows it, or by its code's first digits; two communes that "
              "are not one take a name each").format(
                count=len(row["sharing"]) + 1, commune=row["commune"],
                labels=", ".join([row["label"], *row["sharing"]]))
        )  # fmt: skip
    return said


def orphaned_text(changed: Changed) -> list[str]:
    """The campaigns in force that reached only the station just revoked or retired: no
    commune airs them from now on (o23web11 V2: the merge left one for nobody, unsaid)."""
    return [
        _("campaign {campaign} was only for this station: from now on no commune receives it; "
          "publish it again with --to the communes that are to air it (publish --to NAME "
          "campaigns/{campaign})").format(campaign=name)
        for name in changed.orphaned
    ]  # fmt: skip


def emergency_not_cancelled(message_id: str) -> str:
    """What the officer reads when she cancels an emergency while the office's database is
    down: not cancelled, why, whom to call, and what stops it now (o23web11 V5: she read the
    technician's sentence with the database's address). The office cancels only what it
    records, as it sends."""
    return _(
        "emergency {id} is not cancelled yet: the office's database (PostgreSQL) is not "
        "answering, and the office cancels only what it records. Call the technician to bring "
        "the database back, then cancel it again; to stop it at once, phone the communes."
    ).format(id=message_id)


def emergency_not_read(message_id: str | None = None) -> str:
    """What the officer reads when she asks where an emergency stands (or for the list of
    them) while the office's database is down (o23web11 V5): that the communes keep airing
    what they received, whom to call, and what stops one now."""
    head = (
        _("where emergency {id} stands cannot be read now").format(id=message_id)
        if message_id
        else _("the emergencies sent cannot be read now")
    )
    return head + _(
        ": the office's database (PostgreSQL) is not answering; the communes keep airing what "
        "they received. Call the technician to bring the database back; to stop an emergency "
        "at once, phone the communes."
    )


def approved_text(changed: Changed) -> str:
    """What the office reads after approving a station (the console's flash, the command's
    line): its groups, or that it is in none, and the old key its log continues."""
    row = changed.station
    said = (
        _("Approved {commune} ({name}), groups: {groups}.").format(
            commune=row["commune"], name=row["name"], groups=", ".join(row["groups"]))
        if row["groups"]
        else _("Approved {commune} ({name}); it is in no group, so it gets only campaigns and "
               "emergencies for every station.").format(commune=row["commune"], name=row["name"])
    )  # fmt: skip
    if changed.replaced:
        said += " " + _("It continues the log of station {old}, which is now revoked.").format(
            old=", ".join(changed.replaced)
        )
    if changed.sharing:
        said += " " + _(
            "Other stations carry the name {commune} ({labels}): whatever is sent to "
            "\"{commune}\" reaches them all, as one commune; if this is another commune of that "
            "name, rename it with its district: office station rename {code} --commune "
            "\"{commune}, huyện …\"."
        ).format(commune=row["commune"], labels=", ".join(changed.sharing),
                 code=row["fingerprint"][:SHORT_CODE])  # fmt: skip
    return said


def root_fingerprint(keys: Path) -> str:
    """The root key in the digits the office reads to each commune that trusts it."""
    from upstream.keys import key_fingerprint, public_key

    return key_fingerprint(public_key(keys, "root"))


@dataclass(frozen=True)
class CommuneState:
    """Where one targeted commune is with an emergency."""

    commune: str
    name: str
    fingerprint: str
    state: str
    """silent | received | on air | aired | partial | failed | missed | refused"""
    label: str
    """The state in the reader's language."""
    reason: str | None
    received_at: datetime | None
    on_air_at: datetime | None
    done_at: datetime | None
    heard: str | None = None
    """How it was heard there before the office cancelled it: aired (whole), partly (cut
    earlier, by something else), cut (by the cancel), on air; or "cut separately": the
    cancel of the separate send that reached it cut it (`emergency.heard_separately`)."""
    aired_at: datetime | None = None
    """When it aired there (the pushed log's time, else the on-air report's)."""
    late_s: float | None = None
    """Seconds from the office's sending to that airing."""
    remark: str | None = None
    """The station's remark on an airing (the offline voice…): kept, not shown to Mai."""
    last_contact: datetime | None = None
    """The station's last contact with the office (its pushes), from the fleet."""
    sent_at: datetime | None = None
    """When it was sent to this commune, if after the sending (approved while in force)."""
    approved_at: datetime | None = None
    """For a commune not sent it yet (state unsent): when it was approved."""
    via: str | None = None
    """For a commune approved while it was in force and sent it alone (`--to`, the same words
    or recording): that send's id, whose state this is (o20web8 X5)."""
    times: int = 1
    """How many times it went out there, by the commune's pushed log (cut, then aired
    again: 2); the list's "lượt phát" adds them up."""
    cut_off: tuple[datetime, datetime] | None = None
    """For a commune that aired it late, the recorded silence it was in when the emergency
    was sent (fleet.silences): its lateness is said with it (o22web10 Z1)."""
    cut_at: datetime | None = None
    """When the cancel that cut its airing mid-message was made (heard "cut"): the
    emergency's, or its separate send's own (`via`)."""


UNHEARD_AFTER = timedelta(minutes=3)
"""A station reachable hears an emergency within a minute (broker, or its poll); silent past
this (and the emergency still valid), `emergency status` says why it may be and since when
the commune is out of touch."""


def kept_back(sent: datetime, lost: datetime) -> bool:
    """Whether a commune silent on an emergency sent to it at `sent` may have answered in a
    report the office could not take since `lost` (its server silent, or without the broker
    or its part that takes reports): sent then, or less than UNHEARD_AFTER before, so "chưa
    biết". One sent earlier had a working link that long and did not answer: "không phản
    hồi" with its advice (review23 #2: 26 minutes of a working broker read "chưa biết")."""
    return sent > lost - UNHEARD_AFTER


@dataclass(frozen=True)
class EmergencyStatus:
    """An emergency sent, and each targeted commune's state (`office emergency status`)."""

    id: str
    title: str
    issued_at: datetime
    valid_until: datetime
    communes: list[CommuneState]
    counts: dict[str, int]
    """Label → how many communes are in that state."""
    text: str | None = None
    """What the stations read (None: a recording)."""
    cancelled_at: datetime | None = None
    """When the office took it back (None: it was not)."""
    cancelled_by: str | None = None
    not_aired: tuple[str, ...] = ()
    """Once its validity is over (and it was not cancelled), the communes that never aired it:
    the month report counts them as 'Tin khẩn cấp chưa phát'."""
    hint: str | None = None
    """Why communes still say nothing long after the sending, and their last contact."""
    cancel_request: CancelRequest | None = None
    """A cancel asked for from the web console, for `office serve` to sign."""
    awaited: int = 0
    """How many communes the office may still hear from (`emergency.awaited`): its page
    follows them."""

    @property
    def sent_title(self) -> str:
        """Its title in the office's words (the page's heading; the terminal shows the id)."""
        from .emergency import sent_title

        return sent_title(self.title)

    @property
    def heard_said(self) -> str | None:
        """Under a cancelled emergency's rows, the terminal's and the console's one sentence
        on who heard it before the cancel (None: not cancelled)."""
        if self.cancelled_at is None:
            return None
        reported = all(line.state != "silent" for line in self.communes)
        heard = [(line.commune, line.heard) for line in self.communes if line.heard]
        return heard_line(heard, reported)

    def asked_earlier(self, today: date | None = None) -> str | None:
        """When a cancel asked from the console was signed later than asked (`office serve`
        down meanwhile), both times and why they differ (o17web5 D8: asked 22:46, "Đã hủy
        lúc 22:47", no word); None when they read the same, or it was not asked so."""
        from common.localtime import local_text

        asked = self.cancel_request
        if self.cancelled_at is None or asked is None:
            return None
        at, signed = (
            local_text(t, OFFICE_ZONE, today, mid=True) for t in (asked.at, self.cancelled_at)
        )
        if at == signed:
            return None
        return _("The cancel was asked for at {asked}; the office server signed it and told "
                 "the communes at {time}.").format(asked=at, time=signed)  # fmt: skip


HEARD_SAID = {
    "aired": N_("aired before the cancel: {communes}"),
    "partly": N_("partly aired before the cancel: {communes}"),
    "cut": N_("cut off mid-message by the cancel: {communes}"),
    "cut separately": N_("cut off mid-message when the office cancelled its separate send: "
                         "{communes}"),
    "on air": N_("on air when cancelled, the station stops it when the cancel reaches it: "
                 "{communes}"),
}  # fmt: skip
"""How communes heard a cancelled emergency (`emergency.heard_before_cancel`) → its clause."""


def heard_line(heard: Sequence[tuple[str, str]], every_commune_reported: bool = False) -> str:
    """Which communes heard the emergency before it was cancelled (an airing stays aired), and
    how: whole, in part, cut mid-message by the cancel, still on air; one clause each. When
    none did, the office says so only once every commune has answered; else none heard of is
    all it knows (o14net F3: its link down, it heard nothing)."""
    if not heard and every_commune_reported:
        return _("No commune aired it before the cancel.")
    if not heard:
        return _("The office has not heard of any commune airing it.")
    said = "; ".join(
        _(clause).format(communes=", ".join(commune for commune, how in heard if how == key))
        for key, clause in HEARD_SAID.items()
        if any(how == key for _commune, how in heard)
    )
    return said[0].upper() + said[1:]


@dataclass
class Office:
    """The office's collector database (PostgreSQL), one connection."""

    conn: psycopg.Connection
    clock: Clock = system_clock
    repo: Path | None = None
    """The served repository, where known (office.toml): the command that sends a recording
    again names its copy there."""

    @classmethod
    @contextmanager
    def open(
        cls, dsn: str, clock: Clock = system_clock, repo: Path | None = None
    ) -> Iterator[Office]:
        """The office's database brought to the current schema; closed after the block."""
        from .db import open_office

        conn = open_office(dsn)
        try:
            yield cls(conn, clock, repo)
        finally:
            conn.close()

    @classmethod
    def connect(cls, dsn: str, clock: Clock = system_clock, repo: Path | None = None) -> Office:
        """One request's office, on its own connection to a database already brought to the
        current schema (a console migrates once, at start); `close` it after."""
        from .db import connect

        return cls(connect(dsn, autocommit=True), clock, repo)

    def close(self) -> None:
        self.conn.close()

    def grant_console(self, role: str) -> None:
        """Let PostgreSQL's `role` be the web console's: it reads every table and writes only
        what the console's forms write (a console taken over can do no more)."""
        import psycopg

        from .db import grant_console

        try:
            grant_console(self.conn, role)
        except psycopg.errors.UndefinedObject:
            raise OfficeError(
                _("PostgreSQL has no role '{role}': make it first with: sudo -u postgres "
                  "createuser {role}").format(role=role)
            ) from None  # fmt: skip

    @property
    def accounts(self) -> Accounts:
        """Who may use the office's web console: viewers, and admins who manage it."""
        from .accounts import office_accounts

        return office_accounts(self.conn, self.clock)

    def acting(self, by: str, typed: bool, login: str | None) -> tuple[str, str | None]:
        """Who acts at the terminal, as the console names its accounts ('Nguyễn Thị Mai'), and
        what the officer is told: a --by `typed` that is no account is refused (the records
        would name nobody the office knows); the login's account (`login`) names who acts
        when --by was not typed; a login that is none is kept as `by`, and said. An office
        with no accounts takes any name."""
        known = self.accounts.list()
        if not known:
            return by, None
        names = ", ".join(account.name for account in known)
        for account in known:
            if account.name == account_name(by if typed else login or "") or (
                typed and account.full_name and same_name(account.full_name, by)
            ):
                return account.person, None
        if typed:
            raise OfficeError(
                _("--by: the office has no account '{name}': give the account of whoever acts "
                  "({names})").format(name=by, names=names)
            )  # fmt: skip
        return by, _(
            "Recorded as done by “{by}” (this computer's login, which is no office account): "
            "next time add --by with your account ({names})."
        ).format(by=by, names=names)

    def namesakes_said(self, among: Collection[str] | None = None) -> list[str]:
        """`fleet.namesakes_said`: stations the office takes for one commune by their name."""
        from . import fleet

        return fleet.namesakes_said(self.conn, among)

    def console_secret(self) -> bytes:
        """The key that signs the office console's session cookies (made on first use)."""
        from .accounts import console_secret

        return console_secret(self.conn)

    @staticmethod
    def serve(
        dsn: str, host: str, port: int, threads: int, keys: Path | None, repo: Path | None
    ) -> None:
        """Run the collector (under waitress; nginx goes in front) until stopped; it also
        signs the cancels asked for from the web console, with the emergency key in `keys`."""
        from .collector import serve

        serve(dsn, host, port, threads, keys, repo)

    @staticmethod
    def read_settings() -> OfficeSettings:
        """office.toml as found from the working folder (or $BROADCASTER_OFFICE_CONFIG)."""
        from .settings import load, settings_path

        return load(settings_path())

    @staticmethod
    def write_settings(settings: OfficeSettings) -> None:
        """Keep the settings after checking them: the database opens (and is brought to the
        current schema), the keys folder holds the signing keys, and the repository is
        neither a file nor holds the keys."""
        from .settings import check_db, save

        if settings.db:
            check_db(settings.db)
            with Office.open(settings.db):
                pass
        if settings.keys and not (settings.keys / "targets.pem").is_file():
            raise OfficeError(
                _("the keys folder given holds no signing keys: make them with 'broadcaster "
                  "keys init --keys FOLDER'"), field="keys",
            )  # fmt: skip
        if settings.repo:
            if settings.repo.exists() and not settings.repo.is_dir():
                raise OfficeError(
                    _("{path} is a file, not a folder").format(path=settings.repo), field="repo"
                )
            try:
                if settings.keys:
                    keys_outside(settings.keys, settings.repo)
            except UpstreamError as e:
                raise OfficeError(str(e), field="keys") from e
        save(settings)

    def stations(self, group: str | None = None) -> list[dict[str, Any]]:
        """Enrolled stations, those waiting for approval first, each `marked`."""
        from .fleet import stations

        return self.marked(stations(self.conn, group))

    def marked(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`rows` of stations, each with `quiet_since` and `quiet` (the mark said: "chưa liên
        lạc từ hôm nay 08:08 (11 phút)") when the office has not heard from it for several of
        its push intervals (fleet.quiet_since); None while `office serve` is silent: nothing
        is heard from anyone then, and the pages' banner says why. Each with `cut_off` too,
        its silences the office recorded in the last day (CUT_OFF_SHOWN), now over, and
        `cut_off_said`: once the link is back the quiet mark is gone, and the head of office
        asks why it aired the storm warning late (o22web10 Z1); every door says them alike."""
        from .fleet import CUT_OFF_SHOWN, cut_off_said, quiet_since, quiet_text, silences
        from .heartbeat import outage, silent_since

        now = self.clock()
        down = bool(rows) and silent_since(self.conn) is not None
        gap = outage(self.conn) if rows and not down else None
        keys = [row["key_id"] for row in rows]
        cuts = silences(self.conn, now - CUT_OFF_SHOWN, now, keys) if rows else {}
        marked = []
        for row in rows:
            since = None if down else quiet_since(row, now, gap)
            quiet = quiet_text(since, now) if since else None
            cut = cuts.get(row["key_id"], [])
            marked.append({**row, "quiet_since": since, "quiet": quiet,
                           "cut_off": [{"since": s, "until": u} for s, u in cut],
                           "cut_off_said": cut_off_said(cut, now)})  # fmt: skip
        return marked

    def approve(
        self,
        fingerprint: str,
        groups: Sequence[str],
        by: str,
        new_groups: bool = False,
        no_group: bool = False,
        write_broker: bool = True,
    ) -> Changed:
        """Approve the station whose fingerprint was read over the phone; put it in groups
        (which must exist, unless `new_groups`; a new key whose old key was in groups gets
        none only with `no_group`). Without `write_broker` (the console) `office serve`
        writes the broker's files."""
        from .fleet import approve

        return approve(self.conn, fingerprint, list(groups), by, self.clock(), new_groups,
                       no_group, write_broker)  # fmt: skip

    def rename(self, fingerprint: str, commune: str, seen: str | None = None) -> dict[str, Any]:
        """Give an approved station its commune's right name, the old one kept for what it
        logged before (`seen`: the name the page showed; a rename since is said); `sharing`:
        the other stations that carry the name."""
        from .fleet import rename

        return rename(self.conn, fingerprint, commune, self.clock(), seen)

    def regroup(
        self,
        fingerprint: str,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        new_groups: bool = False,
        seen: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Move an approved station between groups, all or nothing (`seen`: the groups the
        page showed; a change since is said)."""
        from .fleet import regroup

        return regroup(self.conn, fingerprint, add, remove, new_groups, seen)

    def groups(self) -> list[str]:
        """The groups that exist: those that hold a station not revoked."""
        from .fleet import groups

        return groups(self.conn)

    def station(self, fingerprint: str) -> dict[str, Any]:
        """The station with that fingerprint, to be named before something is done to it."""
        from .fleet import find

        return self.marked([find(self.conn, fingerprint)])[0]

    def missed(self, key: str) -> list[Missed]:
        """The emergencies in force the station refused as sent before it was named, each
        with the command that sends it there (its page says it: review20 #8's class)."""
        from .emergency import missed, send_to_one

        now = self.clock()
        return [
            replace(e, command=send_to_one(e.code[:SHORT_CODE], InForce(
                e.id, e.title, e.text, e.valid_until, e.audio_sha256), now, self.repo))
            for e in missed(self.conn, key, now)
        ]  # fmt: skip

    def revoke(
        self,
        fingerprint: str,
        by: str,
        reason: str,
        write_broker: bool = True,
        retired: bool = False,
    ) -> Changed:
        """Stop trusting a lost or stolen station, or (`retired`) one a merge leaves out of
        service (again: rewrite its broker files; without `write_broker`, the console,
        `office serve` writes them)."""
        from .fleet import revoke

        return revoke(self.conn, fingerprint, by, reason, self.clock(), write_broker, retired)

    def broker_waiting(self) -> Waiting | None:
        """Since when an approval or revoke waits for `office serve` to write the broker's
        accounts, or for Mosquitto to read them (None: it has)."""
        from .broker import waiting

        return waiting(self.conn, self.clock())

    def serve_down_since(self) -> datetime | None:
        """When `office serve` was last heard from, once silent too long (None: it runs):
        nothing is signed meanwhile, a cancel asked from the console included."""
        from .heartbeat import silent_since

        return silent_since(self.conn)

    def serve_extends(self) -> bool:
        """Whether a station approved now gets the emergencies "to all" in force: an `office
        serve` running holds the emergency key (heartbeat.extends)."""
        from .heartbeat import extends

        return extends(self.conn)

    def serve_heard_at(self) -> datetime | None:
        """When `office serve` last said it runs (its beat, every 30 s): what a promise that
        rests on it running now names, the office not knowing better (o20web8 X4)."""
        from .heartbeat import heard_at

        return heard_at(self.conn)

    def quiet_among(self, message_id: str) -> list[str]:
        """What sending emergency `message_id` says at once of each commune it is for whose
        station is quiet (`marked`): it may not get it, and the phone call is the whole point
        in a storm (o22web10 Z2: the page said so once opened, the terminal nothing)."""
        from .fleet import stations

        targets = {key for (key,) in self.conn.execute(
            "SELECT key_id FROM emergency_reports WHERE emergency_id = %s", [message_id]
        )}  # fmt: skip
        return [
            _("{commune}: {quiet}: its station may be off or its line down and may not get "
              "it; call the commune").format(commune=row["commune"], quiet=row["quiet"])
            for row in self.marked(stations(self.conn))
            if row["key_id"] in targets and row["quiet"]
        ]  # fmt: skip

    def approved_later_said(self) -> str:
        """What sending an emergency "to all" says of a station approved while it is in force:
        `office serve` adds it if it runs then (it was heard from lately: not a promise, as it
        may have just stopped, o20web8 X4), or not while it is down or without the key."""
        from common.localtime import local_text

        today = self.clock().astimezone(OFFICE_ZONE).date()
        down = self.serve_down_since() or self.serve_late_since()
        if down is not None:
            return _("It is for the stations approved now: the office server has not been heard "
                     "from since {time}, so a station approved while it is in force gets it only "
                     "once the server runs again; approving one says how to send it there "
                     "now.").format(
                time=local_text(down, OFFICE_ZONE, today, mid=True))  # fmt: skip
        if not self.serve_extends():  # review18 #3: only one with the emergency key adds them
            return _("It is for the stations approved now: the office server does not run with "
                     "the emergency key now, so a station approved while it is in force does not "
                     "get it; that station's page says how to send it there.")  # fmt: skip
        heard = self.serve_heard_at()
        return _("It is for the stations approved now, and for each one approved while it is in "
                 "force if the office server runs then (last heard from {time}): it adds that "
                 "station, which airs it. Approving one says whether it has it.").format(
            time=local_text(heard, OFFICE_ZONE, today, mid=True) if heard else "–")  # fmt: skip

    def serve_stopped_parts(self) -> dict[str, datetime]:
        """The parts of `office serve` that stopped while it runs, each since when (the
        heartbeat's rows): what the banner and a cancel request's line both say."""
        from .heartbeat import stopped_parts

        return stopped_parts(self.conn)

    def serve_late_since(self) -> datetime | None:
        """When `office serve` was last heard from, if it missed a beat but is not yet said
        to be down (None: it beats on time)."""
        from .heartbeat import late_since

        return late_since(self.conn)

    def cancels_signed(self) -> bool:
        """Whether a cancel asked now is signed within seconds: `office serve` runs, and so
        does its part that signs cancels (else the request's line says why not)."""
        from .heartbeat import CANCELS

        return self.serve_down_since() is None and CANCELS not in self.serve_stopped_parts()

    def serve_silent(self) -> str | None:
        """What the pages that count airings, and `emergency status`, say once `office serve`
        has been silent too long: the communes' logs and reports are not collected meanwhile,
        so a commune that aired reads as silent; or, while it runs, each part of it that
        stopped (heartbeat.SAID), and its being without the broker: their reports on
        emergencies then come only with their pushed logs (None: all is well)."""
        from common.localtime import local_text

        from .heartbeat import REPORTS, SAID, running, unreached_since

        today = self.clock().astimezone(OFFICE_ZONE).date()
        since = self.serve_down_since()
        if since:
            return _(
                "The office server has not been heard from since {time}: the communes' logs and "
                "reports on emergencies are not being collected, so a commune that aired since "
                "then may be counted here as not known yet or not aired. Call the technician to "
                "start the office server again."
            ).format(time=local_text(since, OFFICE_ZONE, today, mid=True))
        said = []
        serves = running(self.conn)  # two by mistake, or a restart beside the old one (#6)
        if len(serves) > 1:
            said.append(_(
                "{count} office servers are running at once ({serves}): they may push each "
                "other off the message broker, so the communes' reports on emergencies may "
                "arrive late. Call the technician to leave only one running."
            ).format(count=len(serves), serves=", ".join(serves)))  # fmt: skip
        stopped = self.serve_stopped_parts()  # it runs, but a part of it may not (w16d)
        said += [_(SAID[name]).format(time=local_text(at, OFFICE_ZONE, today, mid=True))
                 for name, at in stopped.items() if name in SAID]  # fmt: skip
        lost = None if REPORTS in stopped else unreached_since(self.conn)
        if lost:
            said.append(_(
                "The office server runs but has not reached the message broker since {time}: "
                "the communes' reports on emergencies reach the office only with the logs they "
                "send, so a commune that aired may read here as not known yet for a few "
                "minutes; call the technician to check the message broker."
            ).format(time=local_text(lost, OFFICE_ZONE, today, mid=True)))  # fmt: skip
        return " ".join(said) or None

    def refusals(self, station: dict[str, Any]) -> list[RefusalSaid]:
        """The campaigns the station refused at its last sync, as its page says them: each
        with the file to correct, when the office knows it (fleet.refusal_said)."""
        from .fleet import refusal_said

        return [refusal_said(self.conn, r) for r in station["refused_campaigns"] or []]

    def report(
        self, month_text: str, campaign: str | None = None, group: str | None = None
    ) -> FleetReport:
        """The month per commune, and the communes that went silent."""
        from .report import fleet_report

        return fleet_report(self.conn, self._month(month_text), self.clock(), campaign, group)

    def add_unaired(self, report: FleetReport, repo: Path | None = None) -> FleetReport:
        """The report with its section of the notices some commune they were for did not
        air: the month page's notices, so the signed PDF and her screen agree; the reasons
        in Vietnamese, as the whole report is, whatever the process speaks (o19web7 W3)."""
        from .report import REPORT_LANGUAGE

        found = self.notices(report, repo, REPORT_LANGUAGE)
        report.unaired = [notice for notice in found if notice.not_aired]
        return report

    def notices(
        self, report: FleetReport, repo: Path | None = None, language: str | None = None
    ) -> list[NoticeLine]:
        """Every notice of the report's period and group, by campaign: first the campaigns
        current in it as `publish` recorded them (a notice nobody aired included: it is the
        one to chase; with `repo`, named by its published title), then the notices logged of
        campaigns published before the office kept that record, as the communes logged them.
        Each with the communes it was for that aired its current version and those that did
        not, with why where known (an older version aired, the new one waits for approval)."""
        from common.i18n import translations

        from .report import NoticeLine, aired

        found: list[NoticeLine] = []
        seen: set[str] = set()
        say = translations(language).gettext if language else _

        def add(campaign: str, title: str, who: Aired, everyone: bool = False) -> None:
            communes, short, why = who.communes(say)
            if communes or short or not report.group:  # else: none of the group's
                found.append(NoticeLine(campaign, title, tuple(communes), tuple(short),
                                        tuple(why.items()),
                                        everyone and not report.group))  # fmt: skip

        for current in self._campaigns_of(report.period, report.group, repo, language):
            if report.campaign in (None, current.name):
                seen.update(current.ids)
                for notice in current.notices:
                    add(current.title, notice.title, notice, current.everyone)
        audiences = recorded_audiences(self.conn, repo)
        for line in report.versions:
            if line.emergency or line.announcement_id in seen:
                continue  # emergencies are counted apart, each for every commune it reached
            seen.add(line.announcement_id)
            who = aired(self.conn, line.announcement_id, None, report.period, report.group,
                        audiences, now=self.clock(), language=language)  # fmt: skip
            add(line.campaign, line.name or line.title, who)
        return sorted(found, key=lambda notice: notice.campaign)  # stable: in publish order

    def _month(self, month_text: str) -> Period:
        """The month typed; one that has not begun is refused (nothing can have aired)."""
        from broadcaster.report import month_period

        period = month_period(month_text)
        if period.first > self.clock().astimezone(OFFICE_ZONE).date():
            raise OfficeError(
                _("{month} has not begun yet: nothing has aired in it; give this month or an "
                  "earlier one").format(month=mid_sentence(period.label))
            )  # fmt: skip
        return period

    @staticmethod
    def export_report(
        report: FleetReport,
        fmt: str,
        out: Path,
        issuer: str | None = None,
        parent: str = "",
        place: str = "",
        signer: str | None = None,
    ) -> None:
        """Write the report; a PDF is headed by the office as it names itself (`issuer`, the
        body above it, the place of its date line, who signs), else by a generic heading."""
        from dataclasses import replace

        from .report import OFFICE_LETTERHEAD, export

        base = OFFICE_LETTERHEAD
        head = replace(base, issuer=issuer or base.issuer, parent=parent, place=place,
                       signer=signer or base.signer)  # fmt: skip
        export(report, fmt, out, head)

    def export_lines(
        self,
        month_text: str,
        fmt: str,
        out: Path,
        campaign: str | None = None,
        group: str | None = None,
    ) -> tuple[int, str]:
        """Every commune's airing lines of the month, in the columns of a station's own
        export, written to `out`; returns how many lines and the period's label."""
        from .report import airing_lines, export_lines

        period = self._month(month_text)
        lines = airing_lines(self.conn, period, self.clock(), campaign, group)
        return export_lines(lines, fmt, out, period.label), period.label

    def aired(
        self,
        wanted: str | None,
        version: int | None = None,
        month_text: str | None = None,
        group: str | None = None,
        repo: Path | None = None,
    ) -> Aired:
        """Which communes aired the notice (that version), or every notice of the campaign
        `wanted` names, and which did not; with the repository, the communes a campaign was
        not published for are named apart. Without `wanted`, says which campaigns there are
        (o15web3 K6)."""
        from .report import aired, campaign_names

        if not wanted:
            names = campaign_names(self.conn)
            raise OfficeError(
                _("name a notice or a campaign; the campaigns: {names}").format(
                    names=", ".join(names)) if names else
                _("name a notice or a campaign: none has been published or aired yet")
            )  # fmt: skip
        period = self._month(month_text) if month_text else None
        return aired(self.conn, wanted, version, period, group,
                     recorded_audiences(self.conn, repo), now=self.clock())  # fmt: skip

    def _campaigns_of(
        self, period: Period, group: str | None, repo: Path | None, language: str | None = None
    ) -> list[MonthCampaign]:
        """The campaigns current in `period`, each notice named by the title its communes
        logged, else as `repo` publishes it now, else as `publish` recorded it (o19web7 W3:
        the report had only the ids of a notice nobody aired without the repository)."""
        from dataclasses import replace

        from .report import MonthCampaign, aired, current_campaigns

        titles = _published_titles(repo) if repo else lambda _campaign: (None, {})
        found = []
        for campaign in current_campaigns(self.conn, period):

            def audience(name: str, known: Current = campaign) -> Audience | None:
                return known.audience if name == known.name else None

            published, published_notices = titles(campaign.name)
            named = campaign.titles | published_notices
            notices = [aired(self.conn, notice, None, period, group, audience, campaign.name,
                             self.clock(), language) for notice in campaign.notices]  # fmt: skip
            notices = [replace(n, title=named[n.title]) if n.title in named else n for n in notices]
            logged = [line.campaign for notice in notices for line in notice.aired]
            title = logged[0] if logged else published or campaign.title or campaign.name
            found.append(MonthCampaign(campaign.name, title, notices, campaign.notices,
                                       campaign.audience.everyone))  # fmt: skip
        return found

    def silent(self, hours: float = 24, group: str | None = None) -> list[SilentLine]:
        """Approved communes not heard from for more than `hours`."""
        from .report import silent

        return silent(self.conn, self.clock(), timedelta(hours=hours), group)

    def set_up_broker(
        self, url: str, office_url: str | None, folder: Path, pid_file: Path | None
    ) -> tuple[BrokerSettings, bool]:
        """Remember the broker; write its password and ACL files from the register. Returns
        them and whether Mosquitto took them (it let the probe in)."""
        from .broker import setup

        return setup(self.conn, url, office_url, folder, pid_file)

    def send_emergency(
        self,
        publisher: Publisher,
        text: str | None = None,
        audio: Path | None = None,
        to: Sequence[str] = (),
        valid_minutes: float = 30.0,
        by: str = "office",
        again: bool = False,
    ) -> Sent:
        """Sign an emergency with the publisher's emergency key, file it, serve it from the
        repository and publish it over the broker (QoS 1); the same one sent a moment ago is
        refused unless `again`."""
        from .emergency import send

        return send(
            self.conn, publisher.keys, publisher.repo, self.clock(), text=text, audio=audio,
            to=to, valid_minutes=valid_minutes, by=by, again=again,
        )  # fmt: skip

    def cancel_emergency(
        self, message_id: str, by: str, publisher: Publisher | None = None
    ) -> Cancelled:
        """Take back an emergency sent by mistake: a signed cancel, served and published like
        it; the communes that have not aired it never will. Signed with the keys (and served
        from the repository) of `publisher`, or of office.toml."""
        from .emergency import cancel

        if publisher is None:
            publisher = self.emergency_publisher(self.read_settings())
        return cancel(self.conn, publisher.keys, publisher.repo, self.clock(), message_id, by)

    def request_cancel(self, message_id: str, by: str) -> None:
        """What the web console does instead of signing: record that `by` asks to cancel
        the emergency, for `office serve` to sign and publish within seconds (refused as
        `cancel_emergency` refuses: unknown, already cancelled, over)."""
        from .cancel_requests import request

        request(self.conn, message_id, by, self.clock())

    @staticmethod
    def emergency_publisher(found: OfficeSettings | None) -> Publisher:
        """The keys and repository office.toml names, its emergency key read once to be sure
        this process may sign with it (the terminal, `office serve`; never the web console,
        which must not read the keys)."""
        from upstream.keys import signer

        if found is None or found.keys is None or found.repo is None:
            raise OfficeError(
                _("the keys folder and the repository are not set in {file}: set them "
                  "once with 'broadcaster office init --keys … --repo …'").format(
                    file=OFFICE_SETTINGS_FILE
                )
            )  # fmt: skip
        try:
            signer(found.keys, "emergency")
        except (UpstreamError, OSError) as e:
            raise OfficeError(str(e)) from e
        return Publisher(found.keys, found.repo)

    def emergencies(self, limit: int = 20, viewer: bool = False) -> list[SentLine]:
        """The emergencies sent, newest first, each with how many communes aired it, and the
        cancel asked for from the console, if any, as the emergency's page says it (to a
        `viewer`, whom to tell, not a command)."""
        from .emergency import sent

        lines = sent(self.conn, limit, self.clock())
        airing = {line.id for line in lines if line.awaited}
        asked = self._cancel_requests([line.id for line in lines], airing, viewer)
        return [replace(line, cancel_request=asked.get(line.id)) for line in lines]

    def _cancel_requests(
        self, message_ids: Sequence[str], airing: Collection[str], viewer: bool
    ) -> dict[str, CancelRequest]:
        """The cancels asked for from the console, as the list and each emergency's page say
        them: nobody signs them while `office serve`, or its signer, is down; `airing`: the
        emergencies a commune may still air."""
        from .cancel_requests import requests
        from .heartbeat import CANCELS

        return requests(self.conn, message_ids, self.clock(), self.serve_down_since(),
                        self.serve_stopped_parts().get(CANCELS), airing,
                        self.whom_to_tell() if viewer else None)  # fmt: skip

    def whom_to_tell(self) -> str:
        """Whom a viewer, who runs no command and cancels nothing, tells when something must
        be done: the office's admins by name, or the technician (o21web9 Y6: she was told to
        run commands)."""
        admins = [account.full_name or account.name for account in self.accounts.list()
                  if account.role.value == "admin"]  # fmt: skip
        return _("the office's admins ({names}) or the technician").format(names=", ".join(admins))

    def emergency(self, message_id: str, viewer: bool = False) -> EmergencyStatus:
        """An emergency sent and where each targeted commune is with it (to a `viewer`, whom
        to tell, not a command)."""
        from .emergency import (
            AIRED_STATES,
            CUT,
            aired_text,
            awaited,
            cut_text,
            shown_state,
            state_names,
            status,
        )
        from .heartbeat import outage

        now = self.clock()
        found = status(self.conn, message_id, now)
        over = found["valid_until"] <= now and not found["cancelled_at"]
        names = state_names(bool(found["cancelled_at"]), over)
        not_aired = tuple(
            row["commune"] for row in found["communes"] if over and row["state"] not in AIRED_STATES
        )
        communes = []
        waiting = not (over or found["cancelled_at"])  # a silent commune may still answer
        serve_silent = self.serve_silent()  # the answers wait for the office's own server
        # late (a missed beat) is also down's time: down is only late for longer
        held = self.serve_late_since() if waiting else None
        lost: tuple[datetime, str] | None = None  # since when, and why, answers cannot come
        if held:  # its answer waits for the office's server, not for the commune
            lost = held, self._held_since(held)
        elif waiting and serve_silent:  # it runs but takes no report: they come with the logs
            lost = self._reports_kept()
        advise = waiting and not (serve_silent or held)
        unknown = _("not known yet")  # not "no answer": its report waits for the server (Z3)
        kept = [
            row["state"] == "silent"
            and lost is not None
            and kept_back(row["sent_at"] or found["issued_at"], lost[0])
            for row in found["communes"]
        ]
        intervals = self._intervals([row["fingerprint"] for row in found["communes"]])
        # the office's own last silence is not the communes' (read only where it is used)
        gap = outage(self.conn) if waiting and not all(kept) else None
        for row, kept_back_now in zip(found["communes"], kept, strict=True):
            label = _(names[shown_state(row)])
            if row["reason"]:  # the station's words as it sent them (an older one's "SIGINT")
                row = {**row, "reason": in_language(row["reason"])}
            if kept_back_now and lost:  # the office's server, not the commune
                label, row = unknown, {**row, "reason": lost[1]}
            elif row["state"] == "silent" and waiting:  # since when, and what to do (Y4);
                # silent long before the link was lost, the commune did not answer (review23 #2)
                row = {**row, "reason": self._unanswered(
                    row["last_contact"], intervals.get(row["fingerprint"]), found["issued_at"],
                    advise or lost is not None, gap)}  # fmt: skip
            if row["heard"] in CUT:  # when it went on air, and when a cancel cut it
                label = cut_text(row, found["issued_at"])
            elif row["aired_at"] is not None:  # when and how late, what Mai asks after an outage
                label = aired_text(label, row["aired_at"], row["late_s"], found["issued_at"],
                                   row["sent_at"], row.get("cut_off"))  # fmt: skip
            if row["aired_at"] is not None and row.get("times", 1) > 1:  # cut, aired again
                label = _("{state}; {times} airings in all").format(state=label,
                                                                   times=row["times"])  # fmt: skip
            if row.get("via"):  # sent to it alone, the same words: that send's state (X5)
                label = _("{state} (through the separate send {id})").format(
                    state=label, id=row["via"])  # fmt: skip
            if row["state"] == "unsent":  # approved since: why it has not got it, what to do
                short = row["fingerprint"][:SHORT_CODE]
                row = {**row, "reason": self._unsent_why(short, InForce(
                    found["id"], found["title"], found["text"], found["valid_until"],
                    found["audio_sha256"]), viewer)}  # fmt: skip
            elif row["state"] == "aired":  # the voice it was read in is the station's business
                row = {**row, "remark": row["reason"], "reason": None}
            elif (row["state"] == "missed" and found["cancelled_at"]) or row["heard"] in CUT:
                row = {**row, "remark": row["reason"], "reason": None}  # its label says why
                # (o16web4 K9: a cut airing's voice note is the station's business too; one
                # cut earlier, by a restart or a fault, keeps the station's reason)
            communes.append(CommuneState(**row, label=label))
        counts = {_(names[state]): n for state, n in sorted(found["counts"].items())}
        if any(kept):  # as their rows say: kept back, not silent (review23 #2)
            silent = _(names["silent"])
            counts[silent] -= sum(kept)
            counts = {said: n for said, n in counts.items() if n} | {unknown: sum(kept)}
        waits = sum(awaited(row["state"], now, found["valid_until"], found["cancelled_at"])
                    for row in found["communes"])  # fmt: skip
        return EmergencyStatus(
            found["id"], found["title"], found["issued_at"], found["valid_until"], communes,
            counts, found["text"], found["cancelled_at"], found["cancelled_by"], not_aired,
            None if found["cancelled_at"] or serve_silent else
            self._unheard(found, communes),
            self._cancel_requests([message_id], [message_id] if waits else [], viewer).get(
                message_id),
            waits,
        )  # fmt: skip

    def left_out(self, changed: Changed) -> list[str]:
        """What approving a station says of each emergency "to all" in force, sent before:
        only `office serve` sends it there, so whether it has (it runs with the emergency key
        and was quick), or why not and what to do, and how to follow it; as the command and
        the console's Duyệt say it (o19web7 W4: nothing said so; o20web8 X4: nor while serve
        had just stopped, the office not knowing yet)."""
        return self.in_force_said(changed.station)

    def in_force_said(
        self, row: dict[str, Any], but: Sequence[str] = (), viewer: bool = False
    ) -> list[str]:
        """`left_out`'s sentences for the station `row` (its page says them too, o20web8 W4:
        it said nothing of the emergency the commune lacked), but of the emergencies `but`
        (its page says those already: refused by the station, `missed`); to a `viewer`, whom
        to tell and no command (o21web9 Y6)."""
        from common.localtime import local_text

        from .emergency import in_force_for, lacking

        def follow(message_id: str) -> str:
            return (
                ""
                if viewer
                else " "
                + _("Follow it: broadcaster office emergency status {id}").format(id=message_id)
            )

        today = self.clock().astimezone(OFFICE_ZONE).date()
        said = [
            _("Emergency {id} for every station, in force, has been sent to {commune} by the "
              "office server.").format(id=message_id, commune=row["commune"]) + follow(message_id)
            for message_id in in_force_for(self.conn, row["key_id"], self.clock())
            if message_id not in but
        ]  # fmt: skip
        return said + [
            _("Emergency {id} (“{title}”) for every station is in force until {until}, and "
              "{commune} does not have it: {why}").format(
                id=emergency.id, title=emergency.title, commune=row["commune"],
                until=local_text(emergency.valid_until, OFFICE_ZONE, today, mid=True),
                why=self._unsent_why(row["fingerprint"][:SHORT_CODE], emergency, viewer))
            + "." + follow(emergency.id)
            for emergency in lacking(self.conn, row["key_id"], self.clock())
            if emergency.id not in but
        ]  # fmt: skip

    def _unsent_why(self, code: str, emergency: InForce, viewer: bool = False) -> str:
        """Why a commune approved after an emergency "to all" was sent has not got it, and
        what to do: nothing while `office serve` runs with the emergency key (it sends it
        within a minute); else start the server, or send it to the commune alone now (a
        `viewer`: whom to tell)."""
        from common.localtime import local_text

        from .emergency import send_to_one

        now = self.clock()
        today = now.astimezone(OFFICE_ZONE).date()
        if self.serve_extends():  # heard from lately: it may have stopped since (o20web8 X4);
            # no command yet: sent both ways, the commune would air it twice
            heard = self.serve_heard_at()
            return _("it was approved after the sending; if the office server is running (last "
                     "heard from {time}), it sends it to this commune within a minute; if it is "
                     "still not sent a minute later, the emergency's status says how to send it "
                     "now").format(
                time=local_text(heard, OFFICE_ZONE, today, mid=True) if heard else "–")  # fmt: skip
        down = self.serve_down_since() or self.serve_late_since()
        if viewer:  # she runs no command: whom to tell (o21web9 Y6)
            why = (_("the office server does not run with the emergency key, so it is not sent "
                     "to this commune") if down is None else
                   _("the office server has not been heard from since {time}, so it is not "
                     "sent to this commune until the server runs again").format(
                       time=local_text(down, OFFICE_ZONE, today, mid=True)))  # fmt: skip
            return why + "; " + _("tell {whom}: an admin can send it to this commune alone").format(
                whom=self.whom_to_tell())  # fmt: skip
        command = send_to_one(code, emergency, now, self.repo)
        if down is None:
            return _(
                "the office server does not run with the emergency key, so it is not sent "
                "to this commune; send it now: {command}"
            ).format(command=command)
        return _("the office server has not been heard from since {time}, so it is not sent to "
                 "this commune until the server runs again: call the technician to start it, "
                 "or send it now: {command}").format(
            time=local_text(down, OFFICE_ZONE, today, mid=True), command=command)  # fmt: skip

    def _held_since(self, since: datetime) -> str:
        """Why a commune's answer to an emergency in force is not known while `office serve`
        is silent (since `since`): its report, and its log, wait for the server; the commune
        may well have aired it (o22web10 Z3: three communes that had aired read "không phản
        hồi" in a row, as if failing)."""
        from common.localtime import local_text

        today = self.clock().astimezone(OFFICE_ZONE).date()
        return _("the office server has not been heard from since {time}, so the commune's "
                 "report has not been received").format(
            time=local_text(since, OFFICE_ZONE, today, mid=True))  # fmt: skip

    def _reports_kept(self) -> tuple[datetime, str] | None:
        """Why a commune's answer to an emergency in force is not known while `office serve`
        runs but takes no report (its part that takes them stopped, or it has not reached
        the broker, since when): its report comes only with its pushed log, and only the
        commune can say now whether it aired (w22z: "không phản hồi", as if the commune
        failed, Z3's class), and since when; None: it takes them."""
        from common.localtime import local_text

        from .heartbeat import REPORTS, unreached_since

        stopped = self.serve_stopped_parts().get(REPORTS)
        since = stopped or unreached_since(self.conn)
        if since is None:
            return None
        time = local_text(since, OFFICE_ZONE, self.clock().astimezone(OFFICE_ZONE).date(), mid=True)
        if stopped:
            return since, _("the office server's part that takes the communes' reports has "
                            "stopped since {time}, so the commune's report comes only with its "
                            "log; to know now, call the commune").format(time=time)  # fmt: skip
        return since, _("the office server has not reached the message broker since {time}, so "
                        "the commune's report comes only with its log; to know now, call the "
                        "commune").format(time=time)  # fmt: skip

    def _intervals(self, codes: Sequence[str]) -> dict[str, float | None]:
        """Each station's code → how often it says it pushes (minutes; None: it never said)."""
        return dict(self.conn.execute(
            "SELECT fingerprint, push_minutes FROM stations WHERE fingerprint = ANY(%s)",
            [list(codes)]).fetchall())  # fmt: skip

    def _unanswered(
        self,
        contact: datetime | None,
        every: float | None,
        sent: datetime,
        advise: bool,
        gap: tuple[datetime, datetime] | None,
    ) -> str:
        """Why a commune has not answered an emergency in force, and what to do (o21web9 Y4:
        "không phản hồi" alone, for minutes, while its station was off): its last contact
        with the office, and, once its station is quiet (fleet.quiet, `gap` the office server's
        own last silence) or UNHEARD_AFTER
        has passed since the sending, to call the commune; not when the office's own server
        keeps the answers back (`advise` False: the banner says why)."""
        from common.localtime import local_text

        from .fleet import quiet, quiet_text

        now = self.clock()
        silent = contact is None or quiet(contact, every, now, gap)
        if contact is None:
            said = _("never in contact with the office")
        elif silent:
            said = quiet_text(contact, now)
        else:
            today = now.astimezone(OFFICE_ZONE).date()
            said = _("last contact {when}").format(
                when=local_text(contact, OFFICE_ZONE, today, mid=True)
            )
        if advise and (silent or now - sent >= UNHEARD_AFTER):
            said = _("{said}: its station may be off or its line down; call the commune").format(
                said=said
            )
        return said

    def _unheard(self, found: dict[str, Any], communes: Sequence[CommuneState]) -> str | None:
        """Communes silent UNHEARD_AFTER past the sending while the emergency is valid: a
        station polls each minute, so they cannot reach the office (nor its broker, nor its
        repository); their last contact tells Mai since when. Once it is over, the communes
        that never aired it are named apart (`not_aired`). Unless `office serve` missed its
        beat: their answers then wait for it, and the cause is the office's own (o18web6 C1:
        two minutes after it died, this blamed the communes' network, the banner saying
        nothing yet)."""
        from common.localtime import local_text

        now = self.clock()
        waited = now - found["issued_at"]
        silent = [line for line in communes if line.state == "silent"]
        if waited < UNHEARD_AFTER or not silent or now >= found["valid_until"]:
            return None
        minutes = int(waited.total_seconds() // 60)
        late = self.serve_late_since()
        if late is not None:
            return _(
                "No word from {n} station(s) {minutes} min after sending, but the office server "
                "itself has not been heard from since {time}: the communes' answers wait for "
                "it, so this says nothing yet of their network. If it is still not heard from "
                "in a minute, it has stopped: call the technician to start it again."
            ).format(n=len(silent), minutes=minutes, time=local_text(late, OFFICE_ZONE,
                     now.astimezone(OFFICE_ZONE).date(), mid=True))  # fmt: skip
        contacts = ", ".join(
            f"{line.commune} "
            + (local_text(line.last_contact, OFFICE_ZONE) if line.last_contact else _("never"))
            for line in silent
        )
        return _(
            "No word from {n} station(s) {minutes} min after sending (last contact: {contacts}). "
            "Without the broker a station gets the emergency only when it can reach the "
            "office's repository: check these stations' network."
        ).format(n=len(silent), minutes=minutes, contacts=contacts)


@dataclass(frozen=True)
class Publication:
    """What one `publish` did: a new repository (its root.json, to give the stations), each
    announcement's change, the count per campaign published, and the words the reader had to
    guess in each script (to fix before fifty communes air them)."""

    new_root: Path | None
    changes: list[Change]
    published: dict[str, int]
    withdrawn: tuple[str, ...]
    guessed: list[tuple[str, str, str]]
    """(campaign, announcement id, the sentence naming the words guessed)."""
    root_fingerprint: str
    audience: str | None = None
    """Whom the campaigns published are for, when the office said (else as before)."""
    rang: bool | None = None
    """True: the doorbell rang; False: the broker could not be reached; None: no broker."""
    doorbell_problem: str | None = None
    skipped: tuple[Path, ...] = ()
    """Hidden and editor files in the folders, not published (the office is told)."""
    approved: int | None = None
    """For everyone (with --everyone, at the first publish, and whenever no station is
    approved yet): how many stations are approved now (those approved later air it too)."""
    untitled: dict[str, str | None] = field(default_factory=dict)
    """Campaigns published none of whose notices gives a 'campaign_title' (every report and
    page names them by their folder's id: the office is told) → the title they were published
    under before, the example the warning gives (o15web3 K6: never another campaign's)."""
    ended: list[tuple[Path, str, date]] = field(default_factory=list)
    """(file, title, last day) of each notice published past its last day (`valid_until:`):
    no commune will air it, though every station takes it."""
    narrowed: list[tuple[str, list[str], str, datetime]] = field(default_factory=list)
    """(campaign, the communes that stop receiving it, whom it was for, when it was published
    so): a `--to` replaces the audience, and those it leaves out are said (o21web9 Y2)."""
    kept: list[tuple[str, str]] = field(default_factory=list)
    """Without --to or --everyone, for each campaign published before for some only: (its
    name, whom it is still for): o22web10 Z4, after a narrowing a plain publish kept one
    commune without a word (one for everyone, the default, needs none)."""
    unreached: list[str] = field(default_factory=list)
    """Campaigns published for some communes that reach no station in service any more
    (each it named revoked or retired in a merge): o23web11 V2, it said "for Tân Sơn"."""
    namesakes: list[str] = field(default_factory=list)
    """Stations it is for as one commune with others of their name (`fleet.namesakes_said`)."""


def _unreached(
    repository: Repository, conn: psycopg.Connection, campaigns: Iterable[str]
) -> list[str]:
    """`Publication.unreached` of `campaigns`, as their manifests say now."""
    from upstream.manifest import AUDIENCE
    from upstream.targeting import read_audience

    from . import fleet

    found = []
    for name in sorted(campaigns):
        manifest = repository.published_manifest(name)
        audience = None if manifest is None else read_audience(manifest.get(AUDIENCE), name)
        # one for everyone reaches every station approved, now or later: none approved yet
        # is no station retired or revoked (w26office #2), and `Publication.approved` says it
        if audience is not None and not audience.everyone and not fleet.reached(conn, audience):
            found.append(name)
    return found


def _for_everyone(repository: Repository, campaigns: Iterable[str]) -> bool:
    """Whether one of `campaigns` is published for every commune now."""
    from upstream.manifest import AUDIENCE
    from upstream.targeting import read_audience

    return any(
        (manifest := repository.published_manifest(name)) is not None
        and read_audience(manifest.get(AUDIENCE), name).everyone
        for name in campaigns
    )


def _kept(
    repository: Repository, conn: psycopg.Connection | None, campaigns: Sequence[str]
) -> list[tuple[str, str]]:
    """`Publication.kept` of `campaigns`, published before, as their manifests say now."""
    from upstream.manifest import AUDIENCE
    from upstream.targeting import read_audience

    from . import fleet

    found = []
    for name in campaigns:
        manifest = repository.published_manifest(name) or {}
        audience = read_audience(manifest.get(AUDIENCE), name)
        if not audience.everyone:
            said = fleet.audience_said(conn, audience) if conn else audience.describe()
            found.append((name, said))
    return found


@dataclass
class Publisher:
    """The office's signed repository (TUF) and the keys kept beside it, off the web."""

    keys: Path
    repo: Path
    clock: Clock = system_clock

    @staticmethod
    def init_keys(keys: Path) -> dict[str, SSlibKey]:
        """The five keys (root, targets, snapshot, timestamp, emergency), in a new folder."""
        from upstream.keys import init_keys

        return init_keys(keys)

    def rotate(self, role: str) -> int:
        """Replace `role`'s key; returns the new root version the stations will follow."""
        from upstream.repository import Repository

        held = folder_locked(self.repo) if self.repo.is_dir() else nullcontext()  # else: said
        with held:  # a publish meanwhile would sign with the old key
            return int(Repository(self.keys, self.repo).rotate(role, self.clock()).signed.version)

    def publish(
        self,
        campaigns: Sequence[Path],
        withdraw: Sequence[str] = (),
        to: Sequence[str] = (),
        everyone: bool = False,
        dsn: str | None = None,
    ) -> Publication:
        """Publish campaign folders (replacing those campaigns only) and withdraw others; a
        repository is made on first use. `to` names groups or station fingerprints (the
        campaigns are for them only), `everyone` makes them for every station again; with
        neither, each keeps whom it was for. With the office's database (`dsn`) the group
        membership is published beside them and the doorbell rings."""
        from upstream.repository import Repository

        from .db import open_office

        if not campaigns and not withdraw:
            raise OfficeError(_("nothing to publish: name campaign folders, or campaigns to "
                                "withdraw"))  # fmt: skip
        if to and everyone:
            raise OfficeError(_("a campaign is for some groups or stations, or for everyone"))
        if to and not dsn:
            raise OfficeError(
                _("naming groups or stations needs the office's database, which knows them")
            )
        from upstream.keys import public_key

        public_key(self.keys, "root")  # keys that are none are said before a folder is made
        repository = Repository(self.keys, self.repo)
        changing = dict.fromkeys([*(slug(folder.name) for folder in campaigns), *withdraw])
        self.repo.mkdir(parents=True, exist_ok=True)
        seen = repository.stamps(changing)  # what this command read, before it waits its turn
        conn = open_office(dsn) if dsn else None
        try:
            with folder_locked(self.repo):  # one publish at a time (o21web9 Y2)
                return self._publish_locked(repository, seen, campaigns, withdraw, to, everyone,
                                            conn)  # fmt: skip
        finally:
            if conn:
                conn.close()

    def _publish_locked(
        self,
        repository: Repository,
        seen: dict[str, str | None],
        campaigns: Sequence[Path],
        withdraw: Sequence[str],
        to: Sequence[str],
        everyone: bool,
        conn: psycopg.Connection | None,
    ) -> Publication:
        """`publish`, holding the repository: refused if a campaign it changes was changed by
        another command since it was read (two officers publishing it at once, the second's
        audience replacing the first's while both terminals said done)."""
        from announcements.normalize import guessed_summary
        from upstream.campaign import listing
        from upstream.repository import guessed_words, past_end, scripts_of
        from upstream.targeting import Audience

        from . import fleet

        _refuse_if_changed_meanwhile(repository, seen)
        audience = Audience() if everyone else None
        membership = fleet.membership(conn) if conn else None
        if conn and to:
            audience = fleet.audience(conn, to)
        # until a first publication succeeds, the stations have not been given the root
        first = not (repository.metadata / "timestamp.json").exists()
        narrowed = (
            _narrowed(conn, repository, [slug(f.name) for f in campaigns], audience)
            if conn and audience is not None and not first
            else []
        )
        if not (repository.metadata / "root.json").exists():
            repository.create(self.clock())
        new_root = repository.metadata / "root.json" if first else None
        named = {
            name: _campaign_title(repository, name)
            for name in dict.fromkeys(slug(folder.name) for folder in campaigns)
        }
        changes = repository.publish(
            campaigns,
            self.clock(),
            withdraw,
            audience=audience,
            membership=membership,
            replaced=fleet.replaced(conn) if conn else None,
        )
        untitled = {name: before for name, before in named.items()
                    if _campaign_title(repository, name) is None}  # fmt: skip
        if conn:
            files = {script.id: str(path) for _c, path, script in scripts_of(campaigns)}
            _record_campaigns(conn, repository, changes, self.clock(), files)
        rang, problem = _ring_doorbell(conn, self.clock()) if conn else (None, None)
        everyone = conn is not None and audience is not None and audience.everyone
        said = (
            None
            if audience is None
            else (fleet.audience_said(conn, audience) if conn else audience.describe())
        )
        approved = None
        if conn and (everyone or _for_everyone(repository, named)):
            count = len(fleet.approved_keys(conn))  # said when asked, first, and when none
            approved = count if everyone or first or not count else None
        kept = [] if audience is not None else _kept(repository, conn, [
            name for name in named if any(c.campaign == name and c.change != "new"
                                          for c in changes)])  # fmt: skip
        unreached = _unreached(repository, conn, named) if conn else []
        namesakes = (
            fleet.namesakes_said(conn, None if audience.everyone else
                                 audience.members(fleet.membership(conn)))
            if conn and audience is not None else []
        )  # fmt: skip
        published = {
            name: sum(c.campaign == name and c.change != "withdrawn" for c in changes)
            for name in [slug(folder.name) for folder in campaigns]
        }
        guessed = [
            (campaign, announcement_id, guessed_summary(words, at_office=True))
            for campaign, announcement_id, words in guessed_words(list(campaigns))
        ]
        return Publication(
            new_root, changes, published, tuple(withdraw), guessed, root_fingerprint(self.keys),
            said, rang, problem,
            tuple(path for folder in campaigns for path in listing(folder)[1]), approved,
            untitled, [(path, script.title, script.valid_until) for path, script in
                       past_end(campaigns, self.clock().astimezone(OFFICE_ZONE).date())
                       if script.valid_until], narrowed, kept, unreached, namesakes,
        )  # fmt: skip

    def campaigns(self) -> list[PublishedCampaign]:
        """Every campaign of the repository: published (for whom, since when) or withdrawn
        (when). Needs no keys: the office checks what it published from the served folder."""
        from upstream.repository import Repository

        return Repository(self.keys, self.repo).campaigns()

    @staticmethod
    def audiences_said(dsn: str | None, found: Sequence[PublishedCampaign]) -> list[str]:
        """Whom each campaign `found` is for, by name (groups and stations named only by
        how many without the office's database): `publish --list` says it as `publish` does."""
        from . import fleet
        from .db import open_office

        if not dsn:
            return [campaign.audience.describe() for campaign in found]
        with open_office(dsn) as conn:
            return [fleet.audience_said(conn, campaign.audience) for campaign in found]


def _refuse_if_changed_meanwhile(repository: Repository, seen: dict[str, str | None]) -> None:
    """Another command published or withdrew one of these campaigns between this command's
    reading and its turn: replacing it would lose that change while both are told done."""
    now = repository.stamps(seen)
    changed = [campaign for campaign in seen if now[campaign] != seen[campaign]]
    if not changed:
        return
    last = {c.campaign: c for c in repository.campaigns()}[changed[0]]
    when = local_text(last.at, OFFICE_ZONE)
    state = (
        _("withdrawn {when}").format(when=when)
        if last.withdrawn
        else _("published {when} (version {version})").format(when=when, version=last.version)
    )
    raise OfficeError(
        _("campaign {campaign} was changed by another command while this one waited ({state}); "
          "nothing changed: see 'publish --list', then publish again if you still mean to "
          "replace it").format(campaign=changed[0], state=state)
    )  # fmt: skip


def _narrowed(
    conn: psycopg.Connection, repository: Repository, names: Sequence[str], audience: Audience
) -> list[tuple[str, list[str], str, datetime]]:
    """The campaigns `names` that `audience` leaves some commune out of, as `Publication.
    narrowed` says them."""
    from upstream.targeting import commune_said

    from . import fleet

    approved, groups = set(fleet.approved_keys(conn)), fleet.membership(conn)

    def reached(whom: Audience) -> set[str]:
        return approved if whom.everyone else whom.members(groups) & approved

    labels, found = fleet.commune_labels(conn), []
    for before in repository.campaigns():
        lost = reached(before.audience) - reached(audience)
        if before.campaign in names and not before.withdrawn and lost:
            found.append((before.campaign, sorted(commune_said(labels[key]) for key in lost),
                          fleet.audience_said(conn, before.audience), before.at))  # fmt: skip
    return found


def _campaign_title(repository: Repository, campaign: str) -> str | None:
    """The campaign's title as `repository` publishes it now (None: no notice gives one)."""
    entries = (repository.published_manifest(campaign) or {}).get("announcements", [])
    return next((entry["campaign_title"] for entry in entries if entry.get("campaign_title")),
                None)  # fmt: skip


def _record_campaigns(
    conn: psycopg.Connection,
    repository: Repository,
    changes: Sequence[Change],
    now: datetime,
    files: dict[str, str],
) -> None:
    """Keep in the office's database whom each campaign just published is for, and its
    notices, as the stations read them, with the file each came from (`files`, by id: a
    recording published alone has none); a withdrawn one is marked so."""
    import json

    from upstream.manifest import AUDIENCE

    for name in sorted({change.campaign for change in changes}):
        manifest = repository.published_manifest(name)
        if manifest is None:
            conn.execute("UPDATE campaigns SET withdrawn_at = %s WHERE name = %s", [now, name])
            continue
        entries = manifest["announcements"]
        conn.execute(
            "INSERT INTO campaigns (name, audience, notices, versions, published_at, title, "
            "titles, files) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (name) DO "
            "UPDATE SET audience = EXCLUDED.audience, notices = EXCLUDED.notices, versions = "
            "EXCLUDED.versions, published_at = EXCLUDED.published_at, withdrawn_at = NULL, "
            "title = EXCLUDED.title, titles = EXCLUDED.titles, files = EXCLUDED.files",
            [name, json.dumps(manifest.get(AUDIENCE)), [entry["id"] for entry in entries],
             [entry["version"] for entry in entries], now, _campaign_title(repository, name),
             [entry.get("title") or entry["id"] for entry in entries],
             [files.get(entry["id"]) for entry in entries]],
        )  # fmt: skip


def recorded_audiences(
    conn: psycopg.Connection, repo: Path | None
) -> Callable[[str], Audience | None]:
    """Whom each campaign is published for: as `publish` recorded it in the database, else (a
    campaign published before the office kept it) as `repo` serves it, if given."""
    from upstream.targeting import read_audience

    served = _audiences(repo) if repo else None

    def audience(campaign: str) -> Audience | None:
        row = conn.execute(
            "SELECT audience FROM campaigns WHERE name = %s",
            [campaign],  # withdrawn: as it was
        ).fetchone()
        if row is not None:
            return read_audience(row[0], campaign)
        return served(campaign) if served else None

    return audience


def _published_titles(repo: Path) -> Callable[[str], tuple[str | None, dict[str, str]]]:
    """A campaign's titles as published in `repo` now: its own, when the manifest gives one,
    and each notice's id → its title (nothing: not published there, or not a repository)."""
    from upstream.repository import Repository

    repository = Repository(repo / "keys", repo)  # read only: no key is used
    try:
        repository.current_root()
    except UpstreamError:
        return lambda _campaign: (None, {})

    def titles(campaign: str) -> tuple[str | None, dict[str, str]]:
        manifest = repository.published_manifest(campaign)
        entries = manifest["announcements"] if manifest else []
        found = {entry["id"]: entry["title"] for entry in entries if entry.get("title")}
        return _campaign_title(repository, campaign), found

    return titles


def _audiences(repo: Path) -> Callable[[str], Audience | None]:
    """Whom each campaign is published for now, as the stations read it from `repo` (None:
    not published there any more)."""
    from upstream.manifest import AUDIENCE
    from upstream.repository import Repository
    from upstream.targeting import read_audience

    repository = Repository(repo / "keys", repo)  # read only: no key is used
    repository.current_root()  # not a repository: said in one sentence

    def audience(campaign: str) -> Audience | None:
        manifest = repository.published_manifest(campaign)
        return None if manifest is None else read_audience(manifest.get(AUDIENCE), campaign)

    return audience


def _ring_doorbell(conn: psycopg.Connection, now: datetime) -> tuple[bool | None, str | None]:
    """Tell the stations on the broker to sync now: (rang, why not); (None, None) when the
    office has no broker."""
    import json

    from common.mqtt import DOORBELL_TOPIC

    from . import broker
    from .emergency import publish

    if not broker.settings(conn):
        return None, None
    try:
        publish(conn, DOORBELL_TOPIC, json.dumps({"published": now.isoformat()}).encode(), qos=0)
    except OfficeError as e:
        return False, str(e)
    return True, None


def unpublished_said(repo: Path | None) -> str | None:
    """What the office is told while its repository `repo` (office.toml's) has published
    nothing: a commune told to trust it meets only "not published yet" (w26office #1), so
    the first publish comes before the communes are given its address. None once published,
    or when the office keeps no repository."""
    if repo is None or (repo / "metadata" / "timestamp.json").is_file():
        return None
    return _("The office has not published anything yet: a commune that runs 'broadcaster "
             "trust' with the repository's address is told to wait. Publish a campaign first "
             "('broadcaster publish', step 8 of the guide), then give the communes the address "
             "and the root key's fingerprint.")  # fmt: skip


def report_file_name(first: date, fmt: str, group: str | None = None) -> str:
    """The month report's file name, a group's its own (ASCII, for phones): both were
    'bao-cao-thang-12-2026.pdf', and a phone saved the second as '(1)' (o19web7 W8)."""
    narrowed = f"-nhom-{slug(group)}" if group else ""
    return f"bao-cao-thang-{first:%m-%Y}{narrowed}.{fmt}"
