"""A record kind's client screens as one declaration: its list page and its editor come from it.

    PROJECT = RecordKind("t_project", archive=True)            # ui/record_actions.py
    SCREEN = KindScreen(
        PROJECT, PROJECTS,                                      # the kind and its KindService
        page="projects", title=QT_TRANSLATE_NOOP("pages", "Projects"), icon="products", order=40,
        columns=project_columns,                                # () -> [Column(...)], ui/columns.py
        filters=(Filter("status", lambda: tr("Any status"), STATUS_WORDS),),
        search=lambda: tr("Search projects…"),
        count=lambda n, exact: tr("%n project(s)", "", n) if exact else tr("at least %n project(s)", "", n),
        empty=lambda: tr("No projects yet — press {key} to add one"),
        editor=ProjectEditor)                                   # a KindEditor (ui/kind_editor.py)
    register_screen(SCREEN)                                     # the page `projects`

What comes from the declaration without code: the list's sorts (the columns' sort keys, checked
by the service), the first order (the service's, unless `sort=`), the scope choices (what the
kind has: all / mine / team for an owned kind, the pool with a pool, "shared with me" with
shares; `scopes=` narrows them), each filter's combo ("any" first, then its choices; a `picklist` filter's
choices load from the picklist in the background), the count and empty texts, the actions by name
(`new`, `edit`, `archive`, and RecordActions' `reassign`, `share`, `release`, `claim`,
`hand_out`, `history`: those the kind lacks are left out), the page's object names
(`<page>Page`, `<kind>Table`, `<field>Combo`) and live updates of the kind's lines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services.kind_service import KindService
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
Texts = Mapping[Any, Callable[[], str]]  # a value -> its words in the current language


def scope_words() -> dict[str, Callable[[], str]]:
    """What the scope combo says for each scope of the list API (private.list_filter)."""
    return {"all": lambda: translate("CustomerListPage", "All I can see"),
            "mine": lambda: translate("CustomerListPage", "Mine"),
            "team": lambda: translate("CustomerListPage", "My team"),
            "pool": lambda: word(words.POOL),
            "shared": lambda: translate("KindScreen", "Shared with me")}


def camel(name: str) -> str:
    """`due_on` -> `dueOn`: a field's or page's name as the stem of an objectName."""
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


@dataclass(frozen=True)
class Filter:
    """A declared filter of the kind (`p_filters`) as a combo: `any` first, then the choices.

    `choices` maps each value to its words (e.g. a status word table); `picklist` names a picklist
    whose entries fill the combo once loaded, `load(db)` (a worker) gives (value, text) pairs
    otherwise (the pools I see); a loaded combo shows once it offers `min_choices` choices."""

    key: str
    any: Callable[[], str]
    choices: Texts = field(default_factory=dict)
    picklist: str | None = None
    load: Callable[[Any], Sequence[tuple[Any, str]]] | None = None
    min_choices: int = 1

    @property
    def loaded(self) -> bool:
        return self.picklist is not None or self.load is not None

    @property
    def object_name(self) -> str:
        return camel(self.key) + "Combo"


@dataclass(frozen=True)
class KindScreen:
    """The declaration of one kind's screens (see the module docstring)."""

    kind: RecordKind
    service: KindService[Any, Any]
    page: str
    title: str                                       # source text, context "pages"
    icon: str
    columns: Callable[[], list[Column[Any]]]
    order: int = 100
    filters: tuple[Filter, ...] = ()
    scopes: tuple[str, ...] | None = None            # None: every scope the kind has
    scope_texts: Texts = field(default_factory=dict)  # a scope said otherwise than `scope_words`
    base_query: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"scope": "pool"}
    sort: str | None = None                          # the list's first order (None: the service's)
    descending: bool | None = None
    search: Callable[[], str] = lambda: translate("KindScreen", "Search…")
    count: Callable[[int, bool], str] | None = None
    empty: Callable[[], str] | None = None
    actions: tuple[str, ...] = ("new", "edit", "archive", "reassign", "share", "release", "history")
    new_text: Callable[[], str] | None = None        # the New action's words (default "New {noun}")
    editor: Callable[..., Any] | None = None         # a KindEditor class
    grey: Callable[[Any], bool] | None = None        # lines shown greyed (closed, converted…)
    mine_first: bool = False                         # a salesperson (scope self) starts on "mine"

    @property
    def name(self) -> str:
        return self.kind.kind

    def scope_choices(self) -> tuple[str, ...]:
        """The scopes the combo offers: those named, else what the kind has (an owner, a pool, shares)."""
        if self.scopes is not None:
            return self.scopes
        kind = self.kind
        has = {"all": True, "mine": kind.owned, "team": kind.owned, "pool": kind.pool, "shared": kind.shares}
        return tuple(s for s, ok in has.items() if ok) if kind.owned else ()

    def scope_text(self, scope: str) -> str:
        return (self.scope_texts.get(scope) or scope_words()[scope])()

    def sorts(self) -> tuple[str, ...]:
        """The sorts the list offers: its columns' sort keys."""
        return tuple(c.sort_key for c in self.columns() if c.sort_key)


SCREENS: dict[str, KindScreen] = {}  # by page key: what tests check against the kinds' declarations


def register_screen(screen: KindScreen, page_class: Callable[..., Any] | None = None,
                    *, in_navigation: bool = True) -> None:
    """Register the kind's list page (a KindListPage, or `page_class` built with the screen)."""
    SCREENS[screen.page] = screen
    if page_class is None:
        from salesdesk.ui.kind_list import KindListPage

        page_class = KindListPage
    make = page_class
    register_page(screen.page, screen.title, screen.icon, lambda ctx: make(ctx, screen), order=screen.order,
                  in_navigation=in_navigation)


def choice_items(texts: Texts, values: Sequence[Any] | None = None) -> list[tuple[Any, str]]:
    """(value, words) for a combo, in the order of `values` (default: the table's)."""
    shown = values if values is not None else list(texts)
    return [(v, texts[v]() if v in texts else str(v)) for v in shown]
