"""Every page and every dialog has unique mnemonics (Alt+letter), in Chinese and in English.

Pages are checked as the signed-in salesperson and manager see them (menu bar, page and
status bar are one window); dialogs from a list that must name every dialog class of the
client, so a new dialog cannot escape the check.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog, QWidget

import salesdesk.ui
from salesdesk.services.profiles import ProfileStore
from salesdesk.ui.i18n import install_language
from tests import mnemonics
from tests.factories import Company
from tests.ui_support import main_window, wait_loaded

pytestmark = pytest.mark.gui
LANGUAGES = ("zh_CN", "en")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:
    install_language(request.param)
    try:
        yield request.param
    finally:
        install_language("en")


def test_the_checker_finds_a_clash_and_a_label_without_buddy(qapp) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    label, edit = QLabel("地址(&A)"), QLineEdit()
    label.setBuddy(edit)
    for w in (label, edit, QPushButton("&Add contact"), QLabel("&Orphan"), QPushButton("Save && close")):
        layout.addWidget(w)
    found = mnemonics.problems(root)
    assert any(p.startswith("Alt+A:") for p in found), found
    assert any("Orphan" in p and "no buddy" in p for p in found), found
    assert not any(p.startswith("Alt+S") for p in found)  # '&&' is a literal ampersand
    assert mnemonics.mnemonic_of("联系人(&O)") == "O"


def _window_problems(window, page: QWidget) -> list[str]:
    return mnemonics.problems(window.menuBar(), page, window.statusBar())


@pytest.mark.parametrize("key", ["sp_e1a", "mgr_e"])
def test_every_page_has_unique_mnemonics(qtbot, company: Company, language: str, key: str) -> None:
    with main_window(qtbot, company, key) as window:
        found: dict[str, list[str]] = {}
        for spec in window.nav_specs:
            page = wait_loaded(qtbot, window, spec.key)
            found[spec.key] = _window_problems(window, page)
        customer_id = company.customers["sp_e1a客户1"]
        for arg in ("new", str(customer_id)):
            editor = wait_loaded(qtbot, window, f"customer:{arg}")
            found[f"customer:{arg}"] = _window_problems(window, editor)
            window.go_back()
        deal_id = company.deals["sp_e1a商机1"]  # the salesperson's own, the manager's subordinate's
        for arg in ("new", str(deal_id)):  # the deal editor (oppui)
            editor = wait_loaded(qtbot, window, f"opportunity:{arg}")
            found[f"opportunity:{arg}"] = _window_problems(window, editor)
            window.go_back()
        overview = wait_loaded(qtbot, window, f"customer360:{customer_id}")
        found["customer360"] = _window_problems(window, overview)
        found["menus"] = mnemonics.menu_problems(window.menuBar())
        bad = [f"{where}: {p}" for where, found_there in found.items() for p in found_there]
        assert not bad, "\n".join(bad)


def _dialogs(company: Company, window) -> dict[str, Callable[[], QDialog]]:  # noqa: ANN001
    from decimal import Decimal  # money on a contract

    from salesdesk.services.expenses import Category
    from salesdesk.services.nodes import Node
    from salesdesk.services.payments import Plan
    from salesdesk.services.scorecards import ScorecardItem
    from salesdesk.services.target_xlsx import Change, ImportPreview
    from salesdesk.ui.about_dialog import AboutDialog
    from salesdesk.ui.approval_rule_dialog import ApprovalRuleDialog
    from salesdesk.ui.change_password_dialog import ChangePasswordDialog
    from salesdesk.ui.company_profile_editor import CompanyProfileEditor
    from salesdesk.ui.conflict_dialog import ConflictDialog
    from salesdesk.ui.conflicts import Merge
    from salesdesk.ui.customer_actions import CUSTOMER
    from salesdesk.ui.expense_editor import ExpenseEditor
    from salesdesk.ui.followup_dialog import FollowupDialog
    from salesdesk.ui.forecast_adjust import ForecastAdjustDialog
    from salesdesk.ui.lead_convert_dialog import LeadConvertDialog
    from salesdesk.ui.lead_editor import LeadEditor
    from salesdesk.ui.login_dialog import LoginDialog
    from salesdesk.ui.payment_dialogs import InvoiceDialog, PaymentDialog, PaymentPlanDialog
    from salesdesk.ui.product_editor import ProductEditor
    from salesdesk.ui.profile_editor import ProfileEditor
    from salesdesk.ui.quote_editor import QuoteEditor
    from salesdesk.ui.reason_dialog import ReasonDialog
    from salesdesk.ui.reassign_dialog import ReassignDialog
    from salesdesk.ui.record_history import HistoryDialog
    from salesdesk.ui.record_import import RecordImportDialog
    from salesdesk.ui.scorecard_weights_dialog import ScorecardWeightsDialog
    from salesdesk.ui.share_dialog import ShareDialog
    from salesdesk.ui.target_import import TargetImportDialog

    ids = [company.customers["sp_e1a客户1"]]
    row = SimpleNamespace(id=ids[0], can_manage=True)
    lead = SimpleNamespace(company_name="东海贸易", phone=None, contact_name="刘经理", mobile=None)
    stage = SimpleNamespace(id=1, name="初步接洽", name_en="Qualify")
    travel = Category("travel", "差旅费", "Travel", 10, True, 1)
    return {
        "AboutDialog": lambda: AboutDialog(window.session),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(session=window.session),
        "CompanyProfileEditor": lambda: CompanyProfileEditor(),
        "ConflictDialog": lambda: ConflictDialog("张三", None, Merge(values={"name": "甲"},
                                                                  conflicts={"phone": ("1", "2")})),
        "FollowupDialog": lambda: FollowupDialog(ctx=window.ctx, customer_id=ids[0]),
        "LoginDialog": lambda: LoginDialog(),
        "ProfileEditor": lambda: ProfileEditor(ProfileStore()),
        "ProductEditor": lambda: ProductEditor(may_edit=True, see_cost=True),
        "ReasonDialog": lambda: ReasonDialog(title="Release", prompt="&Reason:"),
        "ReassignDialog": lambda: ReassignDialog(window.ctx, ids, kind=CUSTOMER),
        "ShareDialog": lambda: ShareDialog(window.ctx, ids, kind=CUSTOMER),
        "HistoryDialog": lambda: HistoryDialog(window.ctx, CUSTOMER, row),
        "LeadEditor": lambda: LeadEditor(),
        "QuoteEditor": lambda: QuoteEditor(ctx=window.ctx),
        "LeadConvertDialog": lambda: LeadConvertDialog(lead=lead, stages=[stage]),
        "ExpenseEditor": lambda: ExpenseEditor(ctx=window.ctx, categories=[travel]),
        # money on a contract (issue 13 §3/§4)
        "PaymentDialog": lambda: PaymentDialog(heading="HT-1"),
        "InvoiceDialog": lambda: InvoiceDialog(heading="HT-1"),
        "PaymentPlanDialog": lambda: PaymentPlanDialog(plan=Plan(1, 0, []), total=Decimal("100.00")),
        # the forecast (issue 14 §4)
        "ForecastAdjustDialog": lambda: ForecastAdjustDialog(window.ctx, Node("unit", 1, "华东"),
                                                             [date(2026, 1, 1), date(2026, 2, 1)]),
        # the KPI scorecards (issue 14 §3)
        "ScorecardWeightsDialog": lambda: ScorecardWeightsDialog(
            window.ctx, "salesperson", [ScorecardItem("contract_amount", Decimal(60), Decimal(100000)),
                                        ScorecardItem("followups", Decimal(40), Decimal(20))]),
        # approval rules kept in the client (issue 13 §2)
        "ApprovalRuleDialog": lambda: ApprovalRuleDialog(window, categories=[travel]),
        # the targets' Excel import preview (issue 14 §1)
        "TargetImportDialog": lambda: TargetImportDialog(None, ImportPreview(
            [Change(("person", 1, date(2026, 1, 1), "target"), "赵一", Decimal(100), Decimal(200))], [])),
        # the import of customers and leads (issue 15 §5)
        "RecordImportDialog": lambda: RecordImportDialog(None, window.session.database, window.ctx.tasks,
                                                         "customer"),
    }


def _dialog_classes() -> set[str]:
    """Every QDialog subclass defined in salesdesk.ui (bases included; BASES names those without a window)."""
    for info in pkgutil.iter_modules(salesdesk.ui.__path__, "salesdesk.ui."):
        if not info.name.startswith("salesdesk.ui.forms_gen"):
            importlib.import_module(info.name)
    seen: set[str] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        module = cls.__module__
        if module.startswith("salesdesk.ui.") and not module.startswith("salesdesk.ui.forms_gen"):
            seen.add(cls.__name__)
    return seen


BASES = {"FormDialog", "KindEditor", "_MoneyForm"}  # no window of their own


def test_every_dialog_has_unique_mnemonics(qtbot, company: Company, language: str) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        factories = _dialogs(company, window)
        missing = _dialog_classes() - BASES - set(factories)
        assert not missing, f"add these dialogs to _dialogs(): {sorted(missing)}"
        found: dict[str, list[str]] = {}
        letters: dict[str, set] = {}
        for name, make in factories.items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            found[name] = mnemonics.problems(dialog)
            letters[name] = {mnemonics.mnemonic_of(text) for text, _ in mnemonics.owners(dialog)} - {None}
            dialog.reject()
        assert len(letters["LoginDialog"]) >= 3 and letters["ProfileEditor"], letters  # the check sees them
        bad = [f"{where}: {p}" for where, found_there in found.items() for p in found_there]
        assert not bad, "\n".join(bad)

