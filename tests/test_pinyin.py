"""The pinyin sort key computed by the database (sql/0003_pinyin.sql, readings of places and
words from 0013), checked against pypinyin in Python as an independent oracle: lazy_pinyin per
character, not the generator's reading of pypinyin's dictionary, and pypinyin's phrase reading
for the places and words listed in installer/tools/make_pinyin_phrases_sql.py."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pypinyin
import pytest
from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from salesdesk.db.paths import sql_dir
from salesdesk.db.urls import libpq_url

REPO = Path(__file__).resolve().parents[1]
GENERATOR = REPO / "installer" / "tools" / "make_pinyin_sql.py"
sys.path.insert(0, str(GENERATOR.parent))
import make_pinyin_phrases_sql as phrases  # noqa: E402  (the lists of places and words)


def phrase_readings() -> dict[str, str]:
    """Places and words with a reading of their own (pypinyin's phrase reading unless the list gives one)."""
    listed = {**phrases.PLACES, **phrases.WORDS}
    return {p: " ".join(phrases.phrase_reading(p, given)) for p, given in listed.items()}


PHRASES = phrase_readings()

NAMES = [
    # people, including surnames whose first reading is not the surname's (曾 ceng2, 单 dan1)
    "张三", "张", "张三丰", "李四", "王五", "赵六", "钱七", "孙八", "周杰", "吴用", "郑和",
    "曾国藩", "单田芳", "欧阳修", "司马光", "阿杜", "安娜", "艾伦", "白居易", "包拯",
    # companies and places
    "阿里巴巴", "北京", "北京字节跳动科技有限公司", "上海浦东发展银行", "广州恒盛ab12贸易有限公司",
    "深圳市腾讯计算机系统有限公司", "西安", "先锋", "西安交通大学", "长沙银行", "重庆啤酒",
    "中国平安", "中国石化", "中信", "绿地集团", "女装店", "吕氏商行", "略阳县",
    # Latin, digits, mixed, punctuation
    "3M中国", "ABC科技", "abc", "Zeta Ltd.", "zeta", "1号店", "100度", "58同城", "Apple",
    "张三（上海）有限公司", "张三-上海", "IBM (China)", "ＡＢＣ１２３", "abc123", "",
]


def expected_tokens(text: str) -> list[str]:
    """The key's tokens as the spec states them, computed with pypinyin: listed places and words
    (longest first) read as phrases, every other character by its own reading."""
    tokens: list[str] = []
    run = ""
    text = unicodedata.normalize("NFKC", text).lower()
    for phrase in sorted(PHRASES, key=lambda p: (-len(p), p)):
        text = text.replace(phrase, f" {PHRASES[phrase]} ")
    for ch in text:
        if ch.isascii() and ch.isalnum():
            run += ch
            continue
        if run:
            tokens.append(run)
            run = ""
        if ch.isascii():
            continue  # ASCII spaces and punctuation
        reading = lazy_pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=False)[0]
        if reading != ch:
            tokens.append(reading)
        elif ch.isalnum():
            tokens.append(ch)
    if run:
        tokens.append(run)
    return tokens


def expected_order(names: list[str]) -> list[str]:
    """Pinyin order, ties broken by the text itself (code point order)."""
    return sorted(names, key=lambda s: (expected_tokens(s), s))


def token_part(key: str) -> str:
    """The key without its tie-breaker ('!' and the text)."""
    return key.partition("!")[0]


@pytest.fixture
def conn(fresh_db: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(libpq_url(fresh_db)) as c:
        yield c


def keys(conn: psycopg.Connection, names: list[str]) -> dict[str, str]:
    rows = conn.execute("select t, private.pinyin_key(t) from unnest(%s::text[]) t", (names,))
    return dict(rows.fetchall())


def db_order(conn: psycopg.Connection, names: list[str]) -> list[str]:
    rows = conn.execute(
        'select t from unnest(%s::text[]) t order by private.pinyin_key(t) collate "C"', (names,))
    return [r[0] for r in rows]


def test_names_sort_in_pypinyin_order(conn: psycopg.Connection) -> None:
    shuffled = sorted(NAMES, key=lambda s: s[::-1])  # neither the input nor code point order
    assert db_order(conn, shuffled) == expected_order(NAMES)
    got = keys(conn, NAMES)
    assert {n: token_part(k) for n, k in got.items()} == {
        n: "".join(t + " " for t in expected_tokens(n)) for n in NAMES}
    assert got["广州恒盛ab12贸易有限公司"] == (
        "guang3 zhou1 heng2 sheng4 ab12 mao4 yi4 you3 xian4 gong1 si1 !广州恒盛ab12贸易有限公司")


def test_a_name_sorts_before_longer_names_it_starts(conn: psycopg.Connection) -> None:
    assert db_order(conn, ["先", "西安", "张三", "张"]) == ["西安", "先", "张", "张三"]
    assert token_part(keys(conn, ["西安"])["西安"]) == "xi1 an1 "


def test_every_character_gets_its_pypinyin_reading(conn: psycopg.Connection) -> None:
    chars = [chr(code) for code in sorted(pinyin_dict)]
    assert conn.execute("select count(*) from private.pinyin").fetchone() == (len(chars),)
    got = keys(conn, chars)
    wrong = {c: k for c, k in got.items() if token_part(k) != "".join(t + " " for t in expected_tokens(c))}
    assert wrong == {}


def test_same_pinyin_keys_are_distinct_and_stable(conn: psycopg.Connection) -> None:
    same = ["张三", "章三", "張三", "张 三", "張·三"]  # all zhang1 san1
    first, again = keys(conn, same), keys(conn, same)
    assert first == again
    assert {token_part(k) for k in first.values()} == {"zhang1 san1 "}
    assert len(set(first.values())) == len(same)
    assert db_order(conn, same) == sorted(same)


def test_full_width_letters_and_digits_are_normalised(conn: psycopg.Connection) -> None:
    got = keys(conn, ["ＡＢＣ１２３", "abc123", "ABC123"])
    assert {token_part(k) for k in got.values()} == {"abc123 "}
    order = db_order(conn, ["abc124", "ＡＢＣ１２３", "abc12", "abc123", "ABC123"])
    assert order[0] == "abc12" and order[-1] == "abc124"
    assert sorted(order[1:4]) == sorted(["ＡＢＣ１２３", "abc123", "ABC123"])


def test_null_and_empty_text(conn: psycopg.Connection) -> None:
    assert conn.execute("select private.pinyin_key(null), private.pinyin_key('')").fetchone() == (None, "")
    assert keys(conn, ["--"])["--"] == "!--"  # nothing to read, still distinct from ''


def test_only_the_owner_reads_the_readings(conn: psycopg.Connection) -> None:
    row = conn.execute(
        "select c.relowner::regrole::text, c.relrowsecurity, c.relforcerowsecurity, "
        "has_table_privilege('salesdesk_user', c.oid, 'select'), "
        "has_function_privilege('salesdesk_user', 'private.pinyin_key(text)', 'execute'), "
        "has_function_privilege('public', 'private.pinyin_key(text)', 'execute') "
        "from pg_class c where c.oid = 'private.pinyin'::regclass").fetchone()
    assert row == ("salesdesk_owner", True, True, False, False, False)


def test_migration_is_what_the_generator_writes(tmp_path: Path) -> None:
    committed = (sql_dir() / "0003_pinyin.sql").read_bytes()
    made_with = re.search(rb"from pypinyin (\S+)", committed)
    assert made_with is not None
    if made_with.group(1).decode() != pypinyin.__version__:
        pytest.skip(f"sql/0003_pinyin.sql was generated with pypinyin {made_with.group(1).decode()}, "
                    f"{pypinyin.__version__} is installed")
    out = tmp_path / "0003_pinyin.sql"
    done = subprocess.run([sys.executable, str(GENERATOR), str(out)], capture_output=True, text=True,
                          check=True)
    assert f"wrote {len(pinyin_dict)} characters" in done.stdout
    assert out.read_bytes() == committed
