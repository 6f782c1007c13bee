"""Every English text with a count reads right for one and for several ("1 customer", "2 customers")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from salesdesk.ui.i18n import install_language
from salesdesk.ui.resources import translations_dir

pytestmark = pytest.mark.gui
PLURAL_WORDS = re.compile(r"\b(they|them|these|are|people|customers|records)\b", re.IGNORECASE)


def counted_messages() -> list[tuple[str, str]]:
    tree = ET.parse(translations_dir() / "salesdesk_en.ts")
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context") for message in context.iter("message")
            if "%n" in (message.findtext("source") or "")]


def test_every_count_reads_right_in_english_for_one_and_for_two(qapp) -> None:
    install_language("en")
    messages = counted_messages()
    assert len(messages) >= 10
    for context, source in messages:
        one = QCoreApplication.translate(context, source, None, 1)
        two = QCoreApplication.translate(context, source, None, 2)
        assert "(s)" not in one + two and "%n" not in one + two, (source, one, two)
        assert not PLURAL_WORDS.search(one), f"one reads as several: {one!r}"
        if "customer" in source:
            assert ("1 customer" in one or "this customer" in one) and "2 customers" in two, (one, two)
    assert QCoreApplication.translate("OrgPage", "%n people", None, 1) == "1 person"
