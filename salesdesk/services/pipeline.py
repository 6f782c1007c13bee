"""The pipeline board's data: every active stage with the server's totals and its first deals.

    board = load_board(db, scope="team", search="")
    board.columns    # Stage + totals (deals, amount, weighted amount) of every deal in the query
    board.cards      # the first CARDS_PER_STAGE deals of each stage, largest amount first
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import opportunities
from salesdesk.services.opportunity_types import Opportunity, Stage

CARDS_PER_STAGE = 50


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    deals: int
    amount: Decimal
    weighted_amount: Decimal


@dataclass(frozen=True)
class Board:
    columns: tuple[StageColumn, ...]
    cards: tuple[Opportunity, ...]

    @property
    def amount(self) -> Decimal:
        return sum((c.amount for c in self.columns), Decimal(0))

    @property
    def weighted_amount(self) -> Decimal:
        return sum((c.weighted_amount for c in self.columns), Decimal(0))


def load_board(db: Database, cards_per_stage: int = CARDS_PER_STAGE, **filters: Any) -> Board:
    """The board for the list's filters (search, scope): one column per active stage, in order."""
    stages = [s for s in opportunities.stages(db) if s.active]
    totals = {t.stage_id: t for t in opportunities.board(db, **filters)}
    columns, cards = [], []
    for stage in sorted(stages, key=lambda s: s.position):
        t = totals.get(stage.id)
        columns.append(StageColumn(stage, t.deals if t else 0, t.amount if t else Decimal(0),
                                   t.weighted_amount if t else Decimal(0)))
        if t and t.deals:
            page = opportunities.list_opportunities(db, sort="amount", descending=True, limit=cards_per_stage,
                                                    stage_id=stage.id, **filters)
            cards.extend(page.rows)
    return Board(tuple(columns), tuple(cards))
