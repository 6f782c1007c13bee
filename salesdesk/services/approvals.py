"""Approvals (审批, sql/0023): the inbox (what waits on me), what I submitted, a request's trail,
and the decisions: approve, reject (with a comment), comment, withdraw.

Every decision is one API call in one transaction; the database checks that the request waits on
the caller, that they stand above the requester, and locks the request so two approvers of a
step decide one after the other. Submitting is the kinds' business (a quote's, a contract's own
submit calls private.request_approval in the database)."""

from __future__ import annotations

from datetime import datetime

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.approval_types import DETAILS, InboxItem, InboxPage, MyRequest, TrailEntry
from salesdesk.services.errors import TOO_LONG, ValidationError
from salesdesk.services.tx import transaction

KIND = "approval_request"
INBOX_PAGE = 50  # requests read at a time: the first page, then more as the table scrolls to its end
INBOX_MAX = 1000  # the most one read returns (api.approvals_inbox)
MAX_COMMENT = 2000
REJECT_NEEDS_COMMENT = QT_TRANSLATE_NOOP("errors", "Write a comment: a rejection says why.")
COMMENT_NEEDS_TEXT = QT_TRANSLATE_NOOP("errors", "Write the comment first.")



def _comment(comment: str | None, required: str | None = None) -> str | None:
    text = (comment or "").strip()
    if not text:
        if required:
            raise ValidationError({"comment": required}, required)
        return None
    if len(text) > MAX_COMMENT:
        raise ValidationError({"comment": TOO_LONG}, TOO_LONG)
    return text


def inbox(db: Database, after: tuple[datetime, int] | None = None, limit: int = INBOX_PAGE) -> InboxPage:
    """The requests whose current step waits on me, the longest-waiting first: `limit` of them
    after `after` (a page's cursor), and, on the first page, how many wait in all."""
    at, request_id = after if after is not None else (None, None)
    with transaction(db, KIND) as session:
        found = records.rows(session, "select * from api.approvals_inbox(:at, :id, :limit)",
                             {"at": at, "id": request_id, "limit": limit})
        waiting = int(records.scalar(session, "select api.approvals_waiting()")) if after is None else None
        for type_, read in DETAILS.items():
            ids = [r["record_id"] for r in found if r["type"] == type_]
            found_details = records.rows(session, read, {"ids": ids}) if ids else []
            details = {d.pop("record_id"): d for d in found_details}
            for r in found:
                if r["type"] == type_:
                    r.update(details.get(r["record_id"], {}))
    return InboxPage([records.maker(InboxItem)(r) for r in found], waiting, len(found) == limit)


def my_requests(db: Database, state: str | None = None) -> list[MyRequest]:
    """What I submitted (optionally in one state), the latest first."""
    with transaction(db, KIND) as session:
        found = records.rows(session, "select * from api.my_approval_requests(:state)", {"state": state})
    return [records.maker(MyRequest)(r) for r in found]


def trail(db: Database, request_id: int) -> list[TrailEntry]:
    """The request's trail, every round; empty when the request is hidden or missing."""
    with transaction(db, KIND) as session:
        found = records.rows(session, "select * from api.approval_trail(:id)", {"id": request_id})
    return [records.maker(TrailEntry)(r) for r in found]


def _decide(db: Database, request_id: int, approve: bool, comment: str | None) -> str:
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return str(records.scalar(session, "select api.approval_decide(:id, :ok, :comment)",
                                  {"id": request_id, "ok": approve, "comment": comment}))


def approve(db: Database, request_id: int, comment: str | None = None) -> str:
    """Approve my step of the request; the request's state after it ('pending' while later
    steps or other countersigners remain, else 'approved')."""
    return _decide(db, request_id, True, _comment(comment))


def reject(db: Database, request_id: int, comment: str) -> str:
    """Reject the request (it ends: 'rejected'); a rejection says why."""
    return _decide(db, request_id, False, _comment(comment, REJECT_NEEDS_COMMENT))


def comment(db: Database, request_id: int, text: str) -> None:
    """Add a comment to the trail (the requester and the request's approvers)."""
    clean = _comment(text, COMMENT_NEEDS_TEXT)
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        records.scalar(session, "select api.approval_comment(:id, :comment)",
                       {"id": request_id, "comment": clean})


def withdraw(db: Database, request_id: int, comment: str | None = None) -> None:
    """Withdraw my request before its final decision."""
    clean = _comment(comment)
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        records.scalar(session, "select api.approval_withdraw(:id, :comment)",
                       {"id": request_id, "comment": clean})
