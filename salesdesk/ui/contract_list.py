"""The contracts page (合同订单), declared as the contract kind's list screen (ui/kind_screen.py):
scope, status and customer filters, search by title or number, every declared sort. New and Open go
to the contract page (`contract:new`, `contract:<id>`), which edits lines and runs the flow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customer_list
from salesdesk.services.contracts import CONTRACTS
from salesdesk.ui.contract_models import CONTRACT, STATUS_WORDS, contract_columns
from salesdesk.ui.kind_list import KindListPage
from salesdesk.ui.kind_screen import Filter, KindScreen, register_screen

translate = QCoreApplication.translate
CUSTOMER_CHOICES = 200  # the customer filter offers my first customers by name; search finds the rest


def customers(db: Any) -> list[tuple[int, str]]:
    """Worker: the customer filter's choices."""
    return [(c.id, c.name) for c in customer_list.list_customers(db, limit=CUSTOMER_CHOICES).rows]


def contract_count(n: int, exact: bool) -> str:
    if exact:
        return translate("ContractListPage", "%n contract(s)", "", n)
    return translate("ContractListPage", "at least %n contract(s)", "", n)


class ContractListPage(KindListPage):
    """Contracts in my scope; a contract opens on its own page."""

    def new(self) -> None:
        self.ctx.show_page("contract:new")

    def open_row(self, row: Any) -> None:
        self.ctx.show_page(f"contract:{row.id}")


CONTRACTS_SCREEN = KindScreen(
    CONTRACT, CONTRACTS, page="contracts", title=QT_TRANSLATE_NOOP("pages", "Contracts"), icon="products",
    order=14, columns=contract_columns, mine_first=True,
    filters=(Filter("status", lambda: translate("LeadRecordsPage", "Any status"), STATUS_WORDS),
             Filter("customer_id", lambda: translate("ContractListPage", "Any customer"), load=customers)),
    search=lambda: translate("ContractListPage", "Search title or number…"), count=contract_count,
    empty=lambda: translate("ContractListPage", "No contracts yet — press {key} to add one"),
    actions=("new", "edit", "archive", "reassign", "share", "history"),
    grey=lambda row: row.status in ("cancelled", "fulfilled"))
register_screen(CONTRACTS_SCREEN, ContractListPage)
