"""Thông báo: the station's announcements, found by status, campaign or words; a new one typed
in a form or sent as a file from a phone; one shown with its spoken form, its words the
reader had to guess (each a step from the lexicon), a preview to listen to made by the code
that airs it, the difference between two versions; approved by the person logged in;
retired."""

from __future__ import annotations

import re
from typing import Any

from flask import (
    Blueprint,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from werkzeug.wrappers import Response

from announcements.engines import ESPEAK_VOICES
from announcements.script import AUDIO_SUFFIXES, MAX_REPEAT, SCRIPT_SUFFIXES
from broadcaster.accounts import Role
from broadcaster.records import AddResult, Announcement, AnnouncementStatus, Found, Origin
from broadcaster.station import ChangedMeanwhile
from common.errors import BroadcasterError
from common.i18n import N_, _, full_stop, not_offered
from common.localtime import date_text
from schedules.priority import NOTICE_PRIORITIES, Priority

from .access import allow
from .context import FORM, Gone, built_on, form_errors, station
from .lexicon import flash_said
from .nav import NavEntry
from .once import once, refused, version_read

bp = Blueprint("announcements", __name__, url_prefix="/announcements")
NAV = (NavEntry("announcements.index", N_("Announcements"), Role.OPERATOR),)

PRIORITY_LABELS = {
    Priority.NORMAL: N_("Normal (airs in its slot)"),
    Priority.PRIORITY: N_("Priority (first in the next slot)"),
    Priority.EMERGENCY: N_("Emergency (an old setting: airs first in its slot, as Priority)"),
}
"""A notice's priority in words. Emergency is a notice's only as stored before a notice could
no longer take it (NOTICE_PRIORITIES), and such a notice never cut what was on air: it airs
first in its slots (review21 #4)."""
SENT_EMERGENCY = N_("Emergency (cut what was on air when it was sent)")
"""The priority of an emergency sent with “Emergency broadcast”, which did cut in."""
OLD_EMERGENCY = N_("This notice was stored as Emergency, which a notice no longer takes (an "
                   "emergency airs once, with “Emergency broadcast”): saved, this version is "
                   "Priority, first in its slot as it aired until now.")  # fmt: skip
"""Beside the priority on the edit form of such a notice, which then offers Priority."""


def _priority_label(found: Announcement) -> str:
    """The catalog message for the notice's priority, as it truly airs."""
    if found.origin == Origin.EMERGENCY:
        return SENT_EMERGENCY
    return PRIORITY_LABELS[Priority(found.priority)]


VOICE_LABELS = {
    "vi": N_("Northern voice"),
    "vi-vn-x-central": N_("Central voice"),
    "vi-vn-x-south": N_("Southern voice"),
}
SETTING_LABELS = {
    "title": N_("Title"),
    "priority": N_("Priority"),
    "repeat": N_("Readings"),
    "valid_from": N_("Valid from"),
    "valid_until": N_("Valid until"),
    "voice": N_("Voice"),
    "campaign": N_("Campaign"),
}
TYPED_FIELDS = ("title", "campaign", "priority", "repeat", "valid_from", "valid_until", "voice")
PER_PAGE = 50
"""Announcements listed on one page (a phone scrolls through 50; the filters find the rest)."""
ACCEPTED_AUDIO = ",".join((*AUDIO_SUFFIXES, "audio/*"))
"""What a file picker for audio offers (a phone then also offers its recorder)."""
ACCEPTED_FILES = ",".join((*SCRIPT_SUFFIXES, ACCEPTED_AUDIO))


def _announcement(announcement_id: str, page: bool = True) -> Announcement:
    """The announcement with its text and versions (its spoken form is read where shown);
    else the list and why (`page`), or no such file (an <audio> element's)."""
    try:
        return station().announcement(announcement_id, spoken=False)
    except BroadcasterError:
        if not page:
            abort(404)
        raise Gone(
            _(
                "The station has no announcement '{id}': its address is not one of the list's"
            ).format(id=announcement_id),
            "announcements.index",
        ) from None


def marked(text: str, guessed: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The text in pieces, each with whether it is a word the reader had to guess."""
    words = sorted({w for w in guessed if w and not w.endswith("…")}, key=len, reverse=True)
    if not words:
        return [(text, False)]
    alternatives = "|".join(
        (r"(?<!\w)" if w[0].isalnum() else "")
        + re.escape(w)
        + (r"(?!\w)" if w[-1].isalnum() else "")
        for w in words
    )
    pieces, at = [], 0
    for found in re.finditer(alternatives, text):
        if found.start() > at:
            pieces.append((text[at : found.start()], False))
        pieces.append((found.group(), True))
        at = found.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _form_page(form: dict[str, str], errors: dict[str, str], editing: Announcement | None = None,
               preview: Any = None, upload_refused: bool = False,
               current: Announcement | None = None) -> str:  # fmt: skip
    """The form; `current`, the notice as someone else saved it meanwhile, shown beside her
    own text, which is kept (o15lan B2), with their change and hers since the version her form
    was built from, each marked word by word and said whose (o16lan3 F4)."""
    if editing and "id" in errors:  # no id field when changing one: the sentence goes on top
        errors = {FORM: errors.pop("id"), **errors}
    meanwhile = current and station().meanwhile(current.id, form.get("chosen", ""),
                                                form["text"], g.user.name)  # fmt: skip
    return render_template(
        "announcements/new.html", form=form, errors=errors, editing=editing, preview=preview,
        current=current, settings=SETTING_LABELS, setting_text=_setting_text,
        meanwhile=meanwhile,
        priorities={p: PRIORITY_LABELS[p] for p in NOTICE_PRIORITIES},
        priority_hint=(_(OLD_EMERGENCY) if editing and editing.priority == Priority.EMERGENCY
                       else None),
        voices={v: VOICE_LABELS.get(v, v) for v in ESPEAK_VOICES},
        campaigns=station().campaign_names(),
        most_repeat=MAX_REPEAT, accepted=ACCEPTED_FILES,
        marked=marked, upload_refused=upload_refused,
    )  # fmt: skip


def _typed() -> dict[str, str]:
    """The form as she sent it (a campaign as she named it: notices.campaign_named finds it)."""
    typed = {name: request.form.get(name, "") for name in ("id", "text", *TYPED_FIELDS)}
    return typed | {
        "built_on": request.form.get("built_on", ""),
        "over": request.form.get("over", ""),
        "chosen": built_on() or "",
    }


@bp.route("")
@allow(Role.OPERATOR)
def index() -> Response | tuple[str, int]:
    status = request.args.get("status", "")
    campaign = request.args.get("campaign", "")
    words = request.args.get("q", "")
    errors: dict[str, str] = {}
    page = max(request.args.get("page", 1, type=int), 1)
    campaigns = station().campaign_names()
    try:
        found = station().find_announcements(status, campaign, words,
                                             (page - 1) * PER_PAGE, PER_PAGE)  # fmt: skip
    except BroadcasterError as e:
        found, errors = Found(0, ()), form_errors(e)
    if campaign and campaign not in campaigns:  # a forged or old page's: not an empty list
        errors["campaign"] = not_offered(campaign, campaigns.values())
    pages = max(1, -(-found.total // PER_PAGE))
    if page > pages:  # past the end (the list got shorter): the last page
        asked: dict[str, Any] = {"status": status, "campaign": campaign, "q": words}
        return redirect(url_for("announcements.index", page=pages,
                                **{k: v for k, v in asked.items() if v}))  # fmt: skip
    return render_template(
        "announcements/index.html", announcements=found.announcements, total=found.total,
        page=page, pages=pages, status=status, campaign=campaign,
        statuses={s.value: s.label for s in AnnouncementStatus}, q=words,
        # by title (o12b C4: it offered "bluezone"), by id where it has none or shares it
        campaigns=campaigns,
        priority_of=_priority_label, errors=errors,
    ), 400 if errors else 200  # fmt: skip


@bp.route("/new", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def new() -> Response | tuple[str, int]:
    """Type a notice: 'see how it is read' shows the spoken form and stores nothing; 'save'
    stores it as a draft (or approved at once, if the station approves local notices)."""
    form = _typed() if request.method == "POST" else {"priority": "normal", "repeat": "1"}
    if request.method == "GET":
        return _form_page(form, {}), 200
    return _save_typed(form, None)


@bp.route("/<announcement_id>/edit", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def edit(announcement_id: str) -> Response | tuple[str, int]:
    """A new version of a typed notice: it is a draft again until approved."""
    found = _announcement(announcement_id)
    if request.method == "GET":
        form = {name: str(getattr(found, name) or "") for name in TYPED_FIELDS}
        for name in ("valid_from", "valid_until"):  # as she types them
            form[name] = date_text(form[name]) if form[name] else ""
        form |= {"id": found.id, "text": found.text or "", "built_on": found.stamp}
        form["campaign"] = station().campaign_names().get(found.campaign or "", "")
        if form["priority"] == Priority.EMERGENCY:  # not offered: said so, never "Normal" unseen
            form["priority"] = Priority.PRIORITY.value
        return _form_page(form, {}, editing=found), 200
    return _save_typed(_typed() | {"id": found.id}, found)


def _not_offered(form: dict[str, str]) -> dict[str, str]:
    """The drop-downs' values the form does not offer (a page forged, or older than the list),
    each said with the choices as the form shows them (w27office #4: the library's sentence
    names the script file's words, "normal, priority"); a notice's old Emergency is the
    library's to explain."""
    errors = {}
    priorities = {p.value: _(PRIORITY_LABELS[p]) for p in NOTICE_PRIORITIES}
    if form["priority"] not in (*priorities, Priority.EMERGENCY):
        errors["priority"] = not_offered(form["priority"], priorities.values())
    if form["voice"] and form["voice"] not in ESPEAK_VOICES:
        voices = [_("The station's voice"), *(_(VOICE_LABELS.get(v, v)) for v in ESPEAK_VOICES)]
        errors["voice"] = not_offered(form["voice"], voices)
    return errors


def _save_typed(form: dict[str, str], editing: Announcement | None) -> Response | tuple[str, int]:
    s = station()
    off_the_list = _not_offered(form)
    if request.form.get("action") == "preview":
        errors = dict(off_the_list)
        if not form["text"].strip():
            errors["text"] = _("Type the text to read first.")
        if errors:
            return _form_page(form, errors, editing), 400
        try:
            reading = s.read(form["text"], form["voice"] or None)
        except BroadcasterError as e:
            return _form_page(form, {"text": str(e)}, editing), 400
        return _form_page(form, {}, editing, preview=reading), 200
    fields = {name: form[name] for name in TYPED_FIELDS if name != "title"}
    try:
        result = s.type_announcement(form["text"], form["title"], announcement_id=form["id"],
                                     editing=editing is not None, by=g.user.name,
                                     built_on=form.get("chosen", ""), **fields)  # fmt: skip
    except ChangedMeanwhile as e:  # her text kept; saved again, it builds on what she now saw
        assert editing is not None
        current = _announcement(editing.id)
        return _form_page(form | {"over": current.stamp}, {FORM: str(e)}, editing,
                          current=current), 409  # fmt: skip
    except BroadcasterError as e:  # the library refuses what no list offers too, in its words
        return _form_page(form, form_errors(e) | off_the_list, editing), 400
    _say_added([result])
    return redirect(url_for("announcements.show", announcement_id=result.id))


def _say_added(results: list[AddResult]) -> None:
    """Each saved announcement by its title, as the officer typed it (the id is the command
    line's)."""
    messages = {
        "new": N_("Announcement '{title}' added (version {version})."),
        "updated": N_("Announcement '{title}' changed: version {version}, to be approved again."),
        "unchanged": N_("Announcement '{title}' is unchanged (version {version})."),
        "restored": N_("Announcement '{title}' is back from retirement (version {version})."),
    }
    titles, approver = station().titles(), g.user.role.allows(Role.APPROVER)
    for result in results:
        flash(_(messages[result.change]).format(title=titles.get(result.id, result.id),
                                                version=result.version))  # fmt: skip
        for note, held in result.notes():  # a held one red: she may believe it airs
            flash(f"{titles.get(result.id, result.id)}: {note}", "error" if held else "message")
        for wont in result.lost:  # which slots lose it, as the command line says (o15lan C7)
            flash(station().wont_air_text(wont, approver))


@bp.route("/upload", methods=["POST"])
@allow(Role.OPERATOR, page=False)
@once
def upload() -> Response | tuple[str, int]:
    """Script files or recordings (a phone's mp3, m4a, ogg or wav), checked as on the command
    line; a script and the recording it names may come together."""
    files = [(f.filename or "", f.stream) for f in request.files.getlist("files") if f.filename]
    try:
        results = station().add_uploads(files, by=g.user.name)
    except BroadcasterError as e:
        errors = {field: full_stop(said) for field, said in form_errors(e).items()}
        return _form_page({"priority": "normal", "repeat": "1"}, errors, upload_refused=True), 400
    _say_added(results)
    if len(results) == 1:
        return redirect(url_for("announcements.show", announcement_id=results[0].id))
    return redirect(url_for("announcements.index"))


@bp.route("/<announcement_id>")
@allow(Role.OPERATOR)
def show(announcement_id: str) -> str:
    return _show(_announcement(announcement_id), {})


def _show(found: Announcement, errors: dict[str, str], spoken: str = "",
          over: str | None = None) -> str:  # fmt: skip
    """The notice; `spoken`, the reading she typed for the word its errors name, kept;
    `over`, the lexicon's stamp when her word was refused as changed meanwhile."""
    reading = station().read(found.text, found.voice) if found.text else None
    engines = station().config.speech.engines
    versions = [v.version for v in found.versions]
    return render_template(
        "announcements/show.html", a=found, reading=reading, errors=errors,
        priority_of=_priority_label, voices=VOICE_LABELS, marked=marked, versions=versions,
        slip_note=station().slip_note,
        may_approve=g.user.role.allows(Role.APPROVER), spoken_by=station().speech_engine(found.id),
        first_engine=engines[0] if engines else None, spoken_typed=spoken,
        lexicon_built_on=request.form.get("built_on") if over else station().lexicon_stamp(),
        lexicon_over=over, held=station().held_so_far(found.id, found.version),
        never_airs=station().never_airs(found.id),
        campaign=found.campaign_title or station().campaign_titles().get(found.campaign or ""),
        approver=station().approver,
    )  # fmt: skip


@bp.route("/<announcement_id>/preview.wav")
@allow(Role.OPERATOR, page=False)
def preview(announcement_id: str) -> Response:
    """The announcement's program as it would air (jingles, readings, loudness), rendered by
    the code that airs it, as a WAV an <audio> element plays (and seeks in)."""
    found = _announcement(announcement_id, page=False)
    path = station().preview(found.id)
    return send_file(path, mimetype="audio/wav", conditional=True, max_age=0)


@bp.route("/<announcement_id>/diff")
@allow(Role.OPERATOR)
def diff(announcement_id: str) -> tuple[str, int]:
    found = _announcement(announcement_id)
    versions = [v.version for v in found.versions]
    errors: dict[str, str] = {}
    compared = None
    try:
        old = _version_asked("old", found.compared_from)
        new = _version_asked("new", found.version)
    except ValueError:
        errors["old"] = _("Choose two versions to compare.")
    else:
        try:
            compared = station().compare_versions(found.id, old, new)
        except BroadcasterError as e:
            errors = form_errors(e)
    return render_template(
        "announcements/diff.html", a=found, versions=versions, diff=compared, errors=errors,
        on_air=station().on_air_text(found),
        labels=SETTING_LABELS, setting_text=_setting_text,
        may_approve=g.user.role.allows(Role.APPROVER),
    ), 400 if errors else 200  # fmt: skip


def _version_asked(name: str, default: int) -> int:
    """A version named in the comparison's address (its default when absent); a ValueError
    for anything else, said as "choose two versions"."""
    sent = request.args.get(name)
    if sent is None:
        return default
    if not version_read(sent):
        raise ValueError(sent)
    return version_read(sent)


def _setting_text(name: str, value: object) -> str:
    """A setting's value as a person reads it: dates day first, priorities and voices in
    words, '(none)' for an empty one."""
    if value is None or value == "":
        return _("(none)")
    if name in ("valid_from", "valid_until"):
        return date_text(str(value))
    labels = (
        {str(k): v for k, v in PRIORITY_LABELS.items()}
        if name == "priority"
        else (VOICE_LABELS if name == "voice" else {})
    )
    return _(labels[str(value)]) if str(value) in labels else str(value)


@bp.route("/<announcement_id>/approve", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def approve(announcement_id: str) -> Response | tuple[str, int]:
    """Approve the current version, as the person logged in (their name goes into every
    airing row of it)."""
    found = _announcement(announcement_id)
    read = request.form.get("version", "")
    try:
        version = station().approve(found.id, g.user.name, version_read(read) if read else None)
    except ChangedMeanwhile:  # what changed since he read it, and the button for the new one
        return _overtaken(found, version_read(read))
    except BroadcasterError as e:
        return refused(str(e), url_for("announcements.show", announcement_id=found.id))
    flash(_("Announcement '{title}' version {version} approved by {name}.").format(
        title=found.title, version=version, name=g.user.person))  # fmt: skip
    return redirect(url_for("announcements.show", announcement_id=found.id))


def _overtaken(found: Announcement, read: int) -> Response:
    """A decision on a version changed since it was read: said plainly, on the comparison of
    the version read with the current one, which carries the approve button (o15lan2 N10)."""
    said = station().approval_overtaken(found.id, read, g.user.name)
    return refused(said, url_for("announcements.diff", announcement_id=found.id,
                                 old=read if 0 < read < found.version else found.compared_from,
                                 new=found.version))  # fmt: skip


@bp.route("/<announcement_id>/refuse", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def refuse(announcement_id: str) -> Response | tuple[str, int]:
    """Refuse the version the approver read, with a reason: whoever wrote it reads it on the
    notice and on the home page, and a changed version waits for approval again."""
    found = _announcement(announcement_id)
    read, reason = request.form.get("version", ""), request.form.get("reason", "")
    try:
        station().refuse(found.id, g.user.name, reason, version_read(read))
    except ChangedMeanwhile:  # his reason is not lost: said back to him
        overtaken = _overtaken(found, version_read(read))
        flash(_("Your reason was not saved: “{reason}”. Write it again for the new version if "
                "it still holds.").format(reason=reason.strip()), "error")  # fmt: skip
        return overtaken
    except BroadcasterError as e:  # the reason's own fault by its box (kept), any other atop
        if "reason" not in form_errors(e):
            return refused(str(e), url_for("announcements.show", announcement_id=found.id))
        return _show(found, form_errors(e)), 400
    flash(_("Announcement '{title}' version {version} is not approved: whoever wrote it sees "
            "your reason.").format(title=found.title, version=found.version))  # fmt: skip
    return redirect(url_for("announcements.show", announcement_id=found.id))


RETIRED = {
    "tts": N_("It will not air again, in any slot. It stays in the log and in the list of "
              "retired announcements; to air it again, open it there and change its text: it "
              "becomes a draft to approve."),
    "recording": N_("It will not air again, in any slot. It stays in the log and in the list "
                    "of retired announcements; sending its recording again makes it a draft."),
    "file": N_("It will not air again, in any slot. It stays in the log and in the list of "
               "retired announcements; sending its file again makes it a draft."),
}  # fmt: skip
"""What retiring leaves her, by how the announcement came: typed here (its text is edited
back), a recording, or a file sent (the office's too: sent again, it is a draft)."""


def _came(found: Announcement) -> str:
    """How the announcement came, as RETIRED tells them apart."""
    if found.kind.value == "tts" and found.origin.value == "local":
        return "tts"
    return "recording" if found.kind.value == "recording" else "file"


@bp.route("/<announcement_id>/retire", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def retire(announcement_id: str) -> Response | str | tuple[str, int]:
    """A confirmation page first: a retired announcement never airs again."""
    found = _announcement(announcement_id)
    back = url_for("announcements.show", announcement_id=found.id)
    try:  # an emergency, or a notice retired meanwhile: said on its page, as the POST says it
        station().check_retirable(found)
    except BroadcasterError as e:
        return refused(str(e), back)
    if request.method == "GET":
        hint = g.user.role.allows(Role.APPROVER) and found.status is AnnouncementStatus.DRAFT
        return render_template(
            "confirm.html", heading=_('Retire "{title}"?').format(title=found.title),
            said=_(RETIRED[_came(found)]),
            hint=hint and _('Only this version is wrong? Go back and choose "Do not approve": '
                            "whoever wrote it reads your reason and can correct it."),
            action=url_for("announcements.retire", announcement_id=found.id),
            once="announcements.retire", fields={}, button=_("Retire the announcement"),
            back=back,
        )  # fmt: skip
    try:
        station().retire(found.id, g.user.name)
    except BroadcasterError as e:
        return refused(str(e), back)
    flash(_("Announcement '{title}' retired: it will not air again.").format(title=found.title))
    return redirect(url_for("announcements.show", announcement_id=found.id))


@bp.route("/<announcement_id>/lexicon", methods=["POST"])
@allow(Role.OPERATOR, page=False)
@once
def pronounce(announcement_id: str) -> Response | tuple[str, int]:
    """One step from a guessed word to the lexicon: the announcement is shown again, read
    with the new entry."""
    found = _announcement(announcement_id)
    term, spoken = request.form.get("term", ""), request.form.get("spoken", "")
    try:
        flash_said(station().set_pronunciation(term, spoken, g.user.name, built_on()))
    except ChangedMeanwhile as e:  # atop: the word may no longer be one to guess
        return _show(found, {FORM: str(e)}, spoken, over=station().lexicon_stamp()), 400
    except BroadcasterError as e:
        return _show(found, {"term": term, **form_errors(e)}, spoken), 400
    return redirect(url_for("announcements.show", announcement_id=found.id))
