"""Import customers (each with its first contact) or leads from a spreadsheet: check every row,
flag duplicates, then write all rows in one transaction, or none.

    sheet = read_sheet(path)                                   # services/sheet_reader.py
    mapping = guess_mapping(KINDS["customer"], sheet.headers)  # services/import_kinds.py
    preview = check_rows(db, KINDS["customer"], sheet, mapping)
    if preview.ok:
        import_rows(db, preview)                               # all or nothing, owner: me
    else:
        write_error_workbook(preview, path)                    # services/import_report_xlsx.py

Each row is checked by the form's own rules (the kind's spec), one problem per bad field.
Duplicates: within the file (the same name or phone on an earlier row); among the records in my
sight and company-wide through one batched duplicate check of the kind (api.record_duplicates_batch:
only "a duplicate exists" and whether it is in my sight, counted against my duplicate-check limit).
The records are created by api.record_import: owned by the importer, never another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import picklists, records
from salesdesk.services.errors import REQUIRED as REQUIRED_TEXT
from salesdesk.services.errors import DomainError, FieldError, domain_error_from
from salesdesk.services.import_kinds import ImportKind, Mapping_
from salesdesk.services.sheet_reader import Sheet
from salesdesk.services.tx import transaction
from salesdesk.services.validation import BadValue, normalize_phone_input

CHUNK = 1000  # rows per API call: progress and cancel between calls, one transaction for all
SAME_IN_FILE = QT_TRANSLATE_NOOP("errors", "The same as row {row} of this file.")
IN_MY_RECORDS = QT_TRANSLATE_NOOP("errors", "Already among your records: remove this row.")
IN_COMPANY = QT_TRANSLATE_NOOP("errors", "A customer with this name or phone already exists in the "
                                         "company: remove this row or ask its holder.")
IN_COMPANY_LEAD = QT_TRANSLATE_NOOP("errors", "A lead with this name or phone already exists in the "
                                              "company: remove this row or ask its holder.")
NOT_IN_LIST = QT_TRANSLATE_NOOP("errors", "Choose a value from the list: {values}.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP("errors", "Choose the column that holds the name.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("errors", "At most {max} rows per import: split the file.")
MAX_ROWS = 10000
IMPORT_SQL = "select api.record_import(:kind, cast(:p as jsonb) -> 'rows')"
Progress = Callable[[int, int], None]  # (done, total)


class ImportCancelled(Exception):
    """The user cancelled: nothing was written."""


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one cell of a row (`column` is the file's column; None: the whole row)."""

    column: int | None
    problem: FieldError


@dataclass
class RowCheck:
    """One row of the file as checked: its number in the file, its cells, the values to write."""

    number: int
    cells: list[str]
    values: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    duplicate: bool = False

    @property
    def status(self) -> str:
        """'ok', 'duplicate' (only duplicate problems) or 'error'."""
        if not self.problems:
            return "ok"
        return "duplicate" if self.duplicate and all(p.column is None for p in self.problems) else "error"


@dataclass
class ImportPreview:
    """What an import would write: `ok` when no row has a problem (then import_rows writes them)."""

    kind: ImportKind
    sheet: Sheet
    mapping: Mapping_
    rows: list[RowCheck]
    problem: FieldError | None = None  # the file as a whole (no name column, too many rows)

    @property
    def ok(self) -> bool:
        return self.problem is None and bool(self.rows) and not any(r.problems for r in self.rows)

    @property
    def rejected(self) -> list[RowCheck]:
        return [r for r in self.rows if r.problems]


def name_key(name: str | None) -> str:
    """A name as compared within a file: folded, no spaces or punctuation (the database's key also
    drops places and company suffixes; this only catches the same name typed twice)."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name or "").casefold())


def _phone_key(phone: str | None) -> str:
    return re.sub(r"\D", "", normalize_phone_input(phone) or "")


def _check_row(kind: ImportKind, mapping: Mapping_, number: int, cells: list[str],
               choices: dict[str, set[str]]) -> RowCheck:
    row = RowCheck(number, cells)
    given = {f: (cells[i] if i < len(cells) else "") for i, f in enumerate(mapping) if f}
    has_contact = any(v for k, v in given.items() if kind.field(k).is_contact)
    for i, key in enumerate(mapping):
        if not key:
            continue
        f = kind.field(key)
        try:
            value = f.rule.parse(given[key])
        except BadValue as bad:
            row.problems.append(RowProblem(i, f.rule.error(bad)))
            continue
        if key in choices and value and value not in choices[key]:
            listed = "、".join(sorted(choices[key]))
            row.problems.append(RowProblem(i, FieldError(NOT_IN_LIST, {"values": listed}, f.rule.label)))
        elif f.rule.is_empty(value) and f.rule.required and (has_contact or not f.is_contact):
            row.problems.append(RowProblem(i, FieldError(REQUIRED_TEXT, None, f.rule.label)))
        elif has_contact or not f.is_contact:  # every row gives the same fields (empty: None)
            (row.contact if f.is_contact else row.values)[f.name] = value
    if row.contact:
        row.contact["is_primary"] = True  # the first contact of a new customer is its primary one
    return row


def _flag(checked: RowCheck, message: str, **params: Any) -> None:
    checked.duplicate = True
    checked.problems.append(RowProblem(None, FieldError(message, params or None)))


def _in_file(kind: ImportKind, rows: list[RowCheck]) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        keys = [("n", name_key(row.values.get(kind.name_field))),
                ("p", _phone_key(row.values.get(kind.phone_field)))]
        for tag, key in keys:
            if not key:
                continue
            earlier = seen.get(tag + key)
            if earlier is not None:
                _flag(row, SAME_IN_FILE, row=earlier)
                break
        for tag, key in keys:
            if key:
                seen.setdefault(tag + key, row.number)


def _company_wide(db: Database, kind: ImportKind, rows: list[RowCheck]) -> None:
    """One batched duplicate check of the kind (counted against my limit): each row is flagged when a
    record with its name key or phone exists, in my sight or elsewhere in the company."""
    asked = [r for r in rows if r.values.get(kind.name_field)]
    with transaction(db, kind.kind) as session:  # its own: the lookups stay logged
        found = records.rows(session, "select * from api.record_duplicates_batch(:k, :n, :p)",
                             {"k": kind.kind, "n": [r.values[kind.name_field] for r in asked],
                              "p": [_asked_phone(kind, r) for r in asked]})
    elsewhere = IN_COMPANY if kind.kind == "customer" else IN_COMPANY_LEAD
    for hit in found:
        _flag(asked[hit["ord"] - 1], IN_MY_RECORDS if hit["in_sight"] else elsewhere)


def _asked_phone(kind: ImportKind, row: RowCheck) -> str | None:
    """The number a row is checked by: a lead's mobile when it has one (a lead is a person to call),
    else the kind's phone field."""
    return (kind.kind == "lead" and row.values.get("mobile")) or row.values.get(kind.phone_field)


def check_rows(db: Database, kind: ImportKind, sheet: Sheet, mapping: Mapping_,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> ImportPreview:
    """Every row checked by the form's rules, and duplicates flagged; nothing is written (the
    duplicate check is logged and counted). DuplicateCheckLimitError when my checks are used up."""
    preview = ImportPreview(kind, sheet, list(mapping), [])
    if kind.name_field not in mapping:
        preview.problem = FieldError(NO_NAME_COLUMN)
        return preview
    if len(sheet.rows) > MAX_ROWS:
        preview.problem = FieldError(TOO_MANY_ROWS, {"max": MAX_ROWS})
        return preview
    choices: dict[str, set[str]] = {}
    if kind.kind == "lead" and "source" in mapping:  # the database checks a lead's source by its list
        choices["source"] = {e.name for e in picklists.entries(db, "source") if e.active}
    total = len(sheet.rows)
    for i, (number, cells) in enumerate(sheet.rows):
        if i % CHUNK == 0:
            if cancelled():
                raise ImportCancelled()
            if progress:
                progress(i, total)
        preview.rows.append(_check_row(kind, mapping, number, cells, choices))
    _in_file(kind, preview.rows)
    _company_wide(db, kind, [r for r in preview.rows if not r.duplicate])
    if progress:
        progress(total, total)
    return preview


def _payload(row: RowCheck) -> dict[str, Any]:
    out: dict[str, Any] = {"row": row.number, "values": row.values}
    if row.contact:
        out["contact"] = row.contact
    return out


def import_rows(db: Database, preview: ImportPreview, progress: Progress | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write every row of a clean preview in one transaction, owned by me; the count written.
    On a refusal nothing is written: the row gets the problem and the DomainError is raised."""
    if not preview.ok:
        raise ValueError("only a preview without problems is imported")
    kind, rows, done = preview.kind.kind, preview.rows, 0
    by_number = {r.number: r for r in rows}
    try:
        with transaction(db, kind) as session:
            session.info["wrote"] = True
            for start in range(0, len(rows), CHUNK):
                if cancelled():
                    raise ImportCancelled()
                if progress:
                    progress(start, len(rows))
                chunk = rows[start:start + CHUNK]
                payload = records.to_json({"rows": [_payload(r) for r in chunk]})
                done += int(records.scalar(session, IMPORT_SQL, {"kind": kind, "p": payload}))
    except ImportCancelled:
        raise
    except Exception as err:
        domain = err if isinstance(err, DomainError) else domain_error_from(err, kind)
        number = _refused_row(err)
        if number in by_number:
            by_number[number].problems.append(
                RowProblem(None, FieldError(domain.message, dict(domain.params), None, domain.kind or kind)))
        raise domain from err
    if progress:
        progress(len(rows), len(rows))
    return done


def _refused_row(err: BaseException) -> int | None:
    """The file's row a database refusal names (api.record_import's detail 'import row N')."""
    cause: BaseException | None = err
    while cause is not None:
        detail = getattr(getattr(getattr(cause, "orig", cause), "diag", None), "message_detail", None)
        if detail and (m := re.fullmatch(r"import row (\d+)", detail)):
            return int(m.group(1))
        cause = cause.__cause__ or cause.__context__
    return None
