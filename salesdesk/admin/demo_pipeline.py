"""Twelve months of the demo company's selling: leads, deals with teams and lines, follow-ups.

Pure data, no database, like `demo_data`: `build_pipeline(company, open_stages)` returns the same
history for the same company every time (its own seeded `random` and Faker); only the dates move
with the clock. Stages are data in the database, so a deal's stage here is a step: an index into
the process's open stages (0 .. open_stages - 1, in position order) or WON / LOST; the loader maps
steps to the stages it reads.

True to owners, teams and scopes: a deal is on one of its owner's customers; its team is its
owner and one to three colleagues of the owner's branch (credit shares summing to exactly 100);
a follow-up on a deal is written by its owner or a member, a follow-up on a customer by its owner
(or, for a customer in a pool, by a salesperson who sees that pool). Building the pipeline sets
each customer's `last_contact_at` to its latest follow-up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from faker import Faker

from salesdesk.admin.demo_data import SEED, SOURCES, DemoCompany, DemoPerson, _name
from salesdesk.admin.demo_products import products

WON, LOST = "won", "lost"
Step = int | str  # an open stage's index, or WON / LOST
MONTHS = 12


@dataclass(frozen=True)
class DemoLine:
    product: str  # a demo_products code
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal

    @property
    def amount(self) -> Decimal:  # as the database computes it: numeric, half up to the fen
        return (self.quantity * self.unit_price * (1 - self.discount / 100)).quantize(
            Decimal("0.01"), ROUND_HALF_UP)


@dataclass(frozen=True)
class DemoMember:
    login: str
    role: str  # lead, presales, support
    access: str  # read, write
    credit_share: Decimal


@dataclass
class DemoDeal:
    customer: int  # index into DemoCompany.customers
    owner: str
    title: str
    amount: Decimal
    expected_close_date: date
    path: list[tuple[Step, datetime]]  # every stage it entered, in order, dated
    source: str | None
    competitors: str | None
    next_step: str | None
    won_lost_reason: str | None
    lines: list[DemoLine] = field(default_factory=list)
    members: list[DemoMember] = field(default_factory=list)

    @property
    def step(self) -> Step:
        return self.path[-1][0]

    @property
    def created_at(self) -> datetime:
        return self.path[0][1]

    @property
    def closed_at(self) -> datetime | None:
        return self.path[-1][1] if self.step in (WON, LOST) else None

    @property
    def updated_at(self) -> datetime:
        return self.path[-1][1]


@dataclass(frozen=True)
class DemoFollowup:
    author: str
    customer: int
    contact: int | None  # index into the customer's contacts
    deal: int | None  # index into DemoPipeline.deals
    kind: str
    happened_at: datetime
    summary: str
    outcome: str | None
    next_followup_on: date | None
    satisfaction: int | None


@dataclass(frozen=True)
class DemoLead:
    company_name: str
    contact_name: str
    mobile: str
    email: str | None
    source: str
    notes: str | None
    status: str  # new, contacted, qualified, converted, disqualified
    disqualify_reason: str | None
    owner: str | None  # login, or None in a pool
    pool: str | None  # unit code of the pool
    created_at: datetime
    updated_at: datetime
    customer: int | None = None  # converted: the customer made from it (index)
    deal: int | None = None  # converted: the deal opened on it (index)


@dataclass
class DemoPipeline:
    deals: list[DemoDeal]
    followups: list[DemoFollowup]
    leads: list[DemoLead]
    customer_created: list[datetime]  # per customer: when it was created


# --- words -----------------------------------------------------------------------

PROJECTS = ("办公网络改造项目", "服务器扩容", "ERP 实施项目", "年度维保续约", "数据中心建设", "网络安全加固",
            "分支机构组网", "备份系统升级", "无线覆盖项目", "协同办公上线", "机房搬迁", "终端安全采购")
COMPETITORS = ("华为代理商", "新华三渠道", "本地集成商", "锐捷渠道", "浪潮代理")
NEXT_STEPS = ("约技术交流", "提交方案", "报价评审", "安排演示", "商务谈判", "等待审批", "准备合同")
WON_REASONS = ("方案贴合需求", "价格有优势", "老客户信任", "交付周期短")
LOST_REASONS = ("价格高于竞争对手", "客户预算取消", "选择了竞争对手方案", "项目延期至明年",
                "需求变更，不再采购")
DISQUALIFY_REASONS = ("无采购需求", "预算不足", "联系方式无效", "非目标行业", "已有长期供应商")
LEAD_TRADES = ("信息技术", "制造业", "批发零售", "医药健康")
LEAD_NOTES = ("展会上留下名片", "官网咨询表单", "老客户介绍", "电话咨询价格")
# kind -> what happened, what came of it
TOUCHES = {
    "visit": (("上门拜访，了解现有网络与设备情况", "现场交流需求，参观机房"),
              ("客户认可初步思路", "需再约技术负责人")),
    "call": (("电话沟通项目进度", "电话确认需求细节"), ("客户本周内答复", "已发送资料")),
    "wechat": (("微信发送产品资料", "微信跟进报价反馈"), ("客户已查看，待反馈", "约下周见面")),
    "email": (("邮件发送方案与报价", "邮件确认合同条款"), ("客户转内部评审", None)),
    "meeting": (("参加客户项目评审会", "技术交流会"), ("进入下一轮", "需补充资料")),
}
KINDS = ("visit", "call", "call", "wechat", "wechat", "email", "meeting")
RETURN_VISIT = ("交付后回访，了解使用情况", "售后回访，收集满意度")


# --- dates -----------------------------------------------------------------------

def month_start(now: datetime, back: int) -> datetime:
    """The first instant of the calendar month `back` months before now's (0: this month), UTC."""
    year, month = now.year, now.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return datetime(year, month, 1, tzinfo=UTC)


def in_month(rng: random.Random, now: datetime, back: int) -> datetime:
    """A moment in that month, before now."""
    start = month_start(now, back)
    end = month_start(now, back - 1) if back else now
    return start + (min(end, now) - start) * rng.uniform(0.01, 0.99)


def between(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    """`count` sorted moments strictly inside (start, end)."""
    return sorted(start + (end - start) * rng.uniform(0.05, 0.95) for _ in range(count))


# --- the history ---------------------------------------------------------------------

class _Builder:
    def __init__(self, company: DemoCompany, open_stages: int, seed: int, now: datetime) -> None:
        if open_stages < 1:
            raise ValueError("the sales process needs at least one open stage")
        self.company, self.open_stages, self.now = company, open_stages, now
        self.rng = random.Random(seed * 7 + 12)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed + 12)
        self.catalog = [p for p in products() if p.active]
        units = {u.code: u for u in company.units}
        self.branch_of = {p.login: self._branch(p, units) for p in company.people}
        self.people = {p.login: p for p in company.people}
        self.books: dict[str, list[int]] = {}
        for i, c in enumerate(company.customers):
            if c.owner:
                self.books.setdefault(c.owner, []).append(i)
        self.deals: list[DemoDeal] = []
        self.followups: list[DemoFollowup] = []

    @staticmethod
    def _branch(person: DemoPerson, units: dict) -> str:
        unit = units[person.unit]
        while unit.kind == "team":
            unit = units[unit.parent]
        return unit.code

    def colleagues(self, login: str) -> list[str]:
        """Who may join the owner's deal: salespeople and the supervisor of the same branch."""
        branch = self.branch_of[login]
        return [p.login for p in self.company.people if p.login != login and self.branch_of[p.login] == branch
                and p.position in ("salesperson", "supervisor")]

    def sellers(self) -> list[str]:
        return [p.login for p in self.company.people if p.position == "salesperson"]

    # deals
    def deal(self, owner: str, created: datetime, fate: Step, closing: datetime | None) -> None:
        rng, customer = self.rng, self.rng.choice(self.books[owner])
        reached = (self.open_stages - 1 if fate == WON else rng.randrange(self.open_stages)
                   if fate == LOST else fate)
        assert isinstance(reached, int)
        end = closing or created + (self.now - created) * rng.uniform(0.5, 0.99)
        moments = between(rng, created, end, reached)
        path: list[tuple[Step, datetime]] = [(0, created)] + [(s + 1, t) for s, t in enumerate(moments)]
        if fate in (WON, LOST):
            assert closing is not None
            path.append((fate, closing))
        lines = self.lines() if rng.random() < 0.4 else []
        amount = (sum((x.amount for x in lines), Decimal(0)) if lines
                  else Decimal(rng.randrange(20, 800) * 1000))
        close_day = closing.date() if closing else (self.now + timedelta(days=rng.randint(10, 120))).date()
        c = self.company.customers[customer]
        index = len(self.deals)
        self.deals.append(DemoDeal(
            customer=customer, owner=owner, title=f"{c.short_name}{rng.choice(PROJECTS)}", amount=amount,
            expected_close_date=close_day, path=path, source=c.source,
            competitors=rng.choice(COMPETITORS) if rng.random() < 0.4 else None,
            next_step=rng.choice(NEXT_STEPS) if fate not in (WON, LOST) else None,
            won_lost_reason=rng.choice(LOST_REASONS) if fate == LOST
            else rng.choice(WON_REASONS) if fate == WON and rng.random() < 0.5 else None,
            lines=lines, members=self.team(owner) if index % 3 == 0 and self.colleagues(owner) else []))
        self.deal_followups(index)

    def lines(self) -> list[DemoLine]:
        picked = self.rng.sample(self.catalog, self.rng.randint(1, 4))
        return [DemoLine(p.code, Decimal(self.rng.choice((1, 2, 3, 5, 10, 20, 50))), p.list_price,
                         Decimal(self.rng.choice((0, 0, 5, 10, 15)))) for p in picked]

    def team(self, owner: str) -> list[DemoMember]:
        """The owner and 1-3 colleagues; credit shares in whole percent summing to exactly 100."""
        colleagues = self.colleagues(owner)
        others = self.rng.sample(colleagues, min(len(colleagues), self.rng.randint(1, 3)))
        shares = [Decimal(self.rng.choice((10, 15, 20))) for _ in others]
        members = [DemoMember(owner, "lead", "write", Decimal(100) - sum(shares))]
        for login, share in zip(others, shares, strict=True):
            presales = self.people[login].position == "salesperson" and self.rng.random() < 0.6
            members.append(DemoMember(login, "presales" if presales else "support",
                                      self.rng.choice(("read", "write")), share))
        return members

    # follow-ups
    def touch(self, author: str, customer: int, deal: int | None, at: datetime) -> None:
        rng = self.rng
        kind = rng.choice(KINDS)
        summaries, outcomes = TOUCHES[kind]
        contacts = len(self.company.customers[customer].contacts)
        self.followups.append(DemoFollowup(
            author=author, customer=customer, contact=rng.randrange(contacts) if rng.random() < 0.8 else None,
            deal=deal, kind=kind, happened_at=at, summary=rng.choice(summaries), outcome=rng.choice(outcomes),
            next_followup_on=(at + timedelta(days=rng.randint(3, 30))).date() if rng.random() < 0.7 else None,
            satisfaction=None))

    def deal_followups(self, index: int) -> None:
        d, rng = self.deals[index], self.rng
        end = d.closed_at or self.now
        team = [m.login for m in d.members] or [d.owner]
        for at in between(rng, d.created_at, end, rng.randint(1, 4)):
            self.touch(d.owner if rng.random() < 0.7 else rng.choice(team), d.customer, index, at)
        if d.step == WON:  # the return visit after delivery, with the customer's satisfaction
            at = d.updated_at + timedelta(days=rng.randint(7, 40), hours=rng.randint(0, 6))
            if at < self.now:
                self.followups.append(DemoFollowup(
                    author=d.owner, customer=d.customer, contact=0, deal=index,
                    kind=rng.choice(("visit", "call")),
                    happened_at=at, summary=rng.choice(RETURN_VISIT), outcome="客户对交付满意",
                    next_followup_on=None, satisfaction=rng.choice((3, 4, 4, 5, 5, 5))))

    def build(self) -> None:
        rng, now = self.rng, self.now
        leaders = [login for login in self.books if not login.startswith("sales_")]
        for i, seller in enumerate(self.sellers()):
            for back in range(MONTHS):
                # a deal closing in each month: two in three won, so every month has wins
                fate = LOST if (i + back) % 3 == 2 else WON
                closing = in_month(rng, now, back)
                self.deal(seller, closing - timedelta(days=rng.randint(20, 120)), fate, closing)
            for back in range(6):  # the open pipeline: recent deals at every stage
                step = (i + back) % self.open_stages
                created = in_month(rng, now, back + 1 if back < 5 else 0)
                self.deal(seller, created, step, None)
        for leader in leaders:  # leaders' key accounts: one won, one open
            self.deal(leader, in_month(rng, now, 8), WON, in_month(rng, now, 4))
            self.deal(leader, in_month(rng, now, 2), rng.randrange(self.open_stages), None)
        self.customer_touches()

    def customer_touches(self) -> None:
        rng, now, company = self.rng, self.now, self.company
        latest: dict[int, datetime] = {}
        for f in self.followups:
            latest[f.customer] = max(latest.get(f.customer, f.happened_at), f.happened_at)
        region_sellers = self.pool_readers()
        for i, c in enumerate(company.customers):  # everyone contacted at their last contact at least
            if i not in latest or latest[i] < c.last_contact_at:
                author = c.owner or rng.choice(region_sellers[c.pool or "HQ"])
                self.touch(author, i, None, c.last_contact_at)
                latest[i] = c.last_contact_at
        for seller in self.sellers():  # every salesperson, every month: calls, visits, WeChat
            for back in range(MONTHS):
                for _ in range(rng.randint(3, 6)):
                    customer, at = rng.choice(self.books[seller]), in_month(rng, now, back)
                    self.touch(seller, customer, None, at)
                    latest[customer] = max(latest[customer], at)
        for i, c in enumerate(company.customers):
            c.last_contact_at = latest[i]

    def pool_readers(self) -> dict[str, list[str]]:
        """Pool unit code -> the salespeople who see that pool (those under its unit)."""
        units = {u.code: u for u in self.company.units}
        readers: dict[str, list[str]] = {code: [] for code in self.company.pools}
        for login in self.sellers():
            unit: str | None = self.people[login].unit
            while unit:
                if unit in readers:
                    readers[unit].append(login)
                unit = units[unit].parent
        return readers

    # customers' creation and the leads
    def created(self) -> tuple[list[datetime], set[int]]:
        """When each customer was created (before its first follow-up or deal), and the ones
        created this year from a lead: three of each salesperson's, first active this year."""
        first: dict[int, datetime] = {}
        for f in self.followups:
            first[f.customer] = min(first.get(f.customer, f.happened_at), f.happened_at)
        for d in self.deals:
            first[d.customer] = min(first[d.customer], d.created_at)
        year_ago = month_start(self.now, MONTHS - 1)
        fresh: set[int] = set()
        for seller in self.sellers():
            fresh |= set([i for i in self.books[seller] if first[i] > year_ago + timedelta(days=25)][:3])
        count = len(self.company.customers)
        ahead = [self.rng.uniform(2, 20) if i in fresh else self.rng.uniform(20, 700) for i in range(count)]
        return [first[i] - timedelta(days=ahead[i]) for i in range(count)], fresh

    def leads(self, created: list[datetime], fresh: set[int]) -> list[DemoLead]:
        rng, now, fake = self.rng, self.now, self.fake
        names = {c.name for c in self.company.customers}
        used: set[str] = set()
        leads: list[DemoLead] = []
        deal_of = {d.customer: n for n, d in enumerate(self.deals)}

        def lead(status: str, owner: str | None, pool: str | None, city: str) -> None:
            while (name := _name(rng, city, rng.choice(LEAD_TRADES), used)[0]) in names:
                pass
            made = in_month(rng, now, rng.randrange(MONTHS))
            moved = min(made + timedelta(days=rng.randint(1, 30)), now) if status != "new" else made
            leads.append(DemoLead(
                company_name=name, contact_name=fake.name(), mobile=fake.phone_number(),
                email=f"{fake.user_name()}@163.com" if rng.random() < 0.5 else None,
                source=rng.choice(SOURCES),
                notes=rng.choice(LEAD_NOTES) if rng.random() < 0.3 else None, status=status,
                disqualify_reason=rng.choice(DISQUALIFY_REASONS) if status == "disqualified" else None,
                owner=owner, pool=pool, created_at=made, updated_at=moved))

        units = {u.code: u for u in self.company.units}
        for seller in self.sellers():
            city = units[self.people[seller].unit].city or "上海"
            for status, count in (("new", 3), ("contacted", 3), ("qualified", 2), ("disqualified", 2)):
                for _ in range(count):
                    lead(status, seller, None, city)
            # converted: the seller's customers created from a lead within the year
            for i in (i for i in self.books[seller] if i in fresh):
                c = self.company.customers[i]
                primary = c.contacts[0]
                leads.append(DemoLead(
                    company_name=c.name, contact_name=primary.name, mobile=primary.mobile,
                    email=primary.email, source=c.source, notes=None, status="converted",
                    disqualify_reason=None, owner=seller, pool=None,
                    created_at=created[i] - timedelta(days=rng.randint(3, 30)), updated_at=created[i],
                    customer=i, deal=deal_of.get(i)))
        for pool in self.company.pools:
            cities = [u.city for u in self.company.units if u.city and (u.code == pool or u.parent == pool)]
            for n in range(15):
                lead("new" if n % 3 else "contacted", None, pool, rng.choice(cities or ["北京"]))
        return leads


def build_pipeline(company: DemoCompany, open_stages: int, seed: int = SEED,
                   now: datetime | None = None) -> DemoPipeline:
    """The company's twelve months of selling; sets each customer's last contact to its latest follow-up."""
    builder = _Builder(company, open_stages, seed, now or datetime.now(UTC))
    builder.build()
    created, fresh = builder.created()
    return DemoPipeline(deals=builder.deals, followups=builder.followups, leads=builder.leads(created, fresh),
                        customer_created=created)
