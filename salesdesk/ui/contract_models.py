"""The contract screens' words and tables: the status words, the list's columns, the versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import WORDS
from salesdesk.services.contract_types import ContractRow, ContractVersion
from salesdesk.services.contracts import CONTRACTS
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.formats import fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.kind_list import line_reader
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
CONTRACT = RecordKind("contract", shares=True, archive=True, list_page="contracts",
                      reread=line_reader(CONTRACTS))

STATUS_WORDS: dict[str, Callable[[], str]] = {  # literal calls, so pyside6-lupdate finds them
    "draft": lambda: word(words.DRAFT),
    "submitted": lambda: translate("ContractStatus", "Waiting for approval"),
    "approved": lambda: translate(WORDS, "Approved"),  # as the approvals say it
    "rejected": lambda: translate(WORDS, "Rejected"),
    "in_effect": lambda: translate("ContractStatus", "In effect"),
    "fulfilled": lambda: translate("ContractStatus", "Fulfilled"),
    "cancelled": lambda: translate("ContractStatus", "Cancelled"),
}


def status_text(status: str | None) -> str:
    return STATUS_WORDS[status]() if status in STATUS_WORDS else (status or "")


def total_title() -> str:
    return translate("documents", "Total (incl. tax)")  # as the printed contract says it


def contract_name() -> str:
    return translate("ContractModels", "Contract name")  # (the shared "Title" is a person's job title)


def number_title() -> str:
    return word(words.NUMBER)


def contract_columns() -> list[Column[ContractRow]]:
    """The list's columns; every declared sort has one (keys are stable: the column chooser saves them)."""
    return [
        Column("number", number_title, lambda r: r.number or "—", "number", width=140, fixed=True),
        Column("title", contract_name, lambda r: r.title, width=200),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "", width=180),
        Column("status", lambda: word(words.STATUS), lambda r: status_text(r.status), "status", width=100),
        Column("signed_on", lambda: translate("ContractModels", "Signed on"), lambda r: fmt_date(r.signed_on),
               "signed_on", width=95, kind="date", value=lambda r: r.signed_on),
        Column("total_amount", total_title,
               lambda r: fmt_money(r.total_amount), "total_amount", right=True, width=120, kind="money",
               value=lambda r: r.total_amount),
        Column("owner", lambda: word(words.OWNER), lambda r: r.owner_name or "", width=90),
        Column("updated_at", lambda: word(words.UPDATED), lambda r: fmt_datetime(r.updated_at), "updated_at",
               width=135, kind="datetime", value=lambda r: r.updated_at),
    ]


def version_columns() -> list[Column[ContractVersion]]:
    """The versions tab: every approved version, the newest first."""
    return [
        Column("amendment_no", lambda: translate("ContractModels", "Version"),
               lambda v: translate("ContractModels", "Original") if v.amendment_no == 0
               else translate("ContractModels", "Amendment {n}").format(n=v.amendment_no), width=110),
        Column("title", contract_name, lambda v: str(v.fields.get("title") or ""), width=180),
        Column("customer", lambda: word(words.CUSTOMER), lambda v: str(v.fields.get("customer_name") or ""),
               width=160),
        Column("total_amount", total_title,
               lambda v: fmt_money(v.total_amount), right=True, width=120),
        Column("approved_by", lambda: translate("ContractModels", "Approved by"),
               lambda v: v.approved_by_name or "", width=100),
        Column("approved_at", lambda: translate("ContractModels", "Approved at"),
               lambda v: fmt_datetime(v.approved_at), width=135),
    ]


def version_line_columns() -> list[Column[dict[str, Any]]]:
    """The lines of the version chosen (as approved)."""
    money = lambda key: lambda x: fmt_money(x.get(key))  # noqa: E731
    return [
        Column("product", lambda: translate("ProductEditor", "Product"),
               lambda x: str(x.get("product_name") or ""), width=180),
        Column("quantity", lambda: word(words.QUANTITY), lambda x: f"{x.get('quantity', 0):f}", right=True),
        Column("unit_price", lambda: translate("OpportunityEditor", "Unit price"), money("unit_price"),
               right=True),
        Column("discount", lambda: translate("OpportunityEditor", "Discount %"),
               lambda x: f"{x.get('discount', 0):f}", right=True),
        Column("tax_rate", lambda: translate("ContractEditor", "Tax rate %"),
               lambda x: f"{x.get('tax_rate', 0):f}", right=True),
        Column("amount", lambda: word(words.AMOUNT), money("amount"), right=True),
    ]
