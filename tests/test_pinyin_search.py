"""Names read right (surnames, places) in sort order and search; pinyin search (助记码) through the
API, within the caller's scope, served by the search index (sql/0013_picklists_pinyin.sql)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest

from salesdesk.db.urls import libpq_url
from tests.factories import Company


@pytest.fixture
def conn(fresh_db: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(libpq_url(fresh_db)) as c:
        yield c


def tokens(conn: psycopg.Connection, fn: str, text: str) -> str:
    row = conn.execute(f"select private.{fn}(%s)", (text,)).fetchone()
    assert row is not None
    return row[0].partition("!")[0].strip()


@pytest.mark.parametrize(("name", "reading"), [
    ("曾美玲", "zeng1 mei3 ling2"), ("单田芳", "shan4 tian2 fang1"), ("仇英", "qiu2 ying1"),
    ("区家麟", "ou1 jia1 lin2"), ("查良镛", "zha1 liang2 yong1"), ("解缙", "xie4 jin4"),
    ("朴树", "piao2 shu4"), ("翟志刚", "zhai2 zhi4 gang1"), ("盖聂", "ge3 nie4"), ("乐毅", "yue4 yi4"),
    ("尉迟恭", "yu4 chi2 gong1"), ("万俟卨", "mo4 qi2 xie4"), ("长孙无忌", "zhang3 sun1 wu2 ji4"),
    ("曾长春", "zeng1 chang2 chun1"),  # a place inside a person's name still reads as the place
    ("陈静", "chen2 jing4"), ("蔡伟明", "cai4 wei3 ming2"),
])
def test_a_persons_name_starts_with_its_surname_reading(conn: psycopg.Connection, name: str,
                                                        reading: str) -> None:
    assert tokens(conn, "person_pinyin_key", name) == reading


@pytest.mark.parametrize(("name", "reading"), [
    ("长沙银行", "chang2 sha1 yin2 hang2"), ("重庆啤酒", "chong2 qing4 pi2 jiu3"),
    ("厦门航空", "xia4 men2 hang2 kong1"), ("六安瓜片", "lu4 an1 gua1 pian4"),
    ("蚌埠医药", "beng4 bu4 yi1 yao4"), ("乐清电器", "yue4 qing1 dian4 qi4"),
    ("长春一汽", "chang2 chun1 yi1 qi4"),
    ("金德饮料（重庆）有限公司", "jin1 de2 yin3 liao4 chong2 qing4 you3 xian4 gong1 si1"),
    ("曾氏集团", "ceng2 shi4 ji2 tuan2"),  # a company is not a person: no surname reading
])
def test_a_companys_place_reads_as_the_place(conn: psycopg.Connection, name: str, reading: str) -> None:
    assert tokens(conn, "pinyin_key", name) == reading


def test_pinyin_search_terms_are_full_pinyin_and_initials(conn: psycopg.Connection) -> None:
    rows = conn.execute("select t, private.pinyin_search(t) from unnest(%s::text[]) t",
                        (["金德饮料", "ABC科技", "Apple", "重庆"],)).fetchall()
    assert dict(rows) == {"金德饮料": "jindeyinliao\x1fjdyl", "ABC科技": "abckeji\x1fabckj", "Apple": None,
                          "重庆": "chongqing\x1fcq"}


def test_people_sort_by_surname_in_the_directory_and_team(fresh_company: Company) -> None:
    """曾 (zēng) after 陈 (chén) and 蔡 (cài): by 0003's first reading 曾 (céng) came between them."""
    with fresh_company.admin() as conn:
        for key, name in (("p_zeng", "曾美玲"), ("p_chen", "陈静"), ("p_cai", "蔡伟明"), ("p_shan", "单田芳"),
                          ("p_dan", "丹丹")):
            fresh_company.add_person(conn, key, "salesperson", "EAST_T1", "sup_e1", name)
        conn.commit()
    wanted = ["蔡伟明", "陈静", "丹丹", "单田芳", "曾美玲"]
    names = [r[0] for r in fresh_company.call("sp_e1a", "select name from api.employees")]
    assert [n for n in names if n in wanted] == wanted
    team = [r[0] for r in fresh_company.call("sup_e1", "select name from api.employees where in_scope")]
    assert [n for n in team if n in wanted] == wanted
    tree = [r[0] for r in fresh_company.call("sup_e1", "select name from api.team_rows()")]  # the Team page
    assert [n for n in tree if n in wanted] == wanted


def add(company: Company, name: str, owner: str) -> int:
    with company.admin() as conn:
        cid = company.add_customer(conn, name, owner=owner)
        conn.commit()
    return cid


def found(company: Company, who: str, search: str) -> list[str]:
    rows = company.call(who, "select name from api.customer_list(%s::jsonb, 'name', false, null, 100)",
                        (json.dumps({"search": search}),))
    return [r[0] for r in rows]


def test_pinyin_and_initials_find_customers_within_scope(fresh_company: Company) -> None:
    add(fresh_company, "信德科技有限公司", "sp_e1a")
    add(fresh_company, "深圳金德饮料有限公司", "sp_e1a")
    add(fresh_company, "重庆信德贸易有限公司", "sp_n1a")  # hidden from sp_e1a (another region)
    add(fresh_company, "Xinde Trading", "sp_e1a")  # Latin text still matches as text
    mine = {"信德科技有限公司", "Xinde Trading"}
    assert set(found(fresh_company, "sp_e1a", "xinde")) == mine
    assert set(found(fresh_company, "sp_e1a", "XinDe")) == mine
    assert set(found(fresh_company, "sp_e1a", "xdkj")) == {"信德科技有限公司"}
    assert set(found(fresh_company, "sp_e1a", "jindeyinliao")) == {"深圳金德饮料有限公司"}
    assert set(found(fresh_company, "sp_e1a", "jdyl")) == {"深圳金德饮料有限公司"}
    assert set(found(fresh_company, "sp_e1a", "JDYL")) == {"深圳金德饮料有限公司"}
    assert "信德科技有限公司" in found(fresh_company, "sp_e1a", "xd")
    # the hidden customer answers to none of its readings, nor does the count see it
    for term in ("chongqingxinde", "cqxd", "xindemaoyi", "xdmy"):
        assert found(fresh_company, "sp_e1a", term) == []
        assert fresh_company.call("sp_e1a", "select n from api.record_count('customer', %s::jsonb)",
                                  (json.dumps({"search": term}),)) == [(0,)]
    assert found(fresh_company, "director", "cqxd") == ["重庆信德贸易有限公司"]
    assert set(found(fresh_company, "director", "xinde")) == mine | {"重庆信德贸易有限公司"}
    # a place reads as the place in search too: chongqing, not zhongqing
    assert found(fresh_company, "director", "zhongqingxinde") == []


def test_pinyin_follows_a_rename(fresh_company: Company) -> None:
    cid = add(fresh_company, "信德科技有限公司", "sp_e1a")
    version = fresh_company.call("sp_e1a", "select version from api.customer_get(%s)", (cid,))[0][0]
    fresh_company.call("sp_e1a", "select api.record_update('customer', %s, %s, %s::jsonb)",
                       (cid, version, json.dumps({"name": "长沙宏达有限公司"})))
    assert found(fresh_company, "sp_e1a", "xinde") == []
    assert found(fresh_company, "sp_e1a", "csh") == ["长沙宏达有限公司"]
    assert found(fresh_company, "sp_e1a", "changsha") == ["长沙宏达有限公司"]


def test_pinyin_terms_are_in_the_search_index(fresh_company: Company) -> None:
    """The pinyin is in the customer's bigrams: the GIN index answers a pinyin search."""
    add(fresh_company, "深圳金德饮料有限公司", "sp_e1a")
    with fresh_company.admin() as conn:
        conn.execute("set enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(
            "explain select id from sales.customers "
            "where search_grams @> private.search_grams('jdyl') and search_text like '%jdyl%'"))
        ids = conn.execute("select name from sales.customers "
                           "where search_grams @> private.search_grams('jdyl') and search_text like '%jdyl%'"
                           ).fetchall()
    assert "customers_search_idx" in plan
    assert ids == [("深圳金德饮料有限公司",)]


def test_customers_sort_by_place_reading(fresh_company: Company) -> None:
    for name in ("张三贸易", "长沙银行", "中国平安", "重庆啤酒", "厦门航空", "上海浦东"):
        add(fresh_company, name, "sp_e1a")
    rows = fresh_company.call("sp_e1a", "select name from api.customer_list('{\"scope\": \"mine\"}'::jsonb, "
                                        "'name', false, null, 100)")
    names = [r[0] for r in rows if not r[0].startswith("sp_e1a")]
    # chang < chong < shang < xia < zhang < zhong
    assert names == ["长沙银行", "重庆啤酒", "上海浦东", "厦门航空", "张三贸易", "中国平安"]


def test_the_readings_are_what_the_generator_writes(tmp_path) -> None:  # noqa: ANN001
    """sql/0013's block of readings is installer/tools/make_pinyin_phrases_sql.py's output."""
    import subprocess
    import sys
    from pathlib import Path

    from salesdesk.db.paths import sql_dir

    committed = sql_dir() / "0013_picklists_pinyin.sql"
    copy = tmp_path / committed.name
    copy.write_bytes(committed.read_bytes())
    tool = Path(__file__).resolve().parents[1] / "installer" / "tools" / "make_pinyin_phrases_sql.py"
    subprocess.run([sys.executable, str(tool), str(copy)], check=True, capture_output=True)
    assert copy.read_bytes() == committed.read_bytes()
