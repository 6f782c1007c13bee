"""A form that lists its fields with types gets parsing, formatting, translated messages at the field,
and "marked, typing kept, never sent" from the form binding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from salesdesk.services.validation import DateField, Money, Percentage, Quantity
from salesdesk.ui import words
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.i18n import install_language

pytestmark = pytest.mark.gui
SPEC = {"amount": Money(label=words.AMOUNT), "quantity": Quantity(label=words.QUANTITY),
        "probability": Percentage(label=words.PROBABILITY), "close": DateField(label=words.DATE)}


@pytest.fixture
def form(qtbot):  # noqa: ANN001, ANN201
    page = QWidget()
    ui = SimpleNamespace()
    layout = QVBoxLayout(page)
    for key in SPEC:
        setattr(ui, f"{key}Edit", QLineEdit())
        setattr(ui, f"{key}Error", QLabel())
        layout.addWidget(getattr(ui, f"{key}Edit"))
        layout.addWidget(getattr(ui, f"{key}Error"))
    qtbot.addWidget(page)
    page.show()
    binding = FormBinding(ui, {k: f"{k}Edit" for k in SPEC}, types=SPEC, parent=page)
    ui.page = page  # kept alive with the form
    return ui, binding


def leave(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_typed_fields_parse_and_show_their_one_form(form) -> None:  # noqa: ANN001
    ui, binding = form
    binding.show(SimpleNamespace(amount=Decimal("60000"), quantity=Decimal("2.5"), probability=Decimal(35),
                                 close=date(2026, 12, 1)))
    assert [ui.amountEdit.text(), ui.quantityEdit.text(), ui.probabilityEdit.text(), ui.closeEdit.text()] == \
        ["¥60,000.00", "2.5", "35%", "2026-12-01"]
    assert not binding.is_dirty()
    leave(ui.amountEdit, "1.005万")        # rounds to the fen, half up
    leave(ui.quantityEdit, "３")
    leave(ui.probabilityEdit, "12.5")
    assert ui.amountEdit.text() == "¥10,050.00" and ui.quantityEdit.text() == "3"
    assert ui.probabilityEdit.text() == "12.5%"
    assert binding.changes() == {"amount": Decimal("10050.00"), "quantity": Decimal(3),
                                 "probability": Decimal("12.5")}


def test_what_a_type_refuses_is_marked_at_the_field_kept_and_never_sent(form) -> None:  # noqa: ANN001
    ui, binding = form
    binding.show(None)
    leave(ui.quantityEdit, "0")
    leave(ui.probabilityEdit, "120")
    leave(ui.closeEdit, "2026-13-01")
    assert ui.quantityEdit.text() == "0" and ui.quantityEdit.property("invalid")
    assert ui.quantityError.isVisible()
    assert ui.quantityError.text() == "Quantity: The quantity must be more than 0."
    assert set(binding.input_errors()) == {"quantity", "probability", "close"}  # what an editor will not send
    assert binding.value("probability") == "120"  # the typing, not a value
    try:
        install_language("zh_CN")
        leave(ui.probabilityEdit, "120%")
        assert ui.probabilityError.text().startswith("赢单率：请输入 0 到 100 之间的百分比")
        assert binding.input_errors()["close"].text(QCoreApplication.translate).startswith("日期：")
    finally:
        install_language("en")
    leave(ui.quantityEdit, "2")
    assert not ui.quantityError.isVisible() and "quantity" not in binding.input_errors()
