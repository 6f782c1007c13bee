"""Expense statuses and categories as the screens name them (the list, the editor, the 360° tab)."""

from __future__ import annotations

from typing import Any

from salesdesk.services.expense_rules import STATUS_WORDS
from salesdesk.ui.i18n import current_language
from salesdesk.ui.words import word


def status_text(status: str) -> str:
    """An expense status in the current language (the shared words)."""
    return word(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def category_text(row: Any) -> str:
    """A category's name in the current language: a Category, or an ExpenseRow's category."""
    zh, en = (row.name, row.name_en) if hasattr(row, "name_en") else (row.category_name, row.category_name_en)
    return zh if current_language() == "zh_CN" else en
