"""services/kind_service.KindService, which leads, follow-ups and deals declare themselves on: a
re-read list line is the list's line (rights and access as the list gives them), bad sorts and
filter values are refused before the database, errors name the kind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from salesdesk.db.session import Database
from salesdesk.services import followups, leads, opportunities
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.kind_service import BAD_FILTER, BAD_SORT, KindService
from salesdesk.services.validation import Text
from tests.factories import Company, build_small_company, seed_pipeline
from tests.scratch_kinds import declare_searched_kind


@pytest.fixture
def dbs(db_factory) -> Iterator[dict[str, Database]]:
    """A company with a deal per salesperson and the pipeline seeds."""
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    opened = {key: Database.connect(company.url_for(key)) for key in ("sp_e1a", "sup_e1", "director")}
    yield opened
    for db in opened.values():
        db.close()


def test_a_re_read_line_is_the_lists_line(dbs: dict[str, Database]) -> None:
    """Before, a re-read lead line said access None (or "pool") whatever the list said, and a
    re-read follow-up or deal had no rights at all: the list's actions then changed after a save."""
    checked = 0
    for db in dbs.values():
        for list_fn, get_line in ((leads.list_leads, leads.get_lead_line),
                                  (followups.list_followups, followups.get_followup),
                                  (opportunities.list_opportunities, opportunities.get_opportunity_row)):
            for line in list_fn(db).rows:
                assert get_line(db, line.id) == line
                checked += 1
    assert checked >= 15


def test_bad_sorts_and_filter_values_are_refused_with_the_field_named(dbs: dict[str, Database]) -> None:
    db = dbs["sp_e1a"]
    with pytest.raises(ValidationError) as err:
        leads.list_leads(db, sort="phone")
    assert set(err.value.fields) == {"sort"} and BAD_SORT in str(err.value.fields["sort"])
    with pytest.raises(ValidationError) as err:
        followups.count_followups(db, {"eq": {"kind": "fax"}})
    assert set(err.value.fields) == {"kind"} and BAD_FILTER in str(err.value.fields["kind"])


def test_hidden_and_missing_records_are_not_found_naming_the_kind(dbs: dict[str, Database]) -> None:
    north = next(r.id for r in leads.list_leads(dbs["director"], {"search": "华北公海线索1"}).rows)
    for lead_id in (north, -1):
        with pytest.raises(NotFoundError) as err:
            leads.get_lead_line(dbs["sp_e1a"], lead_id)
        assert err.value.kind == "lead"
    with pytest.raises(NotFoundError):
        opportunities.get_opportunity_row(dbs["sp_e1a"], -1)


SERVICES = (leads.LEADS, followups.FOLLOWUPS, opportunities.DEALS)


def api_columns(conn: object, function: str) -> set[str]:
    result = conn.execute("select pg_get_function_result(%s::regproc)", (function,)).fetchone()[0]  # type: ignore[attr-defined]
    return {part.strip().split()[0] for part in result.removeprefix("TABLE(").removesuffix(")").split(",")}


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.kind)
def test_a_kinds_dataclasses_are_checked_against_its_api_columns(company: Company, service: object) -> None:
    """A line's fields are columns of api.<kind>_list, a record's of the function it is read with
    (STYLE 17: a dataclass derives from the kind's column list or is checked against it)."""
    from dataclasses import MISSING, fields

    kind, reader = service.kind, service.reader  # type: ignore[attr-defined]
    with company.admin() as conn:
        listed = api_columns(conn, f"api.{kind}_list")
        read = api_columns(conn, f"api.{kind}_get" if reader == "get" else f"api.{kind}_rows")
    assert {f.name for f in fields(service.line)} <= listed  # type: ignore[attr-defined]
    for cls, columns in ((service.line, listed), (service.record, read)):  # type: ignore[attr-defined]
        required = {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}
        assert required <= columns, (cls.__name__, required - columns)


@dataclass(frozen=True)
class Project:
    """The scratch kind t_project's line and record (tests/scratch_kinds.SEARCHED)."""

    id: int
    title: str
    number: str | None
    holder_name: str | None
    version: int
    can_edit: bool | None = None
    can_manage: bool | None = None
    access: str | None = None


PROJECTS: KindService[Project, Project] = KindService(
    "t_project", line=Project, record=Project, spec={"title": Text(required=True, max_length=200),
                                                     "number": Text(max_length=20)},
    sorts=("name", "number"), pick=("title", ("number",)))


def test_a_plain_owned_kind_is_served_by_its_declarations_and_one_service_declaration(
        fresh_company: Company) -> None:
    """A kind declared in SQL only (table, declare_kind, declare_search, declare_api with p_get) gets
    its list, count, read, create, save and picker search from one KindService line, as its
    owner and as someone out of scope see it."""
    declare_searched_kind(fresh_company, {"sp_e1a": ("阿里云扩容", "P-1", None)})
    with fresh_company.admin() as conn:
        conn.execute("call private.declare_api('t_project', 'd', 'd.id, d.title, d.number, d.phone, "
                     "d.holder_id, e.name as holder_name, d.version', "
                     "'left join sales.employees e on e.id = d.holder_id', 'd.name_sort, d.id', "
                     "p_get => true)")
        conn.commit()
    me, other = (Database.connect(fresh_company.url_for(k)) for k in ("sp_e1a", "sp_n1a"))
    try:
        new = PROJECTS.create(me, {"title": " 华为技术服务 ", "number": "P-2"})
        assert (new.title, new.holder_name, new.access, new.can_edit) == (
            "华为技术服务", "赵一", "owner", True)
        saved = PROJECTS.save(me, new.id, new.version, {"number": "P-3"})
        assert (saved.number, saved.version) == ("P-3", new.version + 1)
        page = PROJECTS.list(me, sort="number", descending=True)
        assert [r.title for r in page.rows] == ["华为技术服务", "阿里云扩容"]
        assert PROJECTS.count(me).n == 2 and PROJECTS.get_line(me, new.id) == PROJECTS.list(me).rows[1]
        assert [(p.text, p.detail) for p in PROJECTS.search(me, "hwjs")] == [("华为技术服务", "P-3")]
        with pytest.raises(ValidationError):
            PROJECTS.create(me, {"number": "P-4"})
        assert PROJECTS.list(other).rows == ()
        with pytest.raises(NotFoundError):
            PROJECTS.get(other, new.id)
    finally:
        me.close()
        other.close()
