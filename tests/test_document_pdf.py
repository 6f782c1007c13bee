"""The quote as a PDF from Qt's own writer, read back with PDFium (the engine QtPdf wraps): A4 pages,
the Chinese text and the capital amount as real text, the lines' header on every page, both
languages, and a rendered page that is not blank."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QCoreApplication

from salesdesk.services.trade_documents import DocumentLine
from salesdesk.ui.document_pdf import cjk_family, write_pdf
from salesdesk.ui.i18n import install_language
from tests.test_trade_documents import sample

pytestmark = pytest.mark.gui
A4_POINTS = (595, 842)


def pages_text(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    assert all(tuple(round(x) for x in page.get_size()) == A4_POINTS for page in document)
    # words a table cell wraps come back on lines of their own: compare with single spaces
    return [" ".join(page.get_textpage().get_text_range().split()) for page in document]


def test_the_quote_prints_on_a4_with_its_chinese_text_and_capital_amount(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    assert cjk_family(), "a CJK font is installed (fonts-wqy-microhei, by installer/bootstrap.py)"
    path = tmp_path / "quote.pdf"
    write_pdf(sample(), path)
    [text] = pages_text(path)
    for expected in ("华东精密机械有限公司", "Quotation", "BJ-20261205-7", "2027-01-04",
                     "杭州青禾科技有限公司", "王丽", "工业传感器", "量程 0–10 MPa", "4,017.08", "¥10,024.22",
                     "¥882.65", "¥10,906.87", "人民币壹万零玖佰零陆元捌角柒分", "Representative: 张伟",
                     "Seal:"):
        assert expected in text
    image = pypdfium2.PdfDocument(path)[0].render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 5000  # drawn, not a blank page (a missing font draws nothing, not boxes)
    image.save(tmp_path / "quote.png")


def test_many_lines_run_onto_more_pages_with_the_header_on_each(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    lines = tuple(DocumentLine(f"P-{i:03}", "工业传感器", None, "台", Decimal("1"), Decimal("100.00"),
                               Decimal("0"), Decimal("0.1300")) for i in range(90))
    path = tmp_path / "long.pdf"
    write_pdf(sample(lines), path)
    pages = pages_text(path)
    assert len(pages) >= 2
    assert all("Product code" in page for page in pages)  # the table's header repeats
    assert "P-089" in pages[-1] and "人民币壹万零壹佰柒拾元整" in pages[-1]  # 9,000.00 + 1,170.00 tax


def test_pages_are_numbered_and_the_signature_block_is_never_split(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    for count in range(24, 44):  # one of these puts the block across the first page's end
        lines = tuple(DocumentLine(f"P-{i:03}", "工业传感器", None, "台", Decimal("1"), Decimal("100.00"),
                                   Decimal("0"), Decimal("0.1300")) for i in range(count))
        path = tmp_path / f"q{count}.pdf"
        write_pdf(sample(lines), path)
        pages = pages_text(path)
        assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
        last = pages[-1]
        block = last[last.index("Seller: 华东"):]
        assert all(word in block for word in ("Representative: 张伟", "Signature:", "Seal:", "Date:")), count


def test_the_quote_reads_in_chinese_in_chinese(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "quote_zh.pdf"
    try:
        install_language("zh_CN")
        write_pdf(sample(), path, QCoreApplication.translate)
    finally:
        install_language("en")
    [text] = pages_text(path)
    text = text.replace(" ", "")  # a header wrapped inside a word: 单价（不含 / 税）
    for expected in ("报价单", "客户：杭州青禾科技有限公司", "有效期至：2027-01-04", "产品编码",
                     "规格型号", "单位", "单价（不含税）", "价税合计", "代表人：张伟", "盖章：",
                     "价税合计（大写）：人民币壹万零玖佰零陆元捌角柒分", "第 1 页，共 1 页"):
        assert expected.replace(" ", "") in text
    assert "Quotation" not in text


def test_an_unwritable_path_is_an_error_not_silence(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(OSError):
        write_pdf(sample(), tmp_path / "no such folder" / "quote.pdf")
    assert date.today()  # nothing else left behind
    assert not (tmp_path / "no such folder").exists()
