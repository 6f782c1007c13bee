"""Actions of record lists, declared once: name, icon, text, slot, shortcut and when they are enabled.

An `enabled(rows, me)` rule sees the selected rows and the signed-in employee:

    ActionSpec("archive", "archive", lambda: tr("Archive"), self.archive,
               QKeySequence.StandardKey.Delete, enabled=each(right("can_manage")))

Rights come with each row from the service (`can_edit`, `can_manage`); a row
without the attribute has no such right, so an action is never offered on a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence

Rule = Callable[[Sequence[Any], Any], bool]


def always(rows: Sequence[Any], me: Any) -> bool:
    return True


def one_row(rows: Sequence[Any], me: Any) -> bool:
    return len(rows) == 1


def some_rows(rows: Sequence[Any], me: Any) -> bool:
    return len(rows) > 0


def each(test: Callable[[Any, Any], bool]) -> Rule:
    """Enabled when something is selected and every selected row passes `test(row, me)`."""
    return lambda rows, me: bool(rows) and all(test(row, me) for row in rows)


def right(flag: str) -> Callable[[Any, Any], bool]:
    """A per-row right the service sends (`can_edit`, `can_manage`); missing means no."""
    return lambda row, _me: bool(getattr(row, flag, False))


@dataclass(frozen=True)
class ActionSpec:
    """One toolbar action: declared once, enabled by `enabled(selected rows, me)`."""

    name: str
    icon: str
    text: Callable[[], str]
    slot: Callable[[], Any]
    shortcut: QKeySequence | None = None
    enabled: Rule = always
