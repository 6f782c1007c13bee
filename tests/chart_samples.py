"""Sample inputs for every chart, in English and in Chinese (tests and the PNG look-over share them)."""

from __future__ import annotations

from decimal import Decimal as D

from salesdesk.charts.data import (
    Ageing,
    AgeingBucket,
    Forecast,
    ForecastMonth,
    Funnel,
    FunnelStage,
    Labels,
    MonthlyProgress,
    Ranking,
    RankingRow,
    TargetRow,
    TargetVsActual,
)

WORDS = {
    "en": {"actual": "Actual", "target": "Target", "tiers": ("Stretch", "Challenge"),
           "amount": "Amount (¥10k)",
           "people": ("Zhang Wei", "Li Na", "Wang Fang", "Liu Yang"), "tva": "Target vs actual, 2026",
           "months": [f"M{m}" for m in range(1, 13)], "cum": "Cumulative progress", "month": "Month",
           "stages": ("Qualification", "Needs analysis", "Proposal", "Negotiation", "Won"),
           "deals": "%1 deals", "conv": "→ %1", "funnel": "Sales funnel",
           "fc": ("Commit", "Best case", "Pipeline"), "forecast": "Forecast vs target",
           "ranking": "Ranking by sales",
           "ageing": ("Not due", "1–30 days", "31–60 days", "61–90 days", "> 90 days"),
           "ageing_title": "Receivables ageing"},
    "zh_CN": {"actual": "实际", "target": "目标", "tiers": ("冲刺", "挑战"), "amount": "金额（万元）",
              "people": ("张伟", "李娜", "王芳", "刘洋"), "tva": "目标与实际（2026年）",
              "months": [f"{m}月" for m in range(1, 13)], "cum": "累计进度", "month": "月份",
              "stages": ("初步接洽", "需求分析", "方案报价", "商务谈判", "赢单"),
              "deals": "%1 个", "conv": "→ %1", "funnel": "销售漏斗",
              "fc": ("承诺", "最可能", "管道"), "forecast": "预测与目标",
              "ranking": "销售排名",
              "ageing": ("未到期", "1–30天", "31–60天", "61–90天", "90天以上"),
              "ageing_title": "应收账龄"},
}


def target_vs_actual(lang: str = "en") -> TargetVsActual:
    w = WORDS[lang]
    figures = ((D("850000"), D("1000000")), (D("1230000.50"), D("1000000")), (D("400000"), D("800000")),
               (D("0"), D("0")))
    rows = [TargetRow(f"e{i}", name, actual, target, (target * D("1.2"), target * D("1.5")))
            for i, (name, (actual, target)) in enumerate(zip(w["people"], figures, strict=True))]
    return TargetVsActual(rows, w["actual"], w["target"], w["tiers"], Labels(w["tva"], w["amount"]))


def monthly(lang: str = "en") -> MonthlyProgress:
    w = WORDS[lang]
    actual = [D(v) for v in ("80000", "95000", "120000", "60000", "110000", "130000", "90000", "100000")]
    keys = [f"2026-{m:02}" for m in range(1, 13)]
    return MonthlyProgress(keys, w["months"], [*actual, None, None, None, None], [D("100000")] * 12,
                           w["actual"], w["target"], w["month"], Labels(w["cum"], w["amount"]))


def funnel(lang: str = "en") -> Funnel:
    w = WORDS[lang]
    figures = ((40, D("4000000")), (30, D("3600000")), (15, D("2100000")), (6, D("900000")), (3, D("450000")))
    def money(amount: D) -> str:
        return f"¥{amount / 10000:.0f}万" if lang == "zh_CN" else f"¥{amount / 1000:.0f}K"
    stages = [FunnelStage(f"s{i}", name, n, amount, w["deals"].replace("%1", str(n)) + " · " + money(amount))
              for i, (name, (n, amount)) in enumerate(zip(w["stages"], figures, strict=True))]
    return Funnel(stages, w["conv"], Labels(w["funnel"], ""))


def forecast(lang: str = "en") -> Forecast:
    w = WORDS[lang]
    months = [ForecastMonth(f"2026-{m:02}", w["months"][m - 1], D(50000 + m * 5000), D(30000),
                            D(40000 - m * 1000), D(110000)) for m in range(7, 13)]
    return Forecast(months, *w["fc"], w["target"], Labels(w["forecast"], w["amount"]))


def ranking(lang: str = "en") -> Ranking:
    w = WORDS[lang]
    values = (D("1230000.50"), D("850000"), D("400000"), D("0"))
    rows = [RankingRow(f"e{i}", name, v) for i, (name, v) in enumerate(zip(w["people"], values, strict=True))]
    return Ranking(rows, Labels(w["ranking"], w["amount"]))


def ageing(lang: str = "en") -> Ageing:
    w = WORDS[lang]
    keys = ("over_90", "not_due", "61_90", "1_30", "31_60")  # shuffled: the builder puts them in order
    amounts = {"not_due": D("2500000"), "1_30": D("800000"), "31_60": D("300000"), "61_90": D("120000"),
               "over_90": D("90000")}
    order = ("not_due", "1_30", "31_60", "61_90", "over_90")
    return Ageing([AgeingBucket(k, w["ageing"][order.index(k)], amounts[k]) for k in keys],  # type: ignore[arg-type]
                  Labels(w["ageing_title"], w["amount"]))


BUILDS = {"target_vs_actual": target_vs_actual, "cumulative": monthly, "funnel": funnel,
          "forecast": forecast, "ranking": ranking, "ageing": ageing}
