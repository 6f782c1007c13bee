"""Three-way merge of a form: what I started from (base), what I typed (mine), what is stored now (theirs).

Fields only they changed are taken, fields only I changed are kept, and fields
we both changed to different values are conflicts: mine stays in the form and
the field is marked, with theirs beside it, for the user to decide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _norm(value: Any) -> str:
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class Merge:
    """The merged values, the conflicts (key -> (mine, theirs)) and the keys taken from theirs.

    `lines`: the cells of the editor's line tables both changed, prefix -> row -> key -> theirs.
    """

    values: dict[str, Any]
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    taken: tuple[str, ...] = ()
    lines: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> Merge:
    values: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    taken: list[str] = []
    for key, my_value in mine.items():
        their_value = theirs.get(key)
        i_changed = _norm(my_value) != _norm(base.get(key))
        they_changed = _norm(their_value) != _norm(base.get(key))
        if i_changed:
            values[key] = my_value
            if they_changed and _norm(my_value) != _norm(their_value):
                conflicts[key] = (my_value, their_value)
        else:
            values[key] = their_value
            if they_changed:
                taken.append(key)
    return Merge(values, conflicts, tuple(taken))
