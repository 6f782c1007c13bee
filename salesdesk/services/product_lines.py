"""Product lines saved with their parent (a deal's, a contract's): the edits a lines editor sends
(LineOp), checked against the kind's line spec and written through the generic record API of the
line kind, in the parent's transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.services import records
from salesdesk.services.errors import ValidationError
from salesdesk.services.validation import Spec, check


@dataclass(frozen=True)
class LineOp:
    """One edit of a parent's product lines, saved together with the parent."""

    kind: str  # "insert" | "update" | "delete"
    line_id: int | None = None
    version: int | None = None
    values: Mapping[str, Any] | None = None  # product_id and the line spec's fields


Cleaned = list[tuple[LineOp, dict[str, Any]]]


def clean_lines(ops: Sequence[LineOp], spec: Spec, prefix: str = "lines") -> Cleaned:
    """Every edit's values checked by `spec`; ValidationError keyed `lines[i].field` for all of them."""
    errors: dict[str, Any] = {}
    cleaned: Cleaned = []
    for i, op in enumerate(ops):
        values = dict(op.values or {})
        product = values.pop("product_id", None)
        line: dict[str, Any] = {}
        if op.kind != "delete":
            line, problems = check(values, spec, partial=op.kind == "update", prefix=f"{prefix}[{i}].")
            if problems:
                errors.update(problems)
                continue
        if product is not None:
            line["product_id"] = int(product)
        cleaned.append((op, line))
    if errors:
        raise ValidationError(errors)
    return cleaned


def save_lines(session: Session, kind: str, parent_column: str, parent_id: int, lines: Cleaned) -> None:
    """Write the checked edits: deletes, updates (at their read version), inserts under the parent."""
    for op, line in lines:
        if op.kind == "delete":
            records.delete(session, kind, int(op.line_id or 0), op.version)
        elif op.kind == "update":
            records.update(session, kind, int(op.line_id or 0), op.version, line)
        else:
            records.create(session, kind, {**line, parent_column: parent_id})
