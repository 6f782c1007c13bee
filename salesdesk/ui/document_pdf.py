"""A quote or contract (`TradeDocument`) as an A4 PDF, with Qt's own PDF writer (QPdfWriter).

The page is a QTextDocument laid out from HTML (escaped values only) at the writer's resolution and
painted page by page (the lines' header repeated, "Page 1 of 2" below, the signature block kept on
one page); the writer embeds the font subsets it uses, so the Chinese text is real text in the file
(searchable, copyable). The font is a CJK family installed on the machine (ui.i18n.CJK_FONTS),
whatever font the application runs with. Amounts come formatted from the Decimals
(trade_documents.money): no float on the way. Safe to call off the GUI thread (no widgets).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

from salesdesk.services.trade_documents import (
    HUNDRED,
    Say,
    TradeDocument,
    Translate,
    Words,
    header_lines,
    money,
    percent,
    quantity,
    sayer,
)
from salesdesk.ui.i18n import CJK_FONTS

Labelled = Callable[[str, str], str]  # (label source, value) -> HTML "<b>label</b>: value"
RESOLUTION = 300  # dots per inch of the layout; the text stays vector text whatever it is
MARGIN_MM = 15.0
FOOTER_MM = 8.0  # of the page's printable height, for the page number
STYLE = """
body { font-size: 9.5pt; }
h1 { font-size: 18pt; text-align: center; margin: 4pt 0 8pt 0; }
.seller { font-size: 13pt; font-weight: bold; text-align: center; }
.small { font-size: 8.5pt; text-align: center; color: #444; }
table.lines { border-collapse: collapse; }
table.lines th { background: #e8eef4; font-weight: bold; font-size: 8pt; }
td.num { text-align: right; }
.capital { font-size: 11pt; font-weight: bold; }
"""


def cjk_family() -> str | None:
    """An installed font family with Chinese glyphs (the one the client uses), if any."""
    families = set(QFontDatabase.families())
    return next((f for f in CJK_FONTS if f in families), None)


def write_pdf(document: TradeDocument, path: str | Path, translate: Translate | None = None) -> None:
    """Write `document` as an A4 portrait PDF to `path`, labels in `translate`'s language; OSError
    when the file cannot be written (QPdfWriter itself reports nothing)."""
    with open(path, "wb"):  # fails here, with the system's reason, where Qt would write nothing
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{document.title(translate)} {document.number}")
    writer.setCreator("salesdesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    font = QFont()
    family = cjk_family()
    font.setFamilies([family] if family else [font.family()])
    font.setPointSizeF(9.5)
    page = QTextDocument()
    page.documentLayout().setPaintDevice(writer)  # points converted at the writer's resolution
    page.setDefaultFont(font)
    page.setDefaultStyleSheet(STYLE)
    page.setDocumentMargin(0)
    page.setHtml(document_html(document, translate))
    _paint(page, writer, font, sayer(translate))
    if Path(path).stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")


def _keep_together(page: QTextDocument, frame: QTextFrame) -> None:
    """Start `frame` on a new page when it would run over a page's end (Qt has no
    page-break-inside: avoid)."""
    box = page.documentLayout().frameBoundingRect(frame)
    height = page.pageSize().height()
    if int(box.top() // height) != int(box.bottom() // height):
        style = frame.frameFormat()
        style.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        frame.setFrameFormat(style)


def _paint(page: QTextDocument, writer: QPdfWriter, font: QFont, say: Say) -> None:
    """The document page by page, "Page 1 of 2" in each page's bottom margin."""
    width, height = writer.width(), writer.height()
    footer = round(writer.resolution() * FOOTER_MM / 25.4)
    page.setPageSize(QSizeF(width, height - footer))
    _keep_together(page, page.rootFrame().childFrames()[-1])  # the signature block
    pages = page.pageCount()
    small = QFont(font)
    small.setPointSizeF(8)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * (height - footer))
            visible = QRectF(0, number * (height - footer), width, height - footer)
            page.drawContents(painter, visible)
            painter.restore()
            painter.setFont(small)
            text = say(Words.PAGE).replace("{page}", str(number + 1)).replace("{pages}", str(pages))
            painter.drawText(QRectF(0, height - footer, width, footer),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
    finally:
        painter.end()


def document_html(d: TradeDocument, translate: Translate | None = None) -> str:
    """The page as HTML (every value escaped)."""
    say = sayer(translate)

    def t(source: str) -> str:
        return e(say(source))

    def lab(label: str, value: str) -> str:  # "Customer: …" with the label bold
        return e(say(Words.LABELLED)).replace("{label}", f"<b>{t(label)}</b>").replace("{value}", e(value))

    parts = [f'<p class="seller">{e(d.seller.name)}</p>']
    parts += [f'<p class="small">{e(line)}</p>' for line in header_lines(d.seller, say, "　")]
    parts.append(f"<h1>{e(d.title(translate))}</h1>")
    facts = [(Words.NUMBER, d.number), (Words.DATE, d.issued_on.isoformat())]
    if d.valid_until is not None:
        facts.append((Words.VALID_UNTIL, d.valid_until.isoformat()))
    buyer = [(Words.BUYER, d.buyer.name)]
    contact = " ".join(x for x in (d.buyer.contact, d.buyer.contact_phone) if x)
    buyer += [(label, value) for label, value in ((Words.CONTACT, contact), (Words.ADDRESS, d.buyer.address),
                                                   (Words.PHONE, d.buyer.phone), (Words.SUBJECT, d.subject))
              if value]
    parts.append('<table width="100%" cellpadding="2"><tr><td width="55%" valign="top">'
                 + _facts(buyer, lab) + '</td><td width="45%" valign="top">' + _facts(facts, lab)
                 + "</td></tr></table><br/>")
    parts.append(_lines(d, t))
    parts.append(f'<p class="capital">{lab(Words.CAPITAL, d.capital)}</p>')
    parts.append(f"<p>{t(Words.PRICES_NOTE)}</p>")
    if d.notes:
        parts.append(f"<p>{lab(Words.NOTES, d.notes)}</p>")
    parts.append("<br/>" + _signatures(d, lab))
    return "<html><body>" + "".join(parts) + "</body></html>"


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _facts(rows: list[tuple[str, str]], lab: Labelled) -> str:
    return "".join(f"{lab(label, value)}<br/>" for label, value in rows)


def _lines(d: TradeDocument, t: Say) -> str:
    heads = ((Words.ROW, 5), (Words.CODE, 9), (Words.PRODUCT, 14), (Words.SPECIFICATION, 14), (Words.UNIT, 8),
             (Words.QUANTITY, 8), (Words.UNIT_PRICE, 11), (Words.DISCOUNT, 8), (Words.TAX_RATE, 7),
             (Words.AMOUNT, 16))  # (label, % of the width): the figures get what they need, text the rest
    rows = ["<thead><tr>" + "".join(f'<th width="{w}%">{t(h)}</th>' for h, w in heads)
            + "</tr></thead>"]  # repeated on every page
    for n, line in enumerate(d.lines, start=1):
        cells = [(str(n), True), (line.code, False), (line.name, False), (line.specification or "", False),
                 (line.unit or "", False), (quantity(line.quantity), True), (money(line.unit_price), True),
                 (percent(line.discount), True), (percent(line.tax_rate * HUNDRED), True),
                 (money(line.net), True)]
        rows.append("<tr>" + "".join(f'<td class="{"num" if right else ""}">{e(v)}</td>'
                                     for v, right in cells) + "</tr>")
    for label, value in ((Words.SUBTOTAL, d.subtotal), (Words.TAX, d.tax), (Words.TOTAL, d.total)):
        rows.append(f'<tr><td colspan="9" class="num"><b>{t(label)}</b></td>'
                    f'<td class="num"><b>¥{money(value)}</b></td></tr>')
    return ('<table class="lines" width="100%" border="1" cellspacing="0" cellpadding="3">'
            + "".join(rows) + "</table>")


def _signatures(d: TradeDocument, lab: Labelled) -> str:
    def side(label: str, name: str, signatory: str | None) -> str:
        lines = [lab(label, name), lab(Words.REPRESENTATIVE, signatory or ""), lab(Words.SIGNATURE, ""),
                 lab(Words.SEAL, ""), lab(Words.SIGNED_ON, "")]
        return "<br/><br/>".join(lines)

    return ('<table width="100%" cellpadding="4"><tr>'
            f'<td width="50%" valign="top">{side(Words.SELLER, d.seller.name, d.seller_signatory)}</td>'
            f'<td width="50%" valign="top">{side(Words.BUYER, d.buyer.name, d.buyer_signatory)}</td>'
            "</tr></table>")
