"""Domain errors raised by the services, and the mapping from database errors.

Every message is an English source string marked with QT_TRANSLATE_NOOP in the
"errors" context. The UI translates `error.message` and then fills in
`error.params` with `str.format`; `str(error)` gives the untranslated text.

Generic errors name the record's kind: "The {kind} was not found…" reads "The customer was not
found…", "You can read this product but not change it." (the noun translated in the "kinds"
context, "record" when no kind is known).
The kind comes from the service (`transaction(db, kind)` → `domain_error_from(err, kind)`) or
from the screen (`ui.errors.error_text(exc, kind)`); `kind_name` is the one place nouns live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from salesdesk.i18n import ERRORS, KINDS, QT_TRANSLATE_NOOP, WORDS

Translate = Callable[[str, str], str]  # (context, source text) -> translated text
E = TypeVar("E", bound="DomainError")

RECORD = QT_TRANSLATE_NOOP("kinds", "record")
RECORDS = QT_TRANSLATE_NOOP("kinds", "records")
# The noun of each record kind in a sentence ("This {kind} was not found."); a new kind adds its line.
KIND_NAMES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("kinds", "customer"),
    "contact": QT_TRANSLATE_NOOP("kinds", "contact"),
    "product": QT_TRANSLATE_NOOP("kinds", "product"),
    "lead": QT_TRANSLATE_NOOP("kinds", "lead"),
    "opportunity": QT_TRANSLATE_NOOP("kinds", "opportunity"),
    "opportunity_line": QT_TRANSLATE_NOOP("kinds", "product line"),
    "followup": QT_TRANSLATE_NOOP("kinds", "follow-up"),
    "approval_request": QT_TRANSLATE_NOOP("kinds", "approval request"),
    "contract": QT_TRANSLATE_NOOP("kinds", "contract"),
    "contract_line": QT_TRANSLATE_NOOP("kinds", "contract line"),
    "quote": QT_TRANSLATE_NOOP("kinds", "quote"),
    "quote_line": QT_TRANSLATE_NOOP("kinds", "quote line"),
    # money on a contract (sql/0029)
    "instalment": QT_TRANSLATE_NOOP("kinds", "instalment"),
    "payment": QT_TRANSLATE_NOOP("kinds", "payment"),
    "invoice": QT_TRANSLATE_NOOP("kinds", "invoice"),
    "target_version": QT_TRANSLATE_NOOP("kinds", "target version"),  # sql/0034
    "month_close": QT_TRANSLATE_NOOP("kinds", "month close"),  # sql/0039
}
KIND_PLURALS: dict[str, str] = {  # "Share 3 {nouns}": the kind's noun for more than one
    "customer": QT_TRANSLATE_NOOP("kinds", "customers"),
    "contact": QT_TRANSLATE_NOOP("kinds", "contacts"),
    "product": QT_TRANSLATE_NOOP("kinds", "products"),
    "lead": QT_TRANSLATE_NOOP("kinds", "leads"),
    "opportunity": QT_TRANSLATE_NOOP("kinds", "opportunities"),
    "followup": QT_TRANSLATE_NOOP("kinds", "follow-ups"),
    "approval_request": QT_TRANSLATE_NOOP("kinds", "approval requests"),
    "contract": QT_TRANSLATE_NOOP("kinds", "contracts"),
    "quote": QT_TRANSLATE_NOOP("kinds", "quotes"),
    # money on a contract (sql/0029)
    "instalment": QT_TRANSLATE_NOOP("kinds", "instalments"),
    "payment": QT_TRANSLATE_NOOP("kinds", "payments"),
    "invoice": QT_TRANSLATE_NOOP("kinds", "invoices"),
}
NAMED_FIELD = QT_TRANSLATE_NOOP("errors", "{field}: {problem}")


def kind_name(kind: str | None, translate: Translate | None = None) -> str:
    """The kind's noun for a sentence, in the user's language: 'customer' / '客户'; 'record' if unknown."""
    source = KIND_NAMES.get(kind or "", RECORD)
    return translate(KINDS, source) if translate else source


def _filled(message: str, params: Mapping[str, Any] | None, kind: str | None,
            translate: Translate | None) -> str:
    """The message translated, its params and the kind's noun filled in."""
    values = {**(params or {}), "kind": kind_name(kind, translate)}
    source = translate(ERRORS, message) if translate else message
    try:
        return source.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not crash the UI
        return message.format(**values)


class DomainError(Exception):
    """Base of all service errors: a translatable message plus format parameters."""

    default_message = QT_TRANSLATE_NOOP("errors", "The operation failed.")
    kind: str | None = None  # the record kind it concerns, named in the message ({kind})

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.message = message or self.default_message
        self.params = params
        super().__init__(self.text())

    def text(self, translate: Translate | None = None, kind: str | None = None) -> str:
        """The message in the user's language (when given Qt's translate) with params filled in;
        `kind` names the record when the error itself does not know its kind."""
        return _filled(self.message, self.params, self.kind or kind, translate)

    def __str__(self) -> str:
        return self.text()


def for_kind(err: E, kind: str | None) -> E:
    """The error, naming `kind` from now on (unless it already names one), its field problems too."""
    if kind and err.kind is None:
        err.kind = kind
        if isinstance(err, ValidationError):
            err.fields = {k: replace(v, kind=v.kind or kind) for k, v in err.fields.items()}
    return err


@dataclass(frozen=True)
class FieldError:
    """One form field's problem: a translatable message and its parameters."""

    message: str
    params: Mapping[str, Any] | None = None
    field: str | None = None  # the field's label (an English word, context "words"): named in the text
    kind: str | None = None   # the record kind, for messages that name it ({kind})

    def text(self, translate: Translate | None = None) -> str:
        problem = _filled(self.message, self.params, self.kind, translate)
        if self.field is None:
            return problem
        label = translate(WORDS, self.field) if translate else self.field
        return _filled(NAMED_FIELD, {"field": label, "problem": problem}, None, translate)

    def __str__(self) -> str:
        return self.text()


class ValidationError(DomainError):
    """Input the rules refuse. `fields` maps a field name to its problem (all at once)."""

    default_message = QT_TRANSLATE_NOOP("errors", "Please correct the highlighted fields.")

    def __init__(self, fields: Mapping[str, FieldError | str] | None = None,
                 message: str | None = None, **params: Any) -> None:
        self.fields: dict[str, FieldError] = {
            k: v if isinstance(v, FieldError) else FieldError(v) for k, v in (fields or {}).items()}
        super().__init__(message, **params)

    def __str__(self) -> str:
        details = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        return f"{self.text()} ({details})" if details else self.text()


class NotFoundError(DomainError):
    """The record does not exist or is outside the user's scope (the same answer for both)."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "The {kind} was not found. It may have been removed or is outside your scope.")


class PermissionDeniedError(DomainError):
    """The user may see the record but not do this to it."""

    default_message = QT_TRANSLATE_NOOP("errors", "You are not allowed to do this.")


class ReadOnlyError(PermissionDeniedError):
    """The user may read the record but not change it (in scope above them, or shared for reading)."""

    default_message = QT_TRANSLATE_NOOP("errors", "You can read this {kind} but not change it.")


class NotYoursToHandOnError(PermissionDeniedError):
    """Only the record's holder and those above them may hand it on (reassign, release, share)."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "Only the owner and the people above them can hand this {kind} on.")


class BusyError(DomainError):
    """Someone else holds the record (or the person) right now; trying again shortly works."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "Someone else is changing this right now. Please try again in a moment.")


class ConflictError(DomainError):
    """Someone else saved the record since it was read (optimistic lock)."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "{name} changed this {kind} at {when:%Y-%m-%d %H:%M}. Reload it to see their changes.")

    def __init__(self, changed_by: str | None, changed_at: datetime | None, current: Any,
                 message: str | None = None) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current = current  # the record as it is now, for a side-by-side view
        if changed_by is None or changed_at is None:
            message = message or QT_TRANSLATE_NOOP(
                "errors", "Someone else changed this {kind}. Reload it to see their changes.")
            super().__init__(message)
        else:
            # shown in the client's local time
            super().__init__(message, name=changed_by, when=changed_at.astimezone())


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing customer that looks like the one being entered. One outside the user's
    scope (`visible` False) shows only who holds it: no id, name or phone."""

    customer_id: int | None
    name: str | None
    phone: str | None
    owner_name: str | None
    pool_name: str | None
    on_name: bool
    on_phone: bool
    archived: bool
    visible: bool = True
    unit_name: str | None = None


class DuplicateError(DomainError):
    """Creating this customer would probably duplicate one the user can already see."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "{count} existing customer(s) have the same name or phone number.")

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        if matches:
            super().__init__(None, count=len(matches))
        else:  # the database refused (SD008) without telling which: check again to see them
            super().__init__(QT_TRANSLATE_NOOP(
                "errors",
                "A customer with the same name or phone number exists: link it or change the name."))


class DuplicateCheckLimitError(DomainError):
    """The login has used up its duplicate checks for now (SD007); `retry_after` seconds until
    the next one. Saving goes on without the check."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "Too many duplicate checks: the check is unavailable for about {minutes} min.")

    def __init__(self, retry_after: int | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(None, minutes=max(1, -(-(retry_after or 60) // 60)))


class ApprovalError(DomainError):
    """An approval step the rules refuse (sql/0023: SDA01-SDA06): not waiting on you, nobody to
    decide a step, a rejection without a comment, already decided or already waiting."""

class ContractStateError(DomainError):
    """A contract's flow refuses the step (sql/0028: SDC01-SDC04): not editable in its state, an
    action its state does not allow, nothing to submit, an amendment open, missing or waiting."""


class BatchError(DomainError):
    """One record of a batch action was refused, so nothing of the batch was done (one
    transaction): the message names that record and says why."""

    default_message = QT_TRANSLATE_NOOP("errors", "Nothing was changed: {name}: {problem}")

    def __init__(self, name: str, cause: DomainError) -> None:
        self.name, self.cause = name, cause
        super().__init__(None, name=name)

    def text(self, translate: Translate | None = None, kind: str | None = None) -> str:
        cause = self.cause
        fields = cause.fields.values() if isinstance(cause, ValidationError) else ()
        problem = "; ".join(f.text(translate) for f in fields) or cause.text(translate, self.kind or kind)
        return _filled(self.message, {"name": self.name, "problem": problem}, self.kind or kind, translate)


class ConnectionLostError(DomainError):
    """The server cannot be reached or the connection dropped; retrying may work."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "The connection to the database was lost. Please try again.")


class DatabaseError(DomainError):
    """Any other database failure (details go to the log, not to the user)."""

    default_message = QT_TRANSLATE_NOOP("errors", "The database reported an error.")


# ---------------------------------------------------------------------------
# Database error -> domain error
# ---------------------------------------------------------------------------

INVALID_VALUE = QT_TRANSLATE_NOOP("errors", "This value is not valid.")
REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "This value is too long.")

NOT_IN_LIST = QT_TRANSLATE_NOOP("errors", "Choose a value from the list.")

BAD_REQUEST = QT_TRANSLATE_NOOP("errors", "This request is not valid; reload and try again.")
SEARCH_TOO_SHORT = QT_TRANSLATE_NOOP(
    "errors", "Type at least two characters (or three digits) to search.")

# Server messages of RAISEs in the API and definer functions -> the field they concern.
CREDIT_NOT_100 = QT_TRANSLATE_NOOP("errors", "The credit shares must add up to exactly 100 %.")
MEMBER_TWICE = QT_TRANSLATE_NOOP("errors", "This person is already on the team.")
ACTIVE_EMPLOYEE = QT_TRANSLATE_NOOP("errors", "Choose an active employee.")
_RAISED_FIELDS = {
    # opportunities (sql/0018): the deal team and the kind's own rules
    "the credit shares of a deal's team must sum to 100 %": ("credit_share", CREDIT_NOT_100),
    "team member must be an active employee": ("members", ACTIVE_EMPLOYEE),
    "a team member is named twice": ("members", MEMBER_TWICE),
    "a lost deal needs a reason": (
        "won_lost_reason", QT_TRANSLATE_NOOP("errors", "Give the reason the deal was lost.")),
    "the amount follows the product lines": (
        "amount", QT_TRANSLATE_NOOP("errors", "With product lines, the amount is their total.")),
    "a reason is required": ("reason", REQUIRED),
    "the owner must be an active employee": ("owner_id", INVALID_VALUE),
    "the new owner must be an active employee": ("owner_id", ACTIVE_EMPLOYEE),
    "the record already belongs to this person": (
        "owner_id", QT_TRANSLATE_NOOP("errors", "The {kind} already belongs to this person.")),
    "the record is already in a pool": (
        "", QT_TRANSLATE_NOOP("errors", "The {kind} is already in a pool.")),
    "no customer pool above the owner's unit": (
        "", QT_TRANSLATE_NOOP("errors", "There is no {kind} pool for the owner's unit.")),
    "no customer pool above the employee's unit": (
        "", QT_TRANSLATE_NOOP("errors", "There is no {kind} pool for the owner's unit.")),
    "share recipient must be an active employee": (
        "employee_id", QT_TRANSLATE_NOOP("errors", "Choose an active employee.")),
    "a record is not shared with its owner": (
        "employee_id", QT_TRANSLATE_NOOP("errors", "The owner already has access to this {kind}.")),
    "an archived record cannot be claimed": (
        "", QT_TRANSLATE_NOOP("errors", "This {kind} is archived; whoever manages the pool restores it "
                                        "before it can be claimed.")),
    "the end date must be in the future": (
        "expires_at", QT_TRANSLATE_NOOP("errors", "The end date must be in the future.")),
}
_BUSY = QT_TRANSLATE_NOOP("errors", "The database is busy. Please try again.")

# Table constraints whose refusal says more than "This value is not valid." (field, message).
BAD_TAX_NUMBER = QT_TRANSLATE_NOOP(
    "errors", "Enter the 18-character unified social credit code (统一社会信用代码); its last "
              "character is a check character: compare the number with the business licence.")
BAD_BANK_ACCOUNT = QT_TRANSLATE_NOOP("errors", "Enter the account number: digits, spaces allowed.")
_CONSTRAINTS = {
    "company_profile_tax_number_check": ("tax_number", BAD_TAX_NUMBER),
    "company_profile_bank_account_check": ("bank_account", BAD_BANK_ACCOUNT),
}

# Approvals (sql/0023): the SQLSTATEs its functions raise -> what the user reads.
_APPROVAL_ERRORS = {
    "SDA01": QT_TRANSLATE_NOOP("errors", "This request is not waiting on you (any more)."),
    "SDA02": QT_TRANSLATE_NOOP(
        "errors", "Approval rule “{rule}”, step {step}: nobody who stands above the requester can decide it. "
                  "Ask whoever maintains the approval rules to correct it."),
    "SDA03": QT_TRANSLATE_NOOP("errors", "Write a comment: a rejection says why."),
    "SDA04": QT_TRANSLATE_NOOP("errors", "This request is already decided."),
    "SDA05": QT_TRANSLATE_NOOP("errors", "This {kind} is already waiting for approval."),
    "SDA06": QT_TRANSLATE_NOOP("errors", "An approval request stays with the person who submitted it."),
}

# Contracts (sql/0028): the SQLSTATEs of the flow (SDC04 by its detail) -> what the user reads.
_CONTRACT_ERRORS = {
    "SDC01": QT_TRANSLATE_NOOP("errors", "Only a draft or rejected contract can be changed; an approved "
                                         "contract changes through an amendment."),
    "SDC02": QT_TRANSLATE_NOOP("errors", "The contract's status does not allow this (any more); reload it "
                                         "to see where it stands."),
    "SDC03": QT_TRANSLATE_NOOP("errors", "A contract needs at least one product line."),
    "SDC04:open": QT_TRANSLATE_NOOP("errors", "This contract already has an amendment in progress."),
    "SDC04:submitted": QT_TRANSLATE_NOOP("errors", "An amendment of this contract is waiting for approval."),
    "SDC04": QT_TRANSLATE_NOOP("errors", "This contract has no amendment in progress to do this with."),
}
# Quotes (sql/0032): their status flow's refusals -> what the user reads.
_QUOTE_ERRORS = {
    "SDQ01": ("", QT_TRANSLATE_NOOP(
        "errors", "This {kind} cannot do that in its current status: only a draft changes, and a sent one is "
                  "revised into a new version.")),
    "SDQ02": ("", QT_TRANSLATE_NOOP("errors", "This {kind} is waiting for its discount’s approval.")),
    "SDQ03": ("", QT_TRANSLATE_NOOP(
        "errors", "The discount was rejected: change the lines, then send again.")),
    "SDQ04": ("", QT_TRANSLATE_NOOP("errors", "Add at least one line before sending.")),
    "SDQ05": ("valid_until", QT_TRANSLATE_NOOP(
        "errors", "Set a validity date from today on before sending.")),
    "SDQ06": ("", QT_TRANSLATE_NOOP(
        "errors", "This {kind} has expired: revise it with a new validity date.")),
}


# Money on a contract (sql/0029): the SQLSTATEs its rules raise -> what the user reads; the
# server's detail is the amount still allowed (the contract total for SDM03), its hint the plan's sum.
_MONEY_ERRORS = {
    "SDM01": QT_TRANSLATE_NOOP(
        "errors", "Payments, plans and invoices are recorded only on an approved contract."),
    "SDM02": QT_TRANSLATE_NOOP(
        "errors", "This is more than the contract still expects: at most ¥{room} can be received "
                  "(payments waiting for approval included)."),
    "SDM03": QT_TRANSLATE_NOOP(
        "errors", "The instalments add up to ¥{sum}; they must add up to the contract total, ¥{total}."),
    "SDM04": QT_TRANSLATE_NOOP(
        "errors", "Invoices cannot exceed the contract total: at most ¥{room} (tax included) "
                  "can still be invoiced."),
}


class MoneyError(DomainError):
    """A money rule of a contract refused the write (sql/0029: SDM01-SDM04)."""


def _money_error(sqlstate: str, detail: str, hint: str) -> MoneyError:
    def amount(text: str) -> str:
        try:
            return f"{Decimal(text):,.2f}"
        except ArithmeticError:
            return text
    return MoneyError(_MONEY_ERRORS[sqlstate], room=amount(detail), total=amount(detail), sum=amount(hint))


def _field_from_constraint(table: str | None, constraint: str | None) -> str:
    """`customers_phone_check` -> `phone` (PostgreSQL's default constraint names)."""
    if not constraint:
        return ""
    name = constraint
    if table and name.startswith(table + "_"):
        name = name[len(table) + 1:]
    for suffix in ("_check", "_fkey", "_key", "_idx"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return ""

# Targets (sql/0034): the SQLSTATEs of versions, values, splits and staff changes -> what the user
# reads; SDT01's detail is how many cells are not reconciled.
_TARGET_ERRORS = {
    "SDT01": QT_TRANSLATE_NOOP(
        "errors", "{count} node-months are not reconciled (their children's targets do not add up to "
                  "theirs): reconcile every node before publishing."),
    "SDT02": QT_TRANSLATE_NOOP(
        "errors", "This target version is locked (published or submitted): start a new version to "
                  "change it."),
    "SDT03": QT_TRANSLATE_NOOP(
        "errors", "A target must be a number of at least 0 in the version's fiscal year; counts are whole "
                  "numbers."),
    "SDT04": QT_TRANSLATE_NOOP(
        "errors", "The targets go to an active colleague in the same unit; nobody is left there to "
                  "take them."),
    "SDT05": QT_TRANSLATE_NOOP(
        "errors", "This target set already has a version in progress: finish it first."),
    "SDT06": QT_TRANSLATE_NOOP("errors", "A revision is submitted with a reason, for approval."),
    "SDT07": QT_TRANSLATE_NOOP("errors", "This node has no children whose targets you may set."),
}


# Month-end close (sql/0039): the month is closed already, or has not ended.
_MONTH_CLOSE_ERRORS = {
    "SDR01": QT_TRANSLATE_NOOP("errors", "This month is already closed for this scope; later changes "
                                         "appear as adjustments."),
    "SDR02": QT_TRANSLATE_NOOP("errors", "A month can only be closed after it has ended."),
}

def domain_error_from(err: BaseException, kind: str | None = None) -> DomainError:
    """The domain error for a SQLAlchemy/psycopg exception, naming the record `kind` it concerns."""
    return for_kind(_domain_error(err), kind)


def _domain_error(err: BaseException) -> DomainError:
    if isinstance(err, DomainError):
        return err
    # imported here, not at the top: the client's sign-in dialog shows before sqlalchemy is loaded
    from sqlalchemy import exc as sa_exc

    if isinstance(err, sa_exc.DBAPIError):
        if err.connection_invalidated or isinstance(err, sa_exc.OperationalError) and \
                getattr(err.orig, "sqlstate", None) is None:
            return ConnectionLostError()
        orig = err.orig
    else:
        orig = err
    if isinstance(err, sa_exc.DisconnectionError):
        return ConnectionLostError()
    sqlstate = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None)
    constraint = getattr(diag, "constraint_name", None)
    column = getattr(diag, "column_name", None)
    primary = (getattr(diag, "message_primary", None) or "").strip()
    if sqlstate == "42501":
        return PermissionDeniedError()
    if sqlstate == "P0002":
        return NotFoundError()
    if sqlstate == "SD002":
        return ConflictError(None, None, None)
    if sqlstate == "SD003":
        return ReadOnlyError()
    if sqlstate == "SD004":
        return NotYoursToHandOnError()
    if sqlstate == "SD005":
        return ValidationError({}, BAD_REQUEST)
    if sqlstate == "SD006":
        return ValidationError({"search": SEARCH_TOO_SHORT}, SEARCH_TOO_SHORT)
    if sqlstate == "SD007":
        detail = getattr(diag, "message_detail", None) or ""
        return DuplicateCheckLimitError(int(detail) if detail.isdigit() else None)
    if sqlstate == "SD008":
        return DuplicateError([])
    if sqlstate in _APPROVAL_ERRORS:
        detail = getattr(diag, "message_detail", None) or ""
        return ApprovalError(_APPROVAL_ERRORS[sqlstate], rule=detail,
                             step=getattr(diag, "message_hint", None) or "")
    if sqlstate in _CONTRACT_ERRORS:
        detail = getattr(diag, "message_detail", None) or ""
        return ContractStateError(_CONTRACT_ERRORS.get(f"{sqlstate}:{detail}", _CONTRACT_ERRORS[sqlstate]))

    if sqlstate in _QUOTE_ERRORS:
        field, message = _QUOTE_ERRORS[sqlstate]
        return ValidationError({field: message} if field else {}, message)
    if sqlstate in _MONEY_ERRORS:
        return _money_error(sqlstate, getattr(diag, "message_detail", None) or "",
                            getattr(diag, "message_hint", None) or "")
    if sqlstate in _MONTH_CLOSE_ERRORS:
        return ValidationError({}, _MONTH_CLOSE_ERRORS[sqlstate])
    if sqlstate in _TARGET_ERRORS:
        detail = getattr(diag, "message_detail", None) or ""
        return ValidationError({}, _TARGET_ERRORS[sqlstate], count=detail)
    if sqlstate == "55P03":
        return BusyError()
    if sqlstate in ("40001", "40P01"):
        return DatabaseError(_BUSY)
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        return ConnectionLostError()
    if sqlstate == "23502":
        return ValidationError({column or "": REQUIRED})
    if sqlstate == "22001":
        return ValidationError({column or "": TOO_LONG})
    if sqlstate == "23514" and primary == "the value is not in the list":  # a picklist field
        return ValidationError({column or "": NOT_IN_LIST})
    if sqlstate == "23514" and primary in _RAISED_FIELDS:
        field, message = _RAISED_FIELDS[primary]
        return ValidationError({field: message})
    if sqlstate == "23514" and constraint in _CONSTRAINTS:
        field, message = _CONSTRAINTS[constraint]
        return ValidationError({field: message})
    if sqlstate.startswith("23") or sqlstate.startswith("22"):
        return ValidationError({_field_from_constraint(table, constraint) or column or "": INVALID_VALUE})
    if isinstance(err, (sa_exc.OperationalError, sa_exc.InterfaceError)):
        return ConnectionLostError()
    return DatabaseError()


@contextmanager
def translated_errors(kind: str | None = None) -> Iterator[None]:
    """Re-raise database exceptions inside the block as domain errors naming `kind`."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except DomainError as err:
        for_kind(err, kind)
        raise
    except StaleDataError as err:  # callers that expect it catch it inside the block
        raise for_kind(ConflictError(None, None, None), kind) from err
    except (sa_exc.SQLAlchemyError, OSError) as err:
        raise domain_error_from(err, kind) from err
