"""The node a figure is asked for: the company (id None), a unit or a person. One class for the
attainment, briefing, funnel, forecast and month-close services and the pages over them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Node:
    kind: str  # 'company' | 'unit' | 'person'
    id: int | None = None
    name: str | None = None
    depth: int = 0  # its depth in a tree of nodes shown indented (the company 0)
