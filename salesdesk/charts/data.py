"""The charts' inputs: money as Decimal, every label already translated by the caller."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal


@dataclass(frozen=True)
class Labels:
    """The words around a chart. `value` names the value axis (e.g. "Amount (¥10k)" / "金额（万元）");
    amounts are plotted in 万 when `in_wan` is set."""
    title: str = ""
    value: str = ""
    in_wan: bool = True


@dataclass(frozen=True)
class TargetRow:
    """One person or unit: what was reached against the target; `tiers` the stretch levels (same order
    as TargetVsActual.tier_labels), e.g. 冲刺 and 挑战 above the 目标."""
    key: str
    label: str
    actual: Decimal
    target: Decimal
    tiers: tuple[Decimal, ...] = ()


@dataclass(frozen=True)
class TargetVsActual:
    rows: Sequence[TargetRow]
    actual_label: str
    target_label: str
    tier_labels: tuple[str, ...] = ()
    labels: Labels = field(default_factory=Labels)


@dataclass(frozen=True)
class MonthlyProgress:
    """Month by month: `actual` None for the months still ahead; both are cumulated by the builder."""
    keys: Sequence[str]
    months: Sequence[str]
    actual: Sequence[Decimal | None]
    target: Sequence[Decimal]
    actual_label: str
    target_label: str
    month_label: str = ""
    labels: Labels = field(default_factory=Labels)


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: str
    count: int
    amount: Decimal
    text: str  # what the bar says, in the caller's words: "40 deals · ¥400K" / "40 个商机 · ¥40万"


@dataclass(frozen=True)
class Funnel:
    stages: Sequence[FunnelStage]
    conversion_label: str  # e.g. "%1 to next" / "转化 %1"
    labels: Labels = field(default_factory=Labels)


@dataclass(frozen=True)
class ForecastMonth:
    key: str
    label: str
    commit: Decimal
    best_case: Decimal
    pipeline: Decimal
    target: Decimal


@dataclass(frozen=True)
class Forecast:
    months: Sequence[ForecastMonth]
    commit_label: str
    best_case_label: str
    pipeline_label: str
    target_label: str
    labels: Labels = field(default_factory=Labels)


@dataclass(frozen=True)
class RankingRow:
    key: str
    label: str
    value: Decimal


@dataclass(frozen=True)
class Ranking:
    """Rows in rank order, first is best (drawn at the top)."""
    rows: Sequence[RankingRow]
    labels: Labels = field(default_factory=Labels)
    percent: bool = False  # values are percentages (e.g. attainment), not money


AgeingKey = Literal["not_due", "1_30", "31_60", "61_90", "over_90"]
AGEING_ORDER: tuple[AgeingKey, ...] = ("not_due", "1_30", "31_60", "61_90", "over_90")


@dataclass(frozen=True)
class AgeingBucket:
    key: AgeingKey
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Ageing:
    """The five buckets of AGEING_ORDER, each once, in any order: the builder draws them in order."""
    buckets: Sequence[AgeingBucket]
    labels: Labels = field(default_factory=Labels)


# --- scorecard comparison (issue 14 §3, the attainment slice) ---
@dataclass(frozen=True)
class ScorecardPerson:
    """One person's points per indicator, in ScorecardComparison.indicators' order."""
    key: str
    label: str
    points: Sequence[Decimal]


@dataclass(frozen=True)
class ScorecardComparison:
    """People in rank order (best first, drawn at the top); `indicators` the indicators' labels."""
    people: Sequence[ScorecardPerson]
    indicators: Sequence[str]
    labels: Labels = field(default_factory=Labels)


# --- customer analysis (issue 15 §4, the analysis slice) ---
@dataclass(frozen=True)
class Pareto:
    """ABC by revenue: rows largest first (key, label, revenue); the line is their running share of
    `total` (the revenue of every customer, when the rows are only the first of them)."""
    rows: Sequence[RankingRow]
    share_label: str  # e.g. "Cumulative share" / "累计占比"
    labels: Labels = field(default_factory=Labels)
    total: Decimal | None = None  # None: the rows' own sum
