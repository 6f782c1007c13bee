"""The example of "How to add a kind's screens" (README, Development): a plain owned kind, `t_project`
(project.sql), its service and its screens — a list page and an editor — from declarations only.

Everything a kind's `services/<kinds>.py`, `ui/<kind>_models.py`, `ui/<kind>_list.py` and
`ui/<kind>_editor.py` would hold is here, so that `installer/tools/kind_lines.py` counts it in one
place; the form is project_editor.ui (Qt Designer), compiled as forms/ are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_list import search_customers
from salesdesk.services.errors import KIND_NAMES, KIND_PLURALS
from salesdesk.services.kind_service import KindService
from salesdesk.services.validation import Choice, DateField, Money, RecordRef, Text
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.forms import form_class
from salesdesk.ui.kind_editor import KindEditor
from salesdesk.ui.kind_list import line_reader
from salesdesk.ui.kind_screen import Filter, KindScreen
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
SQL = Path(__file__).with_name("project.sql")

# -- services: the kind's nouns (services/errors.py), field types, dataclasses, KindService -------
KIND_NAMES["t_project"], KIND_PLURALS["t_project"] = "project", "projects"  # the product's: a line each
STATUSES = ("planned", "running", "done")
SPEC = {"name": Text(required=True, max_length=200), "budget": Money(label=words.AMOUNT),
        "due_on": DateField(), "status": Choice(values=STATUSES), "customer_id": RecordRef()}


@dataclass(frozen=True)
class ProjectRow:
    """One project as the list and the editor read it, with my rights on it."""

    id: int
    name: str
    budget: Decimal
    due_on: date | None
    status: str
    customer_id: int | None
    customer_name: str | None  # None when out of my sight
    owner_id: int | None
    owner_name: str | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None


PROJECTS: KindService[ProjectRow, ProjectRow] = KindService(
    "t_project", line=ProjectRow, record=ProjectRow, spec=SPEC, choices={"status": STATUSES},
    sorts=("name", "budget", "due_on", "updated_at"), pick=("name", ("owner_name",)), omit_empty=True)

# -- ui: words, columns, the editor, the screen ---------------------------------------------------
STATUS_WORDS = {"planned": lambda: translate("ProjectScreen", "Planned"),
                "running": lambda: translate("ProjectScreen", "Running"),
                "done": lambda: translate("ProjectScreen", "Done")}
PROJECT = RecordKind("t_project", shares=True, archive=True, list_page="t_projects",
                     reread=line_reader(PROJECTS))


def project_columns() -> list[Column[ProjectRow]]:
    return [
        Column("name", lambda: word(words.NAME), lambda r: r.name, "name", width=200, fixed=True),
        Column("budget", lambda: word(words.AMOUNT), lambda r: fmt_money(r.budget), "budget", right=True,
               kind="money", value=lambda r: r.budget),
        Column("due_on", lambda: word(words.DATE), lambda r: fmt_date(r.due_on), "due_on", kind="date",
               value=lambda r: r.due_on),
        Column("status", lambda: word(words.STATUS), lambda r: STATUS_WORDS[r.status]()),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or ""),
        Column("owner", lambda: word(words.OWNER), lambda r: r.owner_name or ""),
        Column("updated_at", lambda: word(words.UPDATED), lambda r: fmt_datetime(r.updated_at), "updated_at",
               kind="datetime", value=lambda r: r.updated_at),
    ]


class ProjectEditor(KindEditor):
    """One project: project_editor.ui, typed by SPEC, saved through PROJECTS."""

    ui_class = form_class(Path(__file__).with_name("project_editor.ui"))
    service = PROJECTS
    kind = PROJECT
    choices = {"status": STATUS_WORDS}
    pickers = {"customer_id": (search_customers, "customer_name")}


SCREEN = KindScreen(
    PROJECT, PROJECTS, page="t_projects", title=QT_TRANSLATE_NOOP("pages", "Projects"), icon="products",
    columns=project_columns, filters=(Filter("status", lambda: translate("ProjectScreen", "Any status"),
                                             STATUS_WORDS),),
    search=lambda: translate("ProjectScreen", "Search projects…"), editor=ProjectEditor,
    count=lambda n, exact: translate("ProjectScreen", "%n project(s)", "", n),
    empty=lambda: translate("ProjectScreen", "No projects yet — press {key} to add one"))
