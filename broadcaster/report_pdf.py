"""The printed report: A4, station and period on top, the tables, a chart of daily airtime
per campaign, and the signature block. DejaVu Sans is embedded for the diacritics.

The page, the heading and the signature block are shared with the office's fleet report
(office/report.py), so that a change of administrative format applies to both."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from common.i18n import _

from .report import HEADINGS, TOTAL_HEADINGS, Report
from .station import StationError

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
CHART_DAYS = 62
PALETTE = tuple(colors.HexColor(c) for c in ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"))


def register_fonts() -> None:
    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVu", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(bold)))
            return
    raise StationError(_("the DejaVu fonts are missing (install the fonts-dejavu-core package)"))


def style(size: float, bold: bool = False, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}{bold}{align}",
        fontName="DejaVu-Bold" if bold else "DejaVu",
        fontSize=size,
        leading=size * 1.25,
        alignment=align,
    )


def plain(value: object, paragraph_style: ParagraphStyle) -> Paragraph:
    """Text that prints exactly as written: '<', '&' and '>' are escaped, so no title or name
    can be read as the PDF library's markup (fonts, links, or an image to fetch from a URL)."""
    return Paragraph(escape(str(value)), paragraph_style)


def grid(header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "DejaVu", 7),
            ("FONT", (0, 0), (-1, header_rows - 1), "DejaVu-Bold", 7),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


def _chart(report: Report, width: float) -> Drawing:
    """Daily minutes aired per campaign, one bar group per day: every day of a month, or the
    days from the first airing to the last of a longer period."""
    daily = report.daily_minutes()
    first, last = report.period.first, report.period.last
    if (last - first).days > CHART_DAYS:
        logged = [day for days in daily.values() for day in days]
        first, last = min(logged), max(logged)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    campaigns = sorted(daily)
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, width - 60 * mm, 45 * mm
    chart.data = [[round(daily[c].get(d, 0.0), 1) for d in days] for c in campaigns]
    chart.categoryAxis.categoryNames = [f"{d:%d}" for d in days]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "DejaVu"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    for n, colour in zip(range(len(campaigns)), PALETTE, strict=False):
        chart.bars[n].fillColor = colour
    legend = Legend()
    legend.x, legend.y = width - 45 * mm, 50 * mm
    legend.fontName, legend.fontSize = "DejaVu", 7
    legend.colorNamePairs = [(chart.bars[n].fillColor, c) for n, c in enumerate(campaigns)]
    drawing.add(chart)
    drawing.add(legend)
    drawing.add(
        String(
            12 * mm,
            58 * mm,
            "Số phút phát mỗi ngày theo chiến dịch",
            fontName="DejaVu-Bold",
            fontSize=8,
        )
    )
    return drawing


def document(path: Path, title: str) -> SimpleDocTemplate:
    """An A4 landscape page with the fonts registered."""
    register_fonts()
    margin = 12 * mm
    return SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=margin,
                             rightMargin=margin, topMargin=margin, bottomMargin=margin,
                             title=title)  # fmt: skip


def heading(issuer: str, title: str, period: str) -> list[Flowable]:
    """Who issues the report, its title, and the period it covers."""
    return [
        plain(issuer.upper(), style(10, bold=True)),
        plain(title, style(13, bold=True, align=1)),
        plain(period, style(10, align=1)),
        Spacer(1, 5 * mm),
    ]


def signatures(width: float, signers: tuple[str, str], note: str) -> KeepTogether:
    """The place and date line, two signers side by side, and a small note below."""
    block = Table(
        [list(signers), ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"], ["", ""]],
        colWidths=[width / 2] * 2,
        rowHeights=[5 * mm, 5 * mm, 22 * mm],
    )
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "DejaVu", 8),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph("…………, ngày …… tháng …… năm ……", style(9, align=2)),
            Spacer(1, 3 * mm),
            block,
            plain(note, style(6)),
        ]
    )


def write_pdf(report: Report, path: Path) -> None:
    doc = document(path, f"Báo cáo phát thanh — {report.station.config.name}")
    body = style(7)
    story = heading(
        report.station.config.name,
        "BÁO CÁO KẾT QUẢ PHÁT THANH TRÊN HỆ THỐNG TRUYỀN THANH CƠ SỞ",
        report.period.label,
    )
    rows = [[Paragraph(h, style(7, bold=True)) for h in HEADINGS]]
    for line in report.lines():
        cells = list(line)
        cells[1] = f"{line[1][8:10]}/{line[1][5:7]}/{line[1][:4]}"
        for column in (4, 5, 12, 13):
            cells[column] = plain(line[column], body)
        rows.append(["" if c is None else c for c in cells])
    widths = [10, 17, 14, 14, 50, 22, 16, 14, 13, 13, 9, 17, 22, 42]  # mm: 273 = A4 landscape
    table = LongTable(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(grid())
    story += [table, Spacer(1, 6 * mm)]
    totals = Table([list(TOTAL_HEADINGS), *report.total_rows()], repeatRows=1)
    totals.setStyle(grid())
    story += [
        KeepTogether(
            [Paragraph("Tổng hợp theo chiến dịch", style(9, bold=True)), Spacer(1, 2 * mm), totals]
        )
    ]
    story += [Spacer(1, 6 * mm), _chart(report, doc.width)]
    story += [
        Spacer(1, 4 * mm),
        signatures(doc.width, ("NGƯỜI LẬP BIỂU", "LÃNH ĐẠO UBND XÃ"), report.head.vietnamese()),
    ]
    doc.build(story)
