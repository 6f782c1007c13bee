"""Export of a list on the real database (reports/list_export.py): every row the user may see by the
filter, in the list's sort (the oracle of tests/oracle.py), paged through the list's own service;
typed cells read back; a cancel leaves no file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from salesdesk.db.session import Database
from salesdesk.reports.list_export import ExportCancelled, ExportColumn, ListView, Progress, export_list
from salesdesk.reports.table_writer import ColumnSpec
from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.services.trade_documents import DocumentWriteError
from salesdesk.ui.customer_models import customer_columns
from salesdesk.ui.list_export import export_columns
from salesdesk.ui.record_model import ServiceSource
from tests.factories import Company, build_small_company
from tests.oracle import Oracle, load_snapshot

ID = ExportColumn(ColumnSpec("id", "id"), lambda r: r.id)
SHOWN = ("name", "level", "phone", "owner", "credit_limit", "last_contact_at")


class Token:
    cancelled = False


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """The small company plus 60 customers: levels, odd amounts, formula-like names, phones."""
    company = build_small_company(db_factory())
    sellers = [company.people[k] for k in ("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a", "sup_e1", "mgr_e")]
    with company.admin() as conn:
        conn.execute("""
            insert into sales.customers (name, owner_id, level, credit_limit, last_contact_at, phone)
            select case when g %% 10 = 0 then '=HYPERLINK("http://x/' || g || '")'
                        else '导出客户' || lpad(g::text, 3, '0') end,
                   (%s::bigint[])[1 + g %% 6],
                   (array['A', 'B', 'A', null])[1 + g %% 4],
                   case when g %% 5 = 0 then 100 else g * 1000.125 end,
                   case when g %% 3 = 0 then null else now() - g * interval '1 day' end,
                   '+86 138 0000 ' || lpad(g::text, 4, '0')
            from generate_series(1, 60) g""", (sellers,))
        conn.execute("update sales.customers set archived_at = now() where name = '导出客户002'")
        conn.commit()
    return company


@pytest.fixture
def login(co: Company) -> Iterator[Any]:
    opened: list[Database] = []

    def connect(key: str) -> Database:
        db = Database.connect(co.url_for(key))
        opened.append(db)
        return db

    yield connect
    for db in opened:
        db.close()


def expected_ids(co: Company, key: str, level: str) -> list[int]:
    """The oracle's customers of `key` (from the org tree, not the scope machinery), by the same
    filter and in the list's order (credit limit, highest first, then id)."""
    with co.admin(autocommit=True) as conn:
        visible = Oracle(load_snapshot(conn)).customers(co.people[key])
        return [r[0] for r in conn.execute(
            "select id from sales.customers where id = any(%s) and archived_at is null and level = %s "
            "order by credit_limit desc nulls last, id desc", (list(visible), level))]


def customer_view(db: Database, query: CustomerQuery) -> ListView:
    source = ServiceSource(db, customers.list_customers, customers.count, customers.get_customer)
    return ListView(source, query, "credit_limit", True)


def screen_columns() -> list[ExportColumn]:
    return export_columns([c for c in customer_columns() if c.key in SHOWN])


@pytest.mark.parametrize("key", ["sp_e1a", "mgr_e"])
def test_the_export_holds_every_row_the_user_may_see_by_the_filter_in_order(
        co: Company, login: Any, key: str, tmp_path: Path) -> None:
    db = login(key)
    query = CustomerQuery(level="A")
    progress = Progress()
    path = tmp_path / "customers.xlsx"
    written = export_list(Token(), customer_view(db, query), [ID, *screen_columns()], path, progress,
                          page_size=7)  # several pages: the keyset cursor carries the export on
    want = expected_ids(co, key, "A")
    assert len(want) > 7 and written == progress.rows == len(want)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["id", *(c.title() for c in customer_columns() if c.key in SHOWN)]
    assert [int(r[0]) for r in sheet.iter_rows(min_row=2, values_only=True)] == want
    listed = {r.id: r for r in customers.list_customers(db, query, sort="credit_limit", descending=True,
                                                         limit=500).rows}
    for row in sheet.iter_rows(min_row=2):
        line = listed[int(row[0].value)]
        assert row[1].value == line.name and row[1].data_type == "s"  # "=HYPERLINK(…)" too: text
        assert row[3].value == line.phone and row[3].data_type == "s"
        assert Decimal(str(row[5].value)) == line.credit_limit.quantize(Decimal("0.01"))
        assert row[5].data_type == "n" and "¥" in row[5].number_format
        assert (row[6].value is None) == (line.last_contact_at is None)
        assert row[6].value is None or row[6].value.date() == line.last_contact_at.astimezone().date()
    if key == "sp_e1a":
        assert all(listed[i].owner_id == co.people["sp_e1a"] for i in want)  # a salesperson: own only
    else:
        assert co.customers["sp_n1a客户1"] not in want and len(want) > len(expected_ids(co, "sp_e1a", "A"))


def test_csv_export_of_the_manager_list(co: Company, login: Any, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    export_list(Token(), customer_view(login("mgr_e"), CustomerQuery(level="A")), [ID, *screen_columns()],
                path, page_size=11)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert [int(r[0]) for r in rows[1:]] == expected_ids(co, "mgr_e", "A")
    names = [r[1] for r in rows[1:]]
    assert any(n.startswith("导出客户") for n in names)
    assert all(n.startswith("'=HYPERLINK") for n in names if "HYPERLINK" in n)


class CancelAfterFirstPage:
    """A list source that cancels the export's token once it has served one page."""

    def __init__(self, inner: Any, token: Token) -> None:
        self.inner, self.token, self.pages = inner, token, 0

    def list(self, query: Any, **kwargs: Any) -> Any:
        self.pages += 1
        page = self.inner.list(query, **kwargs)
        self.token.cancelled = True
        return page


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_cancel_stops_paging_and_leaves_no_file(co: Company, login: Any, tmp_path: Path, suffix: str) -> None:
    token = Token()
    view = customer_view(login("mgr_e"), CustomerQuery())
    source = CancelAfterFirstPage(view.source, token)
    view.source = source
    with pytest.raises(ExportCancelled):
        export_list(token, view, [ID, *screen_columns()], tmp_path / f"customers.{suffix}", page_size=5)
    assert source.pages == 1 and list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_a_clear_error(co: Company, login: Any, tmp_path: Path) -> None:
    with pytest.raises(DocumentWriteError) as caught:
        export_list(Token(), customer_view(login("sp_e1a"), CustomerQuery()), [ID],
                    tmp_path / "missing" / "customers.xlsx")
    assert "customers.xlsx" in caught.value.text() and "could not be written" in caught.value.text()
