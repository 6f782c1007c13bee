"""The convert dialog's "also create an opportunity" part follows the service's signature: hidden
while `convert_lead` takes no `opportunity`, offered (first stage chosen) and sent when it does."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from salesdesk.services import leads
from salesdesk.ui.lead_convert_dialog import LeadConvertDialog, offers_opportunity

pytestmark = pytest.mark.gui
LEAD = SimpleNamespace(company_name="东海贸易", phone=None, contact_name="刘经理", mobile=None)
STAGES = [SimpleNamespace(id=7, name="初步接洽", name_en="Qualify"),
          SimpleNamespace(id=8, name="方案", name_en="Propose")]


def test_without_the_parameter_the_part_is_hidden_and_nothing_is_sent(qtbot, monkeypatch) -> None:
    def convert_lead(db: Any, lead: Any, *, customer: Any = None, contact: Any = None,
                     customer_id: Any = None) -> None: ...

    monkeypatch.setattr(leads, "convert_lead", convert_lead)
    assert not offers_opportunity()
    dialog = LeadConvertDialog(lead=LEAD, stages=STAGES)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.opportunityGroup.isHidden()
    dialog.ui.opportunityGroup.setChecked(True)
    assert "opportunity" not in dialog.value()


def test_with_the_parameter_the_deal_is_offered_and_sent(qtbot, monkeypatch) -> None:
    sent: dict[str, Any] = {}

    def convert_lead(db: Any, lead: Any, *, customer: Any = None, contact: Any = None,
                     customer_id: Any = None, opportunity: Any = None) -> Any:
        sent.update(opportunity=opportunity)
        return SimpleNamespace(customer_id=1, contact_id=2, opportunity_id=3)

    monkeypatch.setattr(leads, "convert_lead", convert_lead)
    dialog = LeadConvertDialog(lead=LEAD, stages=STAGES)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.opportunityGroup.isHidden() and not dialog.ui.opportunityGroup.isChecked()
    assert "opportunity" not in dialog.value()  # only when asked for
    dialog.ui.opportunityGroup.setChecked(True)
    dialog.ui.oppAmountEdit.setText("6.5万")
    dialog.ui.oppCloseEdit.setText("2027-03-31")
    value = dialog.value()
    assert not dialog.check(value)
    deal = value["opportunity"]
    assert (deal["title"], str(deal["amount"]), str(deal["expected_close_date"]), deal["stage_id"]) == (
        "东海贸易", "65000.00", "2027-03-31", 7)
    dialog.ui.oppTitleEdit.clear()
    assert "opp_title" in dialog.check(dialog.value())  # a deal needs its title
    dialog._convert(value)
    assert sent["opportunity"] == deal
