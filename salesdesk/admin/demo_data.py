"""The demo company: an org chart with readable logins and ~3,000 generated customers.

Pure data, no database: `build_company()` returns the same company every time
(Faker and `random` are seeded); only `last_contact_at` moves with the clock,
so the demo always looks recently used. `demo_loader` writes it to a database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from faker import Faker

# One password for every demo login. No '!', '@', ':' or '/': it goes into
# shell commands and connection URLs in the README unquoted by accident.
PASSWORD = "Demo-2026-pass"
SEED = 2026


@dataclass(frozen=True)
class DemoUnit:
    code: str
    name: str
    kind: str
    parent: str | None
    city: str | None = None  # branches and teams: where their customers are


@dataclass(frozen=True)
class DemoPerson:
    login: str
    name: str
    position: str
    unit: str
    manager: str | None


@dataclass(frozen=True)
class DemoContact:
    name: str
    title: str
    mobile: str
    phone: str | None
    email: str
    is_primary: bool


@dataclass
class DemoCustomer:
    name: str
    short_name: str
    industry: str
    level: str
    address: str
    region: str
    phone: str
    website: str | None
    source: str
    credit_limit: Decimal
    notes: str | None
    owner: str | None  # login, or None when in a pool
    pool: str | None  # unit code of the pool
    last_contact_at: datetime
    contacts: list[DemoContact] = field(default_factory=list)


@dataclass(frozen=True)
class DemoShare:
    customer: int  # index into DemoCompany.customers
    login: str
    access: str  # 'read' or 'write'
    note: str


@dataclass
class DemoCompany:
    units: list[DemoUnit]
    people: list[DemoPerson]
    pools: list[str]  # unit codes with a customer pool (公海)
    customers: list[DemoCustomer]
    shares: list[DemoShare]


# --- the org chart ---------------------------------------------------------

# region code -> (name, [(branch code, branch name, city, supervisor login, supervisor name)])
REGIONS: dict[str, tuple[str, list[tuple[str, str, str, str, str]]]] = {
    "EAST": ("华东大区", [("EAST_SH", "上海分公司", "上海", "sup_sh", "周丽娟"),
                      ("EAST_HZ", "杭州分公司", "杭州", "sup_hz", "吴建平")]),
    "NORTH": ("华北大区", [("NORTH_BJ", "北京分公司", "北京", "sup_bj", "孙海涛"),
                       ("NORTH_TJ", "天津分公司", "天津", "sup_tj", "马红梅")]),
    "SOUTH": ("华南大区", [("SOUTH_GZ", "广州分公司", "广州", "sup_gz", "何俊杰"),
                       ("SOUTH_SZ", "深圳分公司", "深圳", "sup_sz", "郭晓峰")]),
}
MANAGERS = {"EAST": ("mgr_east", "李明华"), "NORTH": ("mgr_north", "张志强"),
            "SOUTH": ("mgr_south", "黄伟东")}
# Four salespeople per branch: 1-2 in team 1 (一组), 3-4 in team 2 (二组).
SALES_NAMES = {
    "sh": ("徐佳琪", "朱文博", "高雅婷", "胡志伟"), "hz": ("沈慧敏", "罗浩然", "宋雨欣", "许国栋"),
    "bj": ("韩雪", "冯宇航", "曹丽华", "邓子轩"), "tj": ("彭晓东", "谢婉清", "董建军", "袁梦琪"),
    "gz": ("梁嘉欣", "蔡伟明", "钟家豪", "曾美玲"), "sz": ("叶子豪", "潘思颖", "杜文杰", "蒋欣怡"),
}
HEAD_OFFICE = [  # login, name, position, manager
    ("director", "王建国", "director", None),
    ("admin", "赵磊", "admin", None),
    ("asst_hq", "陈静", "assistant", "director"),
]
REGION_ASSISTANTS = [("asst_east", "林晓燕", "EAST")]
POOL_UNITS = ["HQ", "EAST", "NORTH", "SOUTH"]
# Leaders who keep a few key accounts themselves.
LEADER_ACCOUNTS = {"mgr_east": 5, "mgr_north": 5, "mgr_south": 5, "sup_sh": 6, "sup_bj": 6,
                   "sup_gz": 6}

CUSTOMERS = 3000
POOLED = {"HQ": 60, "EAST": 80, "NORTH": 80, "SOUTH": 80}  # 300 = 10%
SHARES = 30


def org_chart() -> tuple[list[DemoUnit], list[DemoPerson]]:
    """Units top-down (parents first) and people with managers before their reports."""
    units = [DemoUnit("HQ", "总部", "hq", None, "北京")]
    people = [DemoPerson(login, name, pos, "HQ", mgr) for login, name, pos, mgr in HEAD_OFFICE]
    for region, (region_name, branches) in REGIONS.items():
        units.append(DemoUnit(region, region_name, "region", "HQ"))
        mgr_login, mgr_name = MANAGERS[region]
        people.append(DemoPerson(mgr_login, mgr_name, "manager", region, "director"))
        for login, name, unit in REGION_ASSISTANTS:
            if unit == region:
                people.append(DemoPerson(login, name, "assistant", region, mgr_login))
        for code, name, city, sup_login, sup_name in branches:
            units.append(DemoUnit(code, name, "branch", region, city))
            people.append(DemoPerson(sup_login, sup_name, "supervisor", code, mgr_login))
            tag = sup_login.removeprefix("sup_")
            for team in (1, 2):
                team_code = f"{code}_T{team}"
                units.append(DemoUnit(team_code, f"{city}销售{'一二'[team - 1]}组", "team", code, city))
                for n in (2 * team - 1, 2 * team):
                    people.append(DemoPerson(f"sales_{tag}{n}", SALES_NAMES[tag][n - 1], "salesperson",
                                             team_code, sup_login))
    return units, people


# --- customers ---------------------------------------------------------------

CITY = {  # city -> (full name, area code, districts)
    "上海": ("上海市", "021",
             ("浦东新区", "徐汇区", "闵行区", "静安区", "长宁区", "嘉定区", "松江区", "宝山区")),
    "杭州": ("浙江省杭州市", "0571", ("西湖区", "滨江区", "余杭区", "萧山区", "拱墅区", "上城区")),
    "北京": ("北京市", "010", ("朝阳区", "海淀区", "丰台区", "西城区", "东城区", "大兴区", "顺义区")),
    "天津": ("天津市", "022", ("和平区", "河西区", "南开区", "滨海新区", "西青区", "东丽区")),
    "广州": ("广东省广州市", "020", ("天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区")),
    "深圳": ("广东省深圳市", "0755", ("南山区", "福田区", "宝安区", "龙岗区", "罗湖区", "龙华区")),
}
REGION_CITIES = {"EAST": ("上海", "杭州"), "NORTH": ("北京", "天津"), "SOUTH": ("广州", "深圳"),
                 "HQ": tuple(CITY)}
ROADS = ("人民路", "中山路", "解放路", "建设路", "科技路", "创业路", "长江路", "和平路", "新华路",
         "工业大道", "金融街", "环城东路", "世纪大道", "高新一路", "软件园路", "滨江大道", "文化路")
BUILDINGS = ("国际大厦", "科技园", "商务中心", "产业园", "金融中心", "创意园", "广场")
TRADE_CHARS = "华瑞恒鑫泰盛达源宏信嘉德远腾锦金诚安博创海天中新永隆兴昌丰汇联众凯启明正通佳宝润"
# industry -> (name keywords, short keyword)
INDUSTRIES: dict[str, tuple[tuple[str, ...], str]] = {
    "制造业": (("精密机械", "机电设备", "自动化设备", "五金制品"), "机械"),
    "信息技术": (("信息技术", "软件", "网络科技", "数据科技"), "科技"),
    "批发零售": (("商贸", "贸易", "百货", "供应链管理"), "商贸"),
    "医药健康": (("医药", "生物科技", "医疗器械", "健康科技"), "医药"),
    "建筑工程": (("建设工程", "建材", "装饰工程", "建筑设计"), "建设"),
    "物流运输": (("物流", "国际货运", "快运", "仓储"), "物流"),
    "食品饮料": (("食品", "饮料", "农业科技", "餐饮管理"), "食品"),
    "化工材料": (("化工", "新材料", "涂料", "塑胶"), "化工"),
    "新能源": (("新能源", "电力设备", "光伏科技", "储能技术"), "能源"),
    "汽车配件": (("汽车零部件", "汽车配件", "汽车电子"), "汽配"),
    "教育培训": (("教育科技", "职业培训", "文化传播"), "教育"),
    "金融服务": (("投资管理", "融资租赁", "保险代理"), "金融"),
}
SUFFIXES = ("有限公司",) * 14 + ("股份有限公司",) * 4 + ("集团有限公司", "有限责任公司")
SOURCES = ("展会",) * 3 + ("转介绍",) * 3 + ("官网",) * 2 + ("电话营销",) * 2 + (
    "线上广告", "老客户推荐", "招投标", "陌生拜访")


def picklists() -> dict[str, list[str]]:
    """The values the demo's customers are given, per picklist, in the order the lists offer them."""
    return {"industry": list(INDUSTRIES), "source": list(dict.fromkeys(SOURCES)), "region": list(CITY)}


LEVELS = "A" * 2 + "B" * 5 + "C" * 8 + "D" * 5
CREDIT = {"A": (500_000, 3_000_000, 50_000), "B": (200_000, 1_000_000, 20_000),
          "C": (50_000, 300_000, 10_000), "D": (0, 100_000, 5_000)}
TITLES = ("总经理", "副总经理", "采购经理", "采购专员", "财务总监", "财务经理", "技术总监", "项目经理",
          "行政主管", "运营总监", "董事长助理", "市场部经理")
NOTES = ("年度框架协议客户", "价格敏感，注意报价策略", "需定期回访", "有扩产计划，关注二期项目",
         "决策链较长，需多部门沟通", "付款及时", "竞争对手在跟进")
SHARE_NOTES = ("跨区域合作项目", "总部统筹的集团客户", "协助跟进异地分支机构", "联合投标")


def _name(rng: random.Random, city: str, industry: str, used: set[str]) -> tuple[str, str]:
    keywords, short = INDUSTRIES[industry]
    while True:
        trade = "".join(rng.sample(TRADE_CHARS, 2))
        core = f"{city}{trade}{rng.choice(keywords)}"
        if core not in used:  # unique even after the duplicate check strips the suffix
            used.add(core)
            return core + rng.choice(SUFFIXES), trade + short


MAIL_DOMAINS = ("163.com", "qq.com", "126.com", "sina.com", "139.com")


def _contacts(fake: Faker, rng: random.Random, area: str, website: str | None) -> list[DemoContact]:
    count = rng.choices((1, 2, 3), weights=(40, 40, 20))[0]
    titles = rng.sample(TITLES, count)
    # draw from rng whatever Faker said, so owners and counts do not depend on Faker's version
    mail_domain = rng.choice(MAIL_DOMAINS)
    domain = website.removeprefix("www.") if website else mail_domain
    return [DemoContact(name=fake.name(), title=titles[i], mobile=fake.phone_number(),
                        phone=f"{area}-{rng.randint(5000_0000, 8999_9999)}" if rng.random() < 0.3 else None,
                        email=f"{fake.user_name()}{rng.randint(1, 99)}@{domain}", is_primary=i == 0)
            for i in range(count)]


def _customer(fake: Faker, rng: random.Random, now: datetime, city: str, used: set[str],
              owner: str | None, pool: str | None) -> DemoCustomer:
    full, area, districts = CITY[city]
    industry = rng.choice(tuple(INDUSTRIES))
    name, short = _name(rng, city, industry, used)
    level = rng.choice(LEVELS)
    low, high, step = CREDIT[level]
    address = f"{full}{rng.choice(districts)}{rng.choice(ROADS)}{rng.randint(1, 999)}号"
    if rng.random() < 0.5:
        address += f"{rng.choice(BUILDINGS)}{rng.randint(2, 28)}楼"
    # pooled customers went quiet: that is why they were released
    days = rng.uniform(60, 365) if pool else rng.triangular(0, 365, 20)
    word = fake.domain_word()
    website = f"www.{word}.com.cn" if rng.random() < 0.6 and word.isalpha() else None
    return DemoCustomer(
        name=name, short_name=short, industry=industry, level=level, address=address, region=city,
        phone=f"{area}-{rng.randint(5000_0000, 8999_9999)}",
        website=website,
        source=rng.choice(SOURCES), credit_limit=Decimal(rng.randrange(low, high + 1, step)),
        notes=rng.choice(NOTES) if rng.random() < 0.2 else None, owner=owner, pool=pool,
        last_contact_at=now - timedelta(days=days, seconds=rng.randint(0, 86_399)),
        contacts=_contacts(fake, rng, area, website))


def build_company(seed: int = SEED, now: datetime | None = None) -> DemoCompany:
    """The whole demo company; the same `seed` gives the same company."""
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    units, people = org_chart()
    by_code = {u.code: u for u in units}
    city_of = {p.login: by_code[p.unit].city for p in people}
    region_of_unit = {u.code: u.code if u.kind == "region" else None for u in units}
    for u in units:  # units are listed parents first
        if u.parent and region_of_unit.get(u.parent):
            region_of_unit[u.code] = region_of_unit[u.parent]
    used: set[str] = set()
    customers: list[DemoCustomer] = []
    for pool, count in POOLED.items():
        for _ in range(count):
            customers.append(_customer(fake, rng, now, rng.choice(REGION_CITIES[pool]), used, None, pool))
    for login, count in LEADER_ACCOUNTS.items():
        person = next(p for p in people if p.login == login)
        region = region_of_unit[person.unit]
        assert region is not None
        city = city_of[login] or REGION_CITIES[region][0]
        for _ in range(count):
            customers.append(_customer(fake, rng, now, city, used, login, None))
    sellers = [p.login for p in people if p.position == "salesperson"]
    remaining = CUSTOMERS - len(customers)
    # uneven books, as in real life: weights 0.7..1.3, then round to the total
    weights = [rng.uniform(0.7, 1.3) for _ in sellers]
    counts = [int(remaining * w / sum(weights)) for w in weights]
    counts[0] += remaining - sum(counts)
    for login, count in zip(sellers, counts, strict=True):
        city = city_of[login]
        assert city is not None
        for _ in range(count):
            customers.append(_customer(fake, rng, now, city, used, login, None))
    return DemoCompany(units=units, people=people, pools=list(POOL_UNITS), customers=customers,
                       shares=_shares(rng, people, customers, region_of_unit))


def _shares(rng: random.Random, people: list[DemoPerson], customers: list[DemoCustomer],
            region_of_unit: dict[str, str | None]) -> list[DemoShare]:
    """Customers shared with someone in another region: read mostly, some write."""
    region_of = {p.login: region_of_unit[p.unit] for p in people}
    owned = [i for i, c in enumerate(customers) if c.owner and c.owner.startswith("sales_")]
    # readable recipients first: sales_sh1 and mgr_north always get some, so the demo shows it
    recipients = ["sales_sh1", "sales_sh1", "mgr_north"] + [
        p.login for p in people if p.position in ("salesperson", "supervisor", "manager")]
    shares: list[DemoShare] = []
    taken: set[int] = set()
    for n in range(SHARES):
        login = recipients[n] if n < 3 else rng.choice(recipients[3:])
        while True:
            index = rng.choice(owned)
            owner = customers[index].owner
            assert owner is not None
            if index not in taken and region_of[owner] != region_of[login]:
                break
        taken.add(index)
        access = "write" if n % 3 == 1 else "read"
        shares.append(DemoShare(index, login, access, rng.choice(SHARE_NOTES)))
    return shares
