"""Expense categories kept by whoever maintains the picklists (sql/0030: `api.expense_category_save`
checks the permission `maintain_picklists`, and the table's policies refuse any other writer): add
one (a code and both names), rename it (both names), deactivate or activate it. Nothing is deleted:
an expense keeps a deactivated category, which new expenses no longer offer."""

from __future__ import annotations

import re

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.expenses import Category, categories
from salesdesk.services.tx import transaction
from salesdesk.services.validation import Spec, Text, clean

CODE = re.compile(r"^[a-z][a-z_]{1,30}$")  # as sql/0030's check
CODE_FORMAT = QT_TRANSLATE_NOOP("errors", "A code is 2 to 31 lowercase letters or underscores, "
                                          "starting with a letter.")
CODE_TAKEN = QT_TRANSLATE_NOOP("errors", "A category with this code exists already.")
NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "Another category has this name.")
NAMES: Spec = {"name": Text(required=True, max_length=50), "name_en": Text(required=True, max_length=50)}
SAVE = "select api.expense_category_save(:code, :name, :name_en, :sort_order, :active)"


def _save(db: Database, category: Category) -> None:
    with transaction(db) as session:
        session.info["wrote"] = True
        records.scalar(session, SAVE, {"code": category.code, "name": category.name,
                                       "name_en": category.name_en, "sort_order": category.sort_order,
                                       "active": category.active})


def _checked(db: Database, code: str | None, name: str | None, name_en: str | None) -> tuple[dict, list]:
    """Both names cleaned (ValidationError naming each bad field) and the categories as they are."""
    names = clean({"name": name, "name_en": name_en}, NAMES)
    existing = categories(db)
    if any(c.name == names["name"] and c.code != code for c in existing):
        raise ValidationError({"name": NAME_TAKEN})
    return names, existing


def add_category(db: Database, code: str | None, name: str | None, name_en: str | None) -> Category:
    """A new active category, last in the order."""
    code = (code or "").strip()
    problems = {} if CODE.match(code) else {"code": CODE_FORMAT}
    try:
        names, existing = _checked(db, code, name, name_en)
    except ValidationError as err:
        raise ValidationError({**problems, **err.fields}) from err
    if problems:
        raise ValidationError(problems)
    if any(c.code == code for c in existing):
        raise ValidationError({"code": CODE_TAKEN})
    made = Category(code, names["name"], names["name_en"],
                    max((c.sort_order for c in existing), default=0) + 10, True, 1)
    _save(db, made)
    return made


def _one(existing: list[Category], code: str) -> Category:
    found = next((c for c in existing if c.code == code), None)
    if found is None:
        raise NotFoundError()
    return found


def rename_category(db: Database, code: str, name: str | None, name_en: str | None) -> None:
    """New Chinese and English names; every expense of the category shows them."""
    names, existing = _checked(db, code, name, name_en)
    current = _one(existing, code)
    _save(db, Category(code, names["name"], names["name_en"], current.sort_order, current.active, 0))


def set_category_active(db: Database, code: str, active: bool) -> None:
    """Deactivate (no longer offered; expenses keep it) or activate again."""
    current = _one(categories(db), code)
    _save(db, Category(code, current.name, current.name_en, current.sort_order, active, 0))
