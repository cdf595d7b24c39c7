"""Printed documents in the administrative format of Nghị định 30/2020/NĐ-CP (Phụ lục I):
the issuing body top left (its parent body, then its own name in bold with a short rule
under it, then the document number field), the national heading and motto top right (the
motto underlined as long as it is), the place and date line in italics, the title, the
content, and the signature block with the recipients ("Nơi nhận"). Times New Roman metrics
(Liberation Serif 2, which has every Vietnamese letter), sizes as the decree sets them, A4
landscape with the decree's margins (the decree allows the long side for documents that are
mostly tables), page numbers from the second page on, centred in the top margin.

Pages are written one after another on a reportlab canvas, so a table of any length goes out
page by page in constant memory (platypus would hold the whole story): each page's rows are
laid out, then drawn, and the rows of the last page are kept back until it is known whether
the signature block fits after them; if it does not, the last rows go over to the next page
with it, so the signature is never alone on a page. Column widths come from the widest word
that can appear in each column, measured in the font: text wraps at spaces only, never inside
a syllable.

The commune report, the office's fleet report and the weekly schedule all print through here.
"""

from __future__ import annotations

import colorsys
import functools
import itertools
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from audio_out.sinks import reaches_loudspeakers
from common.errors import BroadcasterError
from common.i18n import _, sentence

from .airing_lines import (
    APPROVER,
    CAMPAIGN,
    DAY,
    END,
    FORM,
    FORMS,
    NOTE,
    PRIORITIES,
    PRIORITY,
    READINGS,
    RESULT,
    RESULTS,
    SECONDS,
    SOURCE,
    SOURCES,
    START,
    STT,
    TITLE,
    UPSTREAM_VERSION,
    VERSION,
)
from .report import (
    ALL_AIRED,
    NOT_AIRED_HEADINGS,
    NOT_AIRED_TITLE,
    TOTAL_HEADINGS,
    TOTALS_NOTE,
    Letterhead,
    Report,
    not_aired_rows,
    sample_name,
    station_letterhead,
)  # fmt: skip

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/liberation2"),
    Path("/usr/share/fonts/liberation-serif"),
)
"""Liberation Serif 2 (Debian's fonts-liberation2); version 1 lacks most Vietnamese letters."""
REGULAR, BOLD, ITALIC, BOLD_ITALIC = "TNR", "TNR-Bold", "TNR-Italic", "TNR-BoldItalic"
FONT_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

PAGE = landscape(A4)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
"""Nghị định 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm."""

# Sizes (points) within the ranges the decree sets for each part
NATIONAL_SIZE = 13  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM: 12–13, bold capitals
MOTTO_SIZE = 14  # Độc lập - Tự do - Hạnh phúc: 13–14, bold
BODY_NAME_SIZE = 13  # the issuing body and its parent: 12–13
NUMBER_SIZE = 13  # Số, ký hiệu: 13
DATE_SIZE = 14  # place and date: 13–14, italic
KIND_SIZE = 14  # the kind of document (BÁO CÁO): 13–14, bold capitals
SUBJECT_SIZE = 14  # what it is about: 13–14, bold
TEXT_SIZE = 13  # the content: 13–14
SIGNER_SIZE = 13  # the signer's title and name: 13–14, bold
RECIPIENTS_HEAD_SIZE = 12  # "Nơi nhận:": 12, bold italic
RECIPIENTS_SIZE = 11  # the recipients: 11
PAGE_NUMBER_SIZE = 13  # 13–14, from the second page on
TABLE_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
"""Table text, the largest with which every column's widest word fits across the page."""
CELL_PAD = 1.2 * mm
LINE = 1.18
"""Line height as a multiple of the font size."""
ROOMY = 0.85
"""The table's size is the largest at which its words leave this share of the width spare
for the longer texts to wrap less (else the largest at which they fit at all)."""
SLACK = 0.5
"""Points added to each column, so a word measured to fit does fit after rounding."""
HEADING_WEIGHT = 3
"""The heading row counts as this many rows when widths are shared out: it is on every page."""
LONGEST_WORD = 28 * mm
"""At the largest table size: a longer word (a path, an address; Vietnamese syllables are far
shorter) does not widen its column, it is cut by letters."""
MIN_PIECE_LINES = 3
"""A row taller than a page starts on the page it comes to only if this many of its lines fit
there (else it starts the next one)."""
TABLE_GAP = 2 * mm
"""Between a section's heading and its table."""
PLOT_HEIGHT = 48 * mm
"""The chart's plot, when the page has room for it."""
MIN_PLOT_HEIGHT = 18 * mm
"""The chart's plot is made as short as this to stay on the page of section I, rather than
leave that page two-thirds empty (o15lan C5); under half the full plot, as two campaigns'
totals left it 20 mm short of room and a month of four rows went on four pages (o18lan7 C2),
and with an emergency's line under the totals 27 mm short (o21lan10 N5: page 1 held section
I alone, 40 % blank, and a one-day month took four pages); its ticks are still 6 mm apart."""
SIGNATURE_SPACE = 24 * mm
"""Room for the signature and the seal between the signer's title and name."""
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class FontError(BroadcasterError):
    """The report's fonts are not installed."""


def register_fonts() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for folder in FONT_DIRS:
        if all((folder / name).exists() for name in FONT_FILES.values()):
            for font, name in FONT_FILES.items():
                pdfmetrics.registerFont(TTFont(font, str(folder / name)))
            return
    raise FontError(
        _("the Liberation Serif fonts are missing (install the fonts-liberation2 package)")
    )


@functools.lru_cache(maxsize=1 << 16)
def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def vn_number(value: float | int | None, decimals: int = 0) -> str:
    """A number as Vietnamese documents write it: thousands with a dot, decimals with a comma
    (1.234,5)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def vn_date_line(place: str, day: date) -> str:
    """'Tân Lập, ngày 05 tháng 02 năm 2026': days below 10 and the months 1 and 2 with a
    leading zero, as the decree writes them."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place or '……………'}, ngày {day.day:02d} tháng {month} năm {day.year}"


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Lines of `text` no wider than `room`, broken at spaces (and at its own line breaks)
    only. A single word wider than the room (never a Vietnamese syllable: the columns are
    measured for those; a long code or address) is cut by letters rather than run into the
    next column."""
    if "\n" in text:
        return [line for part in text.split("\n") for line in wrap(part, font, size, room)]
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= room + 0.01:
            current = candidate
            continue
        if current:
            lines.append(current)
        while width(word, font, size) > room and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and width(word[:cut], font, size) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


@functools.lru_cache(maxsize=1 << 15)
def _cell_lines(text: str, font: str, size: float, room: float) -> tuple[str, ...]:
    """A cell's lines, whole: a leader signs what he can read to the end (o15lan C5: a Ghi
    chú cut at "khi được …"); a row taller than a page goes on over the next (Document.table)."""
    return tuple(wrap(text, font, size, room))


@dataclass(frozen=True)
class Column:
    heading: str
    align: str = "left"
    """left | center | right"""
    grow: float = 1.0
    """How much of the spare width it takes (free text more than codes)."""
    lines: int = 0
    """For sentences: at least as wide as its longest texts need to take this many lines
    (0: no such floor), up to `share` of the table (w19c: Ghi chú printed a missed
    airing's reason on thirteen lines of two or three words)."""
    share: float = 0.0


@dataclass(frozen=True)
class TableLayout:
    columns: tuple[Column, ...]
    size: float
    widths: tuple[float, ...]

    @property
    def leading(self) -> float:
        return self.size * LINE

    def lines(self, column: int, text: str, font: str = REGULAR) -> tuple[str, ...]:
        return _cell_lines(text, font, self.size, self.widths[column] - 2 * CELL_PAD)

    def height(self, cells: Sequence[tuple[str, ...]]) -> float:
        return float(max(len(c) for c in cells) * self.leading + 2 * CELL_PAD - 0.25 * self.size)

    def opening(self, rows: Sequence[Sequence[str]], then: float = 0.0) -> float:
        """The height of the heading row and the first two rows: what a section's heading is
        kept with, so a table never starts with one row at the foot of a page (o20lan9 N11:
        a fixed 30 mm kept the heading with one row of five lines, the others went on over
        the next page). A table of two rows or fewer is kept whole, with `then` (what must
        follow it: the signature), as its last row would go over with that."""
        header = tuple(self.lines(n, c.heading, BOLD) for n, c in enumerate(self.columns))
        first = [tuple(self.lines(n, text) for n, text in enumerate(row)) for row in rows[:3]]
        kept = sum(self.height(c) for c in first[:2]) + (then if len(first) <= 2 else 0.0)
        return float(self.height(header) + kept + TABLE_GAP)


def fit_columns(
    columns: Sequence[Column],
    samples: Sequence[Iterable[str]],
    room: float,
    typical: Sequence[Sequence[str]] = (),
) -> TableLayout:
    """Widths for a table across `room`: every word that can appear in a column (its
    heading's and every text in `samples`) fits on one line, at the largest size that leaves
    some width spare; the spare width then goes, a little at a time, to the column where it
    saves the most lines over the `typical` rows (and the heading row), so the table takes
    as few pages as it can. A word longer than LONGEST_WORD (a path, an address, never a
    syllable) may be cut."""
    texts = [[str(text) for text in column] for column in samples]
    words = [{w for text in column for w in text.split()} for column in texts]
    least_at = {size: sum(_least_widths(columns, words, size)) for size in TABLE_SIZES}
    size = next(
        (size for size in TABLE_SIZES if least_at[size] <= room * ROOMY),
        next((size for size in TABLE_SIZES if least_at[size] <= room), TABLE_SIZES[-1]),
    )
    longest = [sorted(column, key=len, reverse=True)[:LONGEST_TEXTS] for column in texts]

    def floored(size: float) -> tuple[list[float], bool]:
        """The least widths with each column's floor of lines, as far as FLOOR_ROOMY of the
        room allows; and whether every floor was met."""
        widths = _least_widths(columns, words, size)
        met = True
        for n, column in enumerate(columns):
            wanted = _width_for_lines(column, longest[n], size, room)
            allowed = room * FLOOR_ROOMY - (sum(widths) - widths[n])
            widths[n] = max(widths[n], min(wanted, allowed))
            met = met and wanted <= allowed
        return widths, met

    # a floor is met at the largest size down to FLOOR_SMALLER less, else met in part there
    smaller = [s for s in TABLE_SIZES if size - FLOOR_SMALLER <= s <= size]
    size = next((s for s in smaller if floored(s)[1]), smaller[-1])
    widths = floored(size)[0]
    if sum(widths) > room:  # more columns than the page holds: share it out
        widths = [w * room / sum(widths) for w in widths]
    seen = Counter(tuple(str(cell) for cell in row) for row in typical)
    rows = [(tuple(c.heading for c in columns), BOLD, HEADING_WEIGHT)]
    rows += [(row, REGULAR, count) for row, count in seen.items()]

    def lines(column: int, room_: float) -> list[int]:
        return [
            len(_cell_lines(row[column], font, size, room_ - 2 * CELL_PAD)) for row, font, _ in rows
        ]

    counts = [lines(n, w) for n, w in enumerate(widths)]
    spare = room - sum(widths)
    step = max(1.0, spare / 40)
    while spare >= step:
        heights = [max(column[r] for column in counts) for r in range(len(rows))]
        best: tuple[float, int, float, list[int]] | None = None
        for n, w in enumerate(widths):
            others = [max((c[r] for k, c in enumerate(counts) if k != n), default=1)
                      for r in range(len(rows))]  # fmt: skip
            for k in range(1, 7):
                if k * step > spare:
                    break
                wider = lines(n, w + k * step)
                gain = sum(
                    (height - max(other, lines_)) * weight
                    for height, other, lines_, (_, _, weight) in zip(
                        heights, others, wider, rows, strict=True
                    )
                )
                if gain > 0 and (best is None or gain / k > best[0]):
                    best = (gain / k, n, k * step, wider)
        if best is None:
            break
        _, n, added, wider = best
        widths[n] += added
        counts[n] = wider
        spare -= added
    grow = sum(c.grow for c in columns) or 1.0
    widths = [w + spare * c.grow / grow for w, c in zip(widths, columns, strict=True)]
    return TableLayout(tuple(columns), size, tuple(widths))


FLOOR_SMALLER = 1.5
"""Points the table's type may lose so that a floor of lines is met (10 → 8.5 on a month
whose longest note is a held airing's: 126 printed lines became 117, the note's 11 lines 6;
`tests/test_report_pdf.py`)."""
FLOOR_ROOMY = 0.9
"""A floor takes the width words leave spare up to this share of the room (ROOMY's spare is
what keeps titles from being squeezed to a word a line)."""
LONGEST_TEXTS = 8
"""The longest texts of a column with a floor of lines (`Column.lines`), by which it is set."""


def _width_for_lines(column: Column, texts: Sequence[str], size: float, room: float) -> float:
    """The least width at which each of `texts` takes at most `column.lines` lines, within
    `column.share` of `room` (0 for a column without that floor)."""
    if not column.lines or not texts:
        return 0.0
    most = column.share * room

    def fits(w: float) -> bool:
        return all(len(_cell_lines(t, REGULAR, size, w - 2 * CELL_PAD)) <= column.lines
                   for t in texts)  # fmt: skip

    if not fits(most):
        return most
    low, high = 2 * CELL_PAD, most
    while high - low > 1.0:
        middle = (low + high) / 2
        low, high = (low, middle) if fits(middle) else (middle, high)
    return high + SLACK


def _least_widths(columns: Sequence[Column], words: Sequence[set[str]], size: float) -> list[float]:
    cap = LONGEST_WORD * size / TABLE_SIZES[0]
    return [
        max(
            [width(w, BOLD, size) for w in c.heading.split()]
            + [min(width(w, REGULAR, size), cap) for w in column_words]
        )
        + 2 * CELL_PAD
        + SLACK
        for c, column_words in zip(columns, words, strict=True)
    ]


def palette(n: int) -> list[colors.Color]:
    """`n` colours that tell apart on paper and screen, however many: ten well-known ones,
    then, one at a time, the colour of a grid of hues and depths (never so light that it
    fades into the paper) farthest from all chosen so far. The palette never runs out."""
    base = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
            "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"]  # fmt: skip
    found = [colors.HexColor(c) for c in base[:n]]
    chosen = [(c.red, c.green, c.blue) for c in found]
    candidates = [
        colorsys.hls_to_rgb(hue / 48, lightness, saturation)
        for hue in range(48)
        for lightness in (0.22, 0.34, 0.46, 0.58, 0.70)
        for saturation in (0.45, 0.75, 1.0)
    ]
    nearest = [min((math.dist(c, o) for o in chosen), default=math.inf) for c in candidates]
    while len(found) < n:
        best = max(range(len(candidates)), key=nearest.__getitem__)
        rgb = candidates[best]
        found.append(colors.Color(*rgb))
        nearest = [min(d, math.dist(c, rgb)) for d, c in zip(nearest, candidates, strict=True)]
    return found


class Placed(NamedTuple):
    """A table row as it goes on a page: its text, the group label in effect, its lines (with
    the label, at the top of a page)."""

    row: Sequence[str]
    label: str
    cells: tuple[tuple[str, ...], ...]
    height: float
    part: bool = False
    """A piece of a row taller than a page: it stays where it is put."""


@dataclass
class Document:
    """A document on A4 landscape pages in the decree's layout, written page by page."""

    path: Path
    letterhead: Letterhead
    kind: str
    """The kind of document in capitals: BÁO CÁO, LỊCH PHÁT SÓNG."""
    subject: str
    """What it is about (trích yếu), one or two lines."""
    made_on: date
    canvas: Canvas = field(init=False)
    page: int = field(init=False, default=1)
    y: float = field(init=False)

    def __post_init__(self) -> None:
        register_fonts()
        self.canvas = Canvas(str(self.path), pagesize=PAGE, pageCompression=1)
        self.canvas.setPageCallBack(self._deflate_page)
        self.canvas.setTitle(f"{self.kind.capitalize()} {self.subject}")
        self.canvas.setAuthor(self.letterhead.issuer)
        self.canvas.setSubject(self.subject)
        self.left = MARGIN_LEFT
        self.right = PAGE[0] - MARGIN_RIGHT
        self.width = self.right - self.left
        self.y = PAGE[1] - MARGIN_TOP
        self._letterhead()

    # ----- the first page's heading --------------------------------------------------------
    def _letterhead(self) -> None:
        head = self.letterhead
        issuer_width = self.width * 0.42
        issuer_mid = self.left + issuer_width / 2
        national_mid = self.left + issuer_width + (self.width - issuer_width) / 2
        top = self.y
        y = top - NATIONAL_SIZE
        if head.parent:
            for line in wrap(head.parent.upper(), REGULAR, BODY_NAME_SIZE, issuer_width):
                self._centred(line, REGULAR, BODY_NAME_SIZE, issuer_mid, y)
                y -= BODY_NAME_SIZE * LINE
        lines = wrap(head.issuer.upper(), BOLD, BODY_NAME_SIZE, issuer_width)
        for line in lines:
            self._centred(line, BOLD, BODY_NAME_SIZE, issuer_mid, y)
            y -= BODY_NAME_SIZE * LINE
        rule = max(width(line, BOLD, BODY_NAME_SIZE) for line in lines) * 0.4
        self._rule(issuer_mid - rule / 2, issuer_mid + rule / 2, y + BODY_NAME_SIZE * 0.75)
        number_y = y - NUMBER_SIZE * 0.6
        self._centred(f"Số:        /{head.code}", REGULAR, NUMBER_SIZE, issuer_mid, number_y)
        y = top - NATIONAL_SIZE
        self._centred(NATIONAL, BOLD, NATIONAL_SIZE, national_mid, y)
        y -= MOTTO_SIZE * LINE
        self._centred(MOTTO, BOLD, MOTTO_SIZE, national_mid, y)
        motto = width(MOTTO, BOLD, MOTTO_SIZE)
        self._rule(national_mid - motto / 2, national_mid + motto / 2, y - MOTTO_SIZE * 0.22)
        self._centred(
            vn_date_line(head.place, self.made_on), ITALIC, DATE_SIZE, national_mid, number_y
        )
        self.y = number_y - NUMBER_SIZE * 2.2
        centre = self.left + self.width / 2
        self._centred(self.kind.upper(), BOLD, KIND_SIZE, centre, self.y)
        self.y -= KIND_SIZE * LINE
        subject_lines = wrap(self.subject, BOLD, SUBJECT_SIZE, self.width * 0.8)
        for line in subject_lines:
            self._centred(line, BOLD, SUBJECT_SIZE, centre, self.y)
            self.y -= SUBJECT_SIZE * LINE
        rule = max(width(line, BOLD, SUBJECT_SIZE) for line in subject_lines) * 0.35
        self._rule(centre - rule / 2, centre + rule / 2, self.y + SUBJECT_SIZE * 0.7)
        self.y -= SUBJECT_SIZE * 0.6

    def _centred(self, text: str, font: str, size: float, middle: float, y: float) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawCentredString(middle, y, text)

    def _rule(self, x1: float, x2: float, y: float) -> None:
        self.canvas.setLineWidth(0.6)
        self.canvas.line(x1, y, x2, y)

    # ----- pages ---------------------------------------------------------------------------
    def _deflate_page(self, _number: int) -> None:
        """reportlab holds each finished page's drawing as text until the document is saved:
        deflated as the page ends (as saving would deflate it), a report of thousands of
        pages holds a fifth of the memory."""
        page = self.canvas._doc.Pages.pages[-1]
        if page.stream and not page.Contents:
            deflated = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
            page.Contents = PDFStream(deflated, zlib.compress(page.stream.encode("utf-8")))
            page.stream = None

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self._centred(str(self.page), REGULAR, PAGE_NUMBER_SIZE, PAGE[0] / 2, PAGE[1] - 13 * mm)
        self.y = PAGE[1] - MARGIN_TOP

    @property
    def room(self) -> float:
        """Height left on this page."""
        return float(self.y - MARGIN_BOTTOM)

    @property
    def page_room(self) -> float:
        """Height of a whole page's content area."""
        return float(PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM)

    def ensure(self, height: float) -> None:
        if height > self.room:
            self.new_page()

    def paragraph(
        self,
        text: str,
        font: str = REGULAR,
        size: float = TEXT_SIZE,
        before: float = 0.0,
        keep_with: float = 0.0,
    ) -> None:
        """Text across the page, wrapped at spaces; a heading is kept on the page of the
        first `keep_with` points of what follows it."""
        lines = wrap(text, font, size, self.width)
        self.ensure(before + size * LINE * min(len(lines), 2) + keep_with)
        self.y -= before
        for line in lines:
            self.ensure(size * LINE)
            self.y -= size
            self.canvas.setFont(font, size)
            self.canvas.drawString(self.left, self.y, line)
            self.y -= size * (LINE - 1)

    def drawing(self, drawing: Drawing, before: float = 2 * mm) -> None:
        self.ensure(before + drawing.height)
        self.y -= before + drawing.height
        renderPDF.draw(drawing, self.canvas, self.left, self.y)

    # ----- tables --------------------------------------------------------------------------
    def table(
        self,
        layout: TableLayout,
        rows: Iterable[Sequence[str]],
        keep_with_end: float = 0.0,
        group_column: int | None = None,
    ) -> int:
        """Rows under the heading row, which repeats on every page; streamed: only one page
        of rows is held at a time. The last rows stay on the page of whatever follows, of
        height `keep_with_end` (the signature block), so that never starts a page alone.
        `group_column` holds a label written on a group's first row only (a day): a page that
        starts inside a group writes it again. Returns the number of rows."""
        header = tuple(layout.lines(n, c.heading, BOLD) for n, c in enumerate(layout.columns))
        header_height = layout.height(header)
        first_row = layout.leading + 2 * CELL_PAD
        if header_height + first_row > self.room:
            self.new_page()
        full = self.page_room - header_height

        def placed(row: Sequence[str], label: str, top: bool) -> Placed:
            shown = row
            if top and group_column is not None and not row[group_column]:
                shown = [*row[:group_column], label, *row[group_column + 1 :]]
            cells = tuple(layout.lines(n, text) for n, text in enumerate(shown))
            return Placed(row, label, cells, layout.height(cells))

        def lines_in(room: float) -> int:
            return int((room - 2 * CELL_PAD + 0.25 * layout.size) / layout.leading)

        def pieces(entry: Placed, room: float) -> list[Placed]:
            """A row taller than a page, cut into pieces: the first fills `room`, the next
            ones a page each (each cell's own lines go on in the next piece, nothing left
            out)."""
            if entry.height <= room:
                return [entry]
            longest = max(len(lines) for lines in entry.cells)
            cut, first, step = [], 0, max(1, lines_in(room))
            while first < longest:
                cells = tuple(lines[first : first + step] for lines in entry.cells)
                cut.append(entry._replace(cells=cells, height=layout.height(cells), part=True))
                first, step = first + step, max(1, lines_in(full))
            return cut

        page: list[Placed] = []
        used, count, label = 0.0, 0, ""
        available = self.room - header_height

        def turn() -> None:
            nonlocal page, used, available
            self._draw_rows(layout, header, header_height, page)
            self.new_page()
            page, used = [], 0.0
            available = self.room - header_height

        for row in rows:
            entry = placed(row, label, not page)
            tall = entry.height > full  # it goes on over pages: it may start here
            if page and used + entry.height > available and (not tall or lines_in(
                    available - used) < MIN_PIECE_LINES):  # fmt: skip
                turn()
                entry = placed(row, label, True)
            if group_column is not None and row[group_column]:
                label = row[group_column]
            for n, piece in enumerate(pieces(entry, available - used)):
                if n:  # the row goes on at the top of the next page
                    turn()
                page.append(piece)
                used += piece.height
            count += 1
        # the last row goes over with what must follow it (one: two tall rows left half a
        # page blank, o20lan9 N11); one stays, else the page would hold a heading row (and
        # the title over the table) with nothing under it, or nothing at all
        if used + keep_with_end > available and len(page) > 1 and not page[-1].part:
            last = page.pop()
            self._draw_rows(layout, header, header_height, page)
            self.new_page()
            page = [placed(last.row, last.label, True)]
        self._draw_rows(layout, header, header_height, page)
        return count

    def _draw_rows(
        self,
        layout: TableLayout,
        header: tuple[tuple[str, ...], ...],
        header_height: float,
        rows: Sequence[Placed],
    ) -> None:
        c = self.canvas
        xs = [self.left]
        for w in layout.widths:
            xs.append(xs[-1] + w)
        top = self.y
        text = c.beginText()
        self._cells(text, layout, xs, top, header, BOLD, centred=True)
        y = top - header_height
        bottoms = [y]
        for row in rows:
            self._cells(text, layout, xs, y, row.cells, REGULAR)
            y -= row.height
            bottoms.append(y)
        c.drawText(text)
        c.setLineWidth(0.5)
        c.rect(self.left, y, xs[-1] - self.left, top - y)
        for x in xs[1:-1]:
            c.line(x, top, x, y)
        for b in bottoms[:-1]:
            c.line(self.left, b, xs[-1], b)
        self.y = y

    def _cells(
        self,
        text: PDFTextObject,
        layout: TableLayout,
        xs: Sequence[float],
        top: float,
        cells: Sequence[tuple[str, ...]],
        font: str,
        centred: bool = False,
    ) -> None:
        text.setFont(font, layout.size)
        for n, lines in enumerate(cells):
            align = "center" if centred else layout.columns[n].align
            y = top - CELL_PAD - layout.size * 0.82
            for line in lines:
                if align == "left":
                    x = xs[n] + CELL_PAD
                else:
                    w = width(line, font, layout.size)
                    x = (
                        xs[n + 1] - CELL_PAD - w
                        if align == "right"
                        else (xs[n] + xs[n + 1] - w) / 2
                    )
                text.setTextOrigin(x, y)
                text.textOut(line)
                y -= layout.leading

    # ----- the end -------------------------------------------------------------------------
    def signature_height(self) -> float:
        recipients = len(self.recipients()) + 1
        signer = (
            SIGNER_SIZE * LINE * len(self._signer_lines())
            + SIGNATURE_SPACE
            + SIGNER_SIZE * LINE * 2
        )
        return float(5 * mm + max(recipients * RECIPIENTS_SIZE * LINE + 2, signer))

    def recipients(self) -> tuple[str, ...]:
        return self.letterhead.recipients

    def _signer_lines(self) -> list[str]:
        """The title signed for, then a deputy's own title under it (Nghị định 30/2020)."""
        head = self.letterhead
        titles = (head.signer, head.signer_title)
        return [line for title in titles if title
                for line in wrap(title.upper(), BOLD, SIGNER_SIZE, self.width * 0.45)]  # fmt: skip

    def signature(self) -> None:
        """Nơi nhận on the left, the signer on the right, with room to sign and stamp."""
        self.ensure(self.signature_height())
        c = self.canvas
        top = self.y - 5 * mm
        y = top - RECIPIENTS_HEAD_SIZE
        c.setFont(BOLD_ITALIC, RECIPIENTS_HEAD_SIZE)
        c.drawString(self.left, y, "Nơi nhận:")
        c.setFont(REGULAR, RECIPIENTS_SIZE)
        recipients = self.recipients()
        for n, recipient in enumerate(recipients):
            y -= RECIPIENTS_SIZE * LINE
            end = "." if n == len(recipients) - 1 else ";"
            c.drawString(self.left, y, f"- {recipient.rstrip('.;')}{end}")
        middle = self.left + self.width * 0.72
        y = top - SIGNER_SIZE
        for line in self._signer_lines():
            self._centred(line, BOLD, SIGNER_SIZE, middle, y)
            y -= SIGNER_SIZE * LINE
        y -= SIGNATURE_SPACE
        name = self.letterhead.signer_name or "……………………………"
        self._centred(name, BOLD, SIGNER_SIZE, middle, y)
        self.y = top - self.signature_height() + 5 * mm

    def close(self) -> None:
        self.canvas.save()


def stacked_bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    room: float,
    unit: str,
    plot_height: float = PLOT_HEIGHT,
) -> Drawing:
    """A stacked bar chart, one colour per series from a palette that never runs out, and a
    legend naming every series (long names shortened at a space to fit their column)."""
    label = max((width(name, REGULAR, 10) for name, _ in series), default=0.0) + 10 * mm
    legend_columns = max(1, min(4, int(room // max(label, 50 * mm))))
    column_width = room / legend_columns
    legend_rows = -(-len(series) // legend_columns)
    legend_height = legend_rows * 5 * mm
    drawing = Drawing(room, plot_height + legend_height + 22 * mm)
    base = legend_height + 10 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, base
    chart.width, chart.height = room - 18 * mm, plot_height
    chart.data = [list(values) for _, values in series] or [[0.0] * len(categories)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = list(categories)
    step = max(1, -(-len(categories) // 40))
    chart.categoryAxis.labels.visible = 1
    if step > 1:
        chart.categoryAxis.categoryNames = [
            name if n % step == 0 else "" for n, name in enumerate(categories)
        ]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 9
    chart.valueAxis.valueMin = 0
    top = max((sum(day) for day in zip(*chart.data, strict=True)), default=0.0)
    decimals = 0 if top >= 10 else 1 if top >= 1 else 2 if top >= 0.1 else 3
    chart.valueAxis.labelTextFormat = functools.partial(vn_number, decimals=decimals)
    chart.barSpacing = 0
    colours = palette(len(series))
    for n, colour in enumerate(colours):
        chart.bars[n].fillColor = colour
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    drawing.add(String(chart.x, base + plot_height + 9 * mm, title, fontName=BOLD, fontSize=12))
    drawing.add(String(chart.x - 2 * mm, base + plot_height + 3 * mm, unit, fontName=ITALIC,
                       fontSize=9))  # fmt: skip
    for n, ((name, _values), colour) in enumerate(zip(series, colours, strict=True)):
        row, column = divmod(n, legend_columns)
        x = column * column_width + 14 * mm
        y = legend_height - (row + 1) * 5 * mm + 1.5 * mm
        drawing.add(Rect(x, y, 3.5 * mm, 3.5 * mm, fillColor=colour, strokeColor=None))
        label = wrap(name, REGULAR, 10, column_width - 8 * mm)
        shown = label[0] + (" …" if len(label) > 1 else "")
        drawing.add(String(x + 5 * mm, y + 0.6 * mm, shown, fontName=REGULAR, fontSize=10))
    return drawing


# ----- the commune's monthly report ------------------------------------------------------------
NOTE_LINES = 6
NOTE_SHARE = 0.28
"""Ghi chú holds sentences (why an airing missed, what it left out): its longest take at
most six lines, as a long title does, in at most this share of the table."""
PDF_COLUMNS = (
    (STT, Column("STT", "right", 0)), (DAY, Column("Ngày", "center", 0)),
    (START, Column("Giờ bắt đầu", "center", 0)), (END, Column("Giờ kết thúc", "center", 0)),
    (TITLE, Column("Tiêu đề", grow=3)), (VERSION, Column("Phiên bản", "center", 0)),
    (CAMPAIGN, Column("Chiến dịch", grow=2)), (SOURCE, Column("Nguồn", grow=0.3)),
    (PRIORITY, Column("Mức ưu tiên", grow=0.3)), (FORM, Column("Hình thức", grow=0.3)),
    (SECONDS, Column("Thời lượng (giây)", "right", 0)),
    (READINGS, Column("Số lần đọc", "right", 0)),
    (RESULT, Column("Kết quả", grow=0.5)), (APPROVER, Column("Người duyệt", grow=1)),
    (NOTE, Column("Ghi chú", grow=3, lines=NOTE_LINES, share=NOTE_SHARE)),
)  # fmt: skip
"""The airing table on paper: the station is in the heading; the version is the office's for
what it published (the station's own otherwise), as the office counts it."""
TOTAL_COLUMNS = (
    Column(TOTAL_HEADINGS[0], grow=3),
    *(Column(h, "right", 0.2) for h in TOTAL_HEADINGS[1:]),
)
NOT_AIRED_COLUMNS = (
    Column(NOT_AIRED_HEADINGS[0], "right", 0.1),
    Column(NOT_AIRED_HEADINGS[1], grow=0.5),
    Column(NOT_AIRED_HEADINGS[2], grow=2),
    Column(NOT_AIRED_HEADINGS[3], grow=0.5),
    Column(NOT_AIRED_HEADINGS[4], "right", 0.1),
    Column(NOT_AIRED_HEADINGS[5], grow=2),
)
CHART_DAYS = 62
TYPICAL_ROWS = 300
"""The first rows of the airing table, by which its columns are shared out."""


CUT = (RESULTS["preempted"], RESULTS["interrupted"])
NEVER_STARTED = "Chưa phát ({cut})"
"""The result of a notice whose airing was cut before it began (o12b C1: "0,0 giây, Gián
đoạn" read as if it played a little); its seconds cell is left empty."""


SAMPLE_APPROVED = "người duyệt là tên mẫu của bản cài đặt thử, in đúng như nhật ký ghi lúc phát"
"""The Ghi chú of a row whose "Người duyệt" prints a "(mẫu)" name (o12b C6: the console told
the leader to explain those rows by hand beside his signature)."""


def _note(line: Sequence[object]) -> str:
    """A row's Ghi chú, read on its own: the stored remarks, and SAMPLE_APPROVED on a row
    approved under a "(mẫu)" name."""
    sample = SAMPLE_APPROVED if sample_name(str(line[APPROVER] or "")) else ""
    return sentence("; ".join(filter(None, (str(line[NOTE] or ""), sample))))


def _pdf_cells(line: Sequence[object]) -> list[str]:
    day = str(line[DAY])
    unstarted = line[RESULT] in CUT and not line[SECONDS]
    version = line[UPSTREAM_VERSION] if line[UPSTREAM_VERSION] is not None else line[VERSION]
    cells = {
        STT: vn_number(line[STT]),  # type: ignore[arg-type]
        DAY: f"{day[8:10]}/{day[5:7]}/{day[:4]}",
        VERSION: "" if version is None else str(version),
        SECONDS: "" if unstarted else vn_number(line[SECONDS], 1),  # type: ignore[arg-type]
        READINGS: "" if line[READINGS] is None else str(line[READINGS]),
        # a cell is read on its own: "Khung giờ sang", "Phát ngay; …" (o11 F10); the CSV
        # keeps the stored words, which a sheet may sort or filter by
        NOTE: _note(line),
    }
    if unstarted:
        cells[RESULT] = NEVER_STARTED.format(cut=str(line[RESULT]).lower())
    return [cells.get(n, "" if line[n] is None else str(line[n])) for n, _ in PDF_COLUMNS]


def _total_cells(row: Sequence[object]) -> list[str]:
    """A row of the totals: counts, then the minutes and the rate with one decimal."""
    return [
        str(row[0]),
        *(vn_number(v) for v in row[1:-2]),  # type: ignore[arg-type]
        *(vn_number(v, 1) for v in row[-2:]),  # type: ignore[arg-type]
    ]


def _airing_samples(report: Report, count: int) -> list[list[str]]:
    """Every text each column of the airing table can hold (words are measured, not rows)."""
    approvers = [str(a) for a in report.distinct("t.approved_by") if a]
    by_column: dict[int, list[str]] = {
        STT: [vn_number(count)],
        DAY: ["00/00/0000"],
        START: ["00:00:00"],
        END: ["00:00:00"],
        TITLE: [str(t) for t in report.distinct("{title}") if t],
        VERSION: [
            str(v)
            for v in report.distinct("COALESCE(t.upstream_version, t.version)")
            if v is not None
        ],
        CAMPAIGN: [str(c) for c in report.distinct("{campaign}")],
        SOURCE: list(SOURCES.values()),
        PRIORITY: list(PRIORITIES.values()),
        FORM: list(FORMS.values()),
        SECONDS: [vn_number(9999.9, 1)],  # an item lasts at most 5 readings of 30 minutes
        READINGS: ["0"],
        RESULT: [
            *(said for status, said in RESULTS.items() if status != "unheard"),
            *(NEVER_STARTED.format(cut=c.lower()) for c in CUT),
            *([RESULTS["unheard"]] * _played_unheard(report)),
        ],
        APPROVER: approvers,
        NOTE: [sentence(str(n)) for n in report.distinct("{note}")]
        + [sentence(SAMPLE_APPROVED)] * any(sample_name(a) for a in approvers),
    }
    return [by_column[n] for n, _ in PDF_COLUMNS]


def _played_unheard(report: Report) -> bool:
    """Whether an airing of the report played out where no loudspeaker is (a file, the test
    sink): only then may a line read "Không ra loa", a wider word than the others."""
    played = report.distinct("CASE WHEN a.status IN ('aired', 'partial') THEN a.sink END")
    return any(sink is not None and not reaches_loudspeakers(sink) for sink in played)


NO_MINUTES = "Không có phút nào được phát ra loa trong kỳ báo cáo."
"""Section II when nothing reached a loudspeaker (the demo station, a station without its
sound card): a chart of nothing drew an axis of 0 to 0,010 minutes a day (t28demo)."""


def _chart(report: Report, room: float, plot_height: float = PLOT_HEIGHT) -> Drawing | None:
    """Minutes aired per campaign: every day of a month (or of a period up to two months),
    each month of a longer one. None when no minute reached a loudspeaker."""
    daily = report.daily_minutes()
    if not any(minutes for days in daily.values() for minutes in days.values()):
        return None
    first, last = report.period.first, report.period.last
    logged = sorted({day for days in daily.values() for day in days})
    campaigns = sorted(daily, key=lambda c: c.lower())
    if (last - first).days > CHART_DAYS:
        months = sorted({(d.year, d.month) for d in logged})
        names = [f"{m:02d}/{y}" for y, m in months]
        series = [
            (c, [sum(v for d, v in daily[c].items() if (d.year, d.month) == ym)
                 for ym in months])
            for c in campaigns
        ]  # fmt: skip
        unit = "phút mỗi tháng"
    else:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        names = [f"{d.day:02d}" for d in days]
        series = [(c, [daily[c].get(d, 0.0) for d in days]) for c in campaigns]
        unit = "phút mỗi ngày"
    return stacked_bars("", names, series, room, unit, plot_height)


def write_pdf(report: Report, path: Path) -> int:
    """The monthly report to sign: heading, the totals per campaign, the chart, every airing
    (the heading row on every page), the log's chain head, and the signature block on the
    page of the table's last rows. Returns the number of lines."""
    period = report.period.label
    subject = f"Kết quả phát thanh trên hệ thống truyền thanh cơ sở {period[0].lower()}{period[1:]}"
    if report.campaign:
        subject += f", chiến dịch {report.distinct('{campaign}')[0]}"
    doc = Document(path, station_letterhead(report.station), "Báo cáo", subject,
                   report.station.today())  # fmt: skip
    rows = [_total_cells(r) for r in report.total_rows()]
    totals = fit_columns(TOTAL_COLUMNS, list(zip(*rows, strict=True)), doc.width, rows)
    doc.paragraph("I. TỔNG HỢP THEO CHIẾN DỊCH", BOLD, TEXT_SIZE, before=2 * mm,
                  keep_with=totals.opening(rows))  # fmt: skip
    doc.y -= TABLE_GAP
    doc.table(totals, rows)
    doc.paragraph(report.planned(), ITALIC, 11, before=1 * mm)
    doc.paragraph(TOTALS_NOTE, ITALIC, 11)
    if unheard := report.unheard():  # played where no loudspeaker is: apart from 'Đã phát'
        doc.paragraph(unheard, ITALIC, 11, before=1 * mm)
    if apart := report.emergencies():  # not planned: apart from the rate (as the office's)
        doc.paragraph(apart, ITALIC, 11, before=1 * mm)
    chart = _chart(report, doc.width)
    if chart is not None:
        over = 5 * mm + TEXT_SIZE * LINE + chart.height + 3 * mm - doc.room  # heading, chart
        if 0 < over <= PLOT_HEIGHT - MIN_PLOT_HEIGHT:  # a shorter plot keeps it on this page
            chart = _chart(report, doc.width, PLOT_HEIGHT - over)
    doc.paragraph("II. SỐ PHÚT ĐÃ PHÁT THEO CHIẾN DỊCH", BOLD, TEXT_SIZE, before=5 * mm,
                  keep_with=chart.height + 2 * mm if chart else TEXT_SIZE * LINE)  # fmt: skip
    if chart is not None:
        doc.drawing(chart)
    else:
        doc.paragraph(NO_MINUTES, before=1 * mm)
    unaired = [(vn_number(n), *row[:3], vn_number(row[3]), row[4])
               for n, row in enumerate(not_aired_rows(report), 1)]  # fmt: skip
    layout = (
        fit_columns(NOT_AIRED_COLUMNS, list(zip(*unaired, strict=True)), doc.width, unaired)
        if unaired
        else None
    )
    doc.paragraph(f"III. {NOT_AIRED_TITLE.upper()}", BOLD, TEXT_SIZE, before=4 * mm,
                  keep_with=layout.opening(unaired) if layout else TEXT_SIZE * LINE)  # fmt: skip
    if layout:
        doc.y -= TABLE_GAP
        doc.table(layout, unaired)
    else:
        doc.paragraph(ALL_AIRED, before=1 * mm)
    if also := report.unaired_said("ở mục IV"):
        doc.paragraph(also, before=1 * mm)
    count = report.line_count()
    typical = [_pdf_cells(line) for line in itertools.islice(report.lines(), TYPICAL_ROWS)]
    details = fit_columns(
        [c for _, c in PDF_COLUMNS], _airing_samples(report, count), doc.width, typical
    )
    chain = report.head.vietnamese()
    chain_height = 11 * LINE * 2 + 2 * mm
    end = chain_height + doc.signature_height()
    doc.paragraph("IV. CHI TIẾT CÁC LƯỢT PHÁT", BOLD, TEXT_SIZE, before=4 * mm,
                  keep_with=details.opening(typical, end))  # fmt: skip
    doc.y -= TABLE_GAP
    lines = doc.table(details, (_pdf_cells(line) for line in report.lines()),
                      keep_with_end=end)  # fmt: skip
    doc.paragraph(chain, ITALIC, 11, before=2 * mm)
    doc.signature()
    doc.close()
    return lines
