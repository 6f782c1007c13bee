"""The approvals page's tables (sql/0023): what waits on me, what I submitted, a request's trail."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services.approval_types import (
    ACTIONS,
    MODES,
    STATES,
    TYPES,
    InboxItem,
    MyRequest,
    TrailEntry,
)
from salesdesk.services.errors import kind_name
from salesdesk.ui import words
from salesdesk.ui.columns import ROOT, Column, Index, RowsModel, fmt_datetime, fmt_money, translate
from salesdesk.ui.i18n import current_language
from salesdesk.ui.words import word

REQUEST = QT_TRANSLATE_NOOP("ApprovalsPage", "Request")
SUMMARY = QT_TRANSLATE_NOOP("ApprovalsPage", "Subject")
REQUESTER = QT_TRANSLATE_NOOP("ApprovalsPage", "Requester")
STEP = QT_TRANSLATE_NOOP("ApprovalsPage", "Step")
DECIDED_BY = QT_TRANSLATE_NOOP("ApprovalsPage", "Decided by")
SUBMITTED_AT = QT_TRANSLATE_NOOP("ApprovalsPage", "Submitted at")
WAITING_ON = QT_TRANSLATE_NOOP("ApprovalsPage", "Waiting on")
ROUND = QT_TRANSLATE_NOOP("ApprovalsPage", "Round")
ACTION = QT_TRANSLATE_NOOP("ApprovalsPage", "Action")
COMMENT = QT_TRANSLATE_NOOP("ApprovalsPage", "Comment")
STEP_OF = QT_TRANSLATE_NOOP("ApprovalsPage", "{n} of {total}")


def _title(source: str) -> Callable[[], str]:
    return lambda: translate("ApprovalsPage", source)


def type_text(type_: str, record_kind: str | None = None) -> str:
    """The request type's word; a type without one (declared later) names its record's kind."""
    if type_ in TYPES:
        return translate(WORDS, TYPES[type_])
    return kind_name(record_kind, translate) if record_kind else type_


def state_text(state: str) -> str:
    return translate(WORDS, STATES.get(state, state))


def _step_text(step_no: int | None, steps: int) -> str:
    return translate("ApprovalsPage", STEP_OF).format(n=step_no, total=steps) if step_no else "—"


def _percent(value: Any) -> str:
    return f"{value} %" if value is not None else ""


def _category(r: InboxItem) -> str:
    """The record's category (an expense's) in the user's language."""
    english = current_language() != "zh_CN"
    return (r.category_name_en if english else r.category_name) or ""


def _type(r: InboxItem | MyRequest) -> str:
    return type_text(r.type, r.record_kind)


class InboxModel(RowsModel[InboxItem]):
    """What waits on me, the longest-waiting first, a page at a time: when the view scrolls to the
    last row read and the last page was full, the view's fetchMore calls `more` (the page reads the
    next page off the GUI thread and appends it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("type", _title(REQUEST), _type, width=80),
            Column("summary", _title(SUMMARY), lambda r: r.summary, width=240),
            Column("category", lambda: word(words.CATEGORY), _category, width=90),
            Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "", width=140),
            Column("requester", _title(REQUESTER), lambda r: r.requester_name, width=80),
            Column("amount", lambda: word(words.AMOUNT), lambda r: fmt_money(r.amount), right=True),
            Column("discount", lambda: word(words.DISCOUNT), lambda r: _percent(r.discount), right=True,
                   width=70),
            Column("step", _title(STEP), lambda r: _step_text(r.step_no, r.steps), width=90),
            Column("mode", _title(DECIDED_BY), lambda r: translate(WORDS, MODES[r.mode]), width=100),
            Column("submitted", _title(SUBMITTED_AT), lambda r: fmt_datetime(r.submitted_at), width=130),
        ], parent)
        self.more: Callable[[], None] | None = None
        self.has_more = False  # the last page read was full
        self.fetching = False  # a next page is on its way

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self.has_more and not self.fetching and self.more is not None

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802
        if self.canFetchMore(parent) and self.more is not None:
            self.fetching = True
            self.more()


class MyRequestsModel(RowsModel[MyRequest]):
    """What I submitted, the latest first, with its state and who it waits on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("type", _title(REQUEST), _type, width=80),
            Column("summary", _title(SUMMARY), lambda r: r.summary, width=240),
            Column("state", lambda: word(words.STATUS), lambda r: state_text(r.state), width=80),
            Column("step", _title(STEP), lambda r: _step_text(r.step_no, r.steps), width=90),
            Column("waiting_on", _title(WAITING_ON), lambda r: r.waiting_on or "", width=140),
            Column("amount", lambda: word(words.AMOUNT), lambda r: fmt_money(r.amount), right=True),
            Column("submitted", _title(SUBMITTED_AT), lambda r: fmt_datetime(r.submitted_at), width=130),
        ], parent)


class TrailModel(RowsModel[TrailEntry]):
    """A request's trail: every round's events, then who still decides in the round in progress."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("round", _title(ROUND), lambda e: str(e.round), right=True, width=50),
            Column("step", _title(STEP), lambda e: str(e.step_no or ""), right=True, width=50),
            Column("who", lambda: translate("History", "Who"), lambda e: e.actor_name, width=90),
            Column("action", _title(ACTION), lambda e: translate(WORDS, ACTIONS.get(e.action, e.action)),
                   width=110),
            Column("comment", _title(COMMENT), lambda e: e.comment or "", width=260),
            Column("at", lambda: translate("History", "When"), lambda e: fmt_datetime(e.at), width=130),
        ], parent)
