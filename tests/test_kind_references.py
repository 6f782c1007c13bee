"""References between kinds (issue 12 §1): declared, checked by one generic trigger, attacked
from the registry; and the generic code that assumed a customer's shape (owner column, pools on
leave, the audit of children below the second level), proved on test-only kinds."""

from __future__ import annotations

import psycopg
import pytest

from salesdesk.admin import users
from salesdesk.admin.accounts import AccountError
from salesdesk.admin.cli import main
from tests.factories import PINNED_SEEDS, Company, build_small_company, seed_pipeline
from tests.reference_attacks import (
    attack_creates,
    attack_owner_on_create,
    attack_updates,
    references,
)
from tests.rls_support import LEVELS, as_json, oracle_for, record_kinds
from tests.scratch_kinds import declare_scratch_kinds


@pytest.fixture(scope="module")
def scratch(db_factory) -> Company:
    """The small company with its deals, rows of the other pipeline kinds (so that their references
    are attacked too) and the test-only kinds declared beside the shipped ones."""
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    declare_scratch_kinds(company)
    return company


@pytest.fixture
def fresh_scratch(db_factory) -> tuple[Company, dict[str, int]]:
    """Its own company with the pinned seeds: the leave tests count the records that move."""
    company = build_small_company(db_factory(), PINNED_SEEDS)
    return company, declare_scratch_kinds(company, visits_for=("sp_e1a", "sp_e2a"))


def test_every_reference_has_its_trigger_and_index(company: Company) -> None:
    with company.admin() as admin:
        refs = references(admin)
        missing = admin.execute(
            "select r.kind, r.column_name from private.kind_references r "
            "join private.record_kinds k on k.kind = r.kind "
            "where not exists (select 1 from pg_trigger t where t.tgrelid = k.table_name "
            "                  and t.tgname = 'check_reference_' || r.column_name and t.tgenabled = 'O') "
            "   or not exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid "
            "                  and a.attnum = i.indkey[0] "
            "                  where i.indrelid = k.table_name and a.attname = r.column_name)").fetchall()
    assert ("contact", "customer_id", "customer") in [(r.kind.kind, r.column, r.target.kind) for r in refs]
    assert missing == []


@pytest.mark.parametrize("key", LEVELS)
def test_creates_pointing_at_hidden_records_answer_like_missing_ones(scratch: Company, key: str) -> None:
    with scratch.admin() as admin:
        refs = references(admin)
    assert len(refs) >= 3
    problems = {f"{r.kind.kind}.{r.column}": attack_creates(scratch, key, r) for r in refs}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("key", LEVELS)
def test_updates_pointing_at_hidden_records_answer_like_missing_ones(scratch: Company, key: str) -> None:
    with scratch.admin() as admin:
        refs = references(admin)
    problems = {f"{r.kind.kind}.{r.column}": attack_updates(scratch, key, r) for r in refs}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("key", LEVELS)
def test_top_level_creates_are_refused_for_owners_out_of_scope(
        scratch: Company, key: str) -> None:
    with scratch.admin() as admin:
        kinds = [k for k in record_kinds(admin) if k.parent_kind is None]
    assert len(kinds) >= 2
    allowed = oracle_for(scratch).visible_owners(scratch.people.get(key))
    problems = {k.kind: attack_owner_on_create(scratch, key, k, allowed) for k in kinds}
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_attacks_find_a_reference_left_unchecked(fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    """The attacks are not vacuous: without the generic check a hidden customer is written."""
    company, _ = fresh_scratch
    with company.admin() as admin:
        admin.execute("alter table sales.t_visits disable trigger check_reference_customer_id")
        admin.commit()
        ref = next(r for r in references(admin) if (r.kind.kind, r.column) == ("t_visit", "customer_id"))
    assert attack_creates(company, "sp_e1a", ref) == ["hidden: a row was written"]
    assert attack_updates(company, "sp_e1a", ref) == ["the reference was changed"]


def test_a_reference_left_unchanged_is_not_checked_again(
        fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    """Saving other fields of a record whose referenced record moved out of sight still works."""
    company, visits = fresh_scratch
    with company.connect("sup_e1") as conn:  # moves sp_e1a's customer to the other region
        conn.execute("select api.record_transfer('customer', %s, %s, '调整')",
                     (company.customers["sp_e1a客户1"], company.people["sp_n1a"]))
    with company.connect("sp_e1a") as conn:
        conn.execute("select api.record_update('t_visit', %s, null, %s)",
                     (visits["sp_e1a"], as_json({"subject": "回访",
                                                 "customer_id": company.customers["sp_e1a客户1"]})))
    with company.admin() as admin:
        assert admin.execute("select subject from sales.t_visits where id = %s",
                             (visits["sp_e1a"],)).fetchone() == ("回访",)


# ---------------------------------------------------------------------------
# Handover on leave, per kind; the declared owner column
# ---------------------------------------------------------------------------

def _leave(company: Company, key: str) -> users.LeaveResult:
    with company.admin() as conn:
        return users.leave(conn, company.login(key), None)


def test_a_kind_without_a_pool_does_not_block_leaving_for_those_who_own_none(
        fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    company, _ = fresh_scratch
    result = _leave(company, "sp_e1b")  # owns customers, no visit
    # follow-ups and deals go to the manager: they are not "moved" (and none were owned)
    assert result.moved == {"customer": 3, "lead": 0, "t_visit": 0} and result.to_manager == {}


def test_a_kind_without_a_pool_needs_a_successor_from_those_who_own_some(
        fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    company, visits = fresh_scratch
    with pytest.raises(AccountError, match="^cannot hand over .*_sp_e1a's records: records of kind t_visit "
                                          "need a successor$"):
        _leave(company, "sp_e1a")
    with company.admin() as admin:  # nothing moved, still here
        assert admin.execute("select holder_id from sales.t_visits where id = %s",
                             (visits["sp_e1a"],)).fetchone() == (company.people["sp_e1a"],)
        assert admin.execute("select active from sales.employees where id = %s",
                             (company.people["sp_e1a"],)).fetchone() == (True,)


def test_a_kind_declared_to_go_to_the_manager_goes_there_on_leave(
        fresh_scratch: tuple[Company, dict[str, int]], capsys: pytest.CaptureFixture[str]) -> None:
    company, visits = fresh_scratch
    with company.admin() as admin:
        admin.execute("call private.declare_handover('t_visit', 'manager')")
        admin.commit()
    capsys.readouterr()
    assert main(["user", "leave", "--dsn", company.admin_url, "--login", company.login("sp_e1a"),
                 "--to-pool"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        f"{company.login('sp_e1a')} has left: moved 3 customers to the pool of {company.tag}_EAST, "
        f"1 t_visit to {company.login('sup_e1')} (recorded in the ownership history)")
    with company.admin() as admin:
        assert admin.execute("select holder_id from sales.t_visits where id = %s",
                             (visits["sp_e1a"],)).fetchone() == (company.people["sup_e1"],)
        assert admin.execute("select from_owner_id, to_owner_id from sales.ownership_history "
                             "where kind = 't_visit' and record_id = %s", (visits["sp_e1a"],)).fetchall() == [
            (company.people["sp_e1a"], company.people["sup_e1"])]


def test_record_owner_reads_the_declared_owner_column(fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    company, visits = fresh_scratch
    with company.admin() as admin:
        assert admin.execute("select private.record_owner('t_visit', %s)",
                             (visits["sp_e2a"],)).fetchone() == (company.people["sp_e2a"],)


# ---------------------------------------------------------------------------
# Children at any depth: audited under their own kind, filed under their top-level record
# ---------------------------------------------------------------------------

def test_a_third_level_child_is_audited_under_its_own_kind_and_read_with_its_customer(
        fresh_scratch: tuple[Company, dict[str, int]]) -> None:
    company, _ = fresh_scratch
    customer = company.customers["sp_e1a客户1"]
    with company.admin() as admin:
        contact = admin.execute("select min(id) from sales.contacts where customer_id = %s",
                                (customer,)).fetchone()[0]
    with company.connect("sp_e1a") as conn:
        note = conn.execute("select api.record_create('t_contact_note', %s)",
                            (as_json({"contact_id": contact, "body": "喜欢喝茶"}),)).fetchone()[0]
    with company.admin() as admin:
        filed = admin.execute("select kind, root_kind, root_id, owner_id from sales.audit_log "
                              "where kind = 't_contact_note' and record_id = %s", (note,)).fetchall()
    assert filed == [("t_contact_note", "customer", customer, company.people["sp_e1a"])]
    for key in ("sp_e1a", "sup_e1"):  # the owner and the owner's supervisor read it with the customer
        with company.connect(key) as conn:
            kinds = {r[0] for r in conn.execute("select kind from api.record_audit('customer', %s)",
                                                 (customer,))}
        assert "t_contact_note" in kinds, key
    with company.connect("sp_n1a") as conn:  # someone who does not see the customer does not
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("select kind from api.record_audit('customer', %s)", (customer,))
