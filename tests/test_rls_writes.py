"""Adversarial suite, part 2: writing through the API. Every level tries every write on every
customer (its own, its team's, other regions', pools, shared ones) and the answer must be
the one the oracle's rules give: done, read-only (SD003), not yours to hand on (SD004), or
not found (P0002, exactly like a customer that does not exist). Runs on the shared company;
every statement is rolled back. Writes that must stick (and what they drop) are at the end,
on a company of their own."""

from __future__ import annotations

import pytest

from tests.factories import PEOPLE, Company
from tests.oracle import Oracle
from tests.rls_support import LEVELS, VIEWERS, Outcome, as_json, emp_id, oracle_for, outcome

OK = "ok"
NOT_FOUND = "P0002"


@pytest.fixture(scope="module")
def oracle(company: Company) -> Oracle:
    return oracle_for(company)


def answer(got: Outcome) -> str:
    """What the caller learnt: done, or the error class (P0002 always says just "record not found",
    or "referenced record not found" for a reference to a record the caller cannot see)."""
    if got.ok:
        return OK
    if got.sqlstate == NOT_FOUND:
        assert got.message in ("record not found", "referenced record not found"), got.message
    return got.sqlstate or "?"


def first_contact(company: Company, customer_id: int) -> int:
    with company.admin() as conn:
        row = conn.execute(
            "select min(id) from sales.contacts where customer_id = %s", (customer_id,)
        ).fetchone()
    assert row and row[0]
    return row[0]


def someone_else(company: Company, oracle: Oracle, customer: int, *avoid: int | None) -> int:
    """An active employee who is neither the customer's owner nor in `avoid` (another region if possible)."""
    owner = oracle.s.customer_owner.get(customer)
    for key in ("sp_n1a", "sp_e2a", "sp_e1b", "sup_n1"):
        e = company.people[key]
        if e != owner and e not in avoid:
            return e
    raise AssertionError("no one else")


# ---------------------------------------------------------------------------
# The whole matrix, from the oracle's rules
# ---------------------------------------------------------------------------


def expected_writes(o: Oracle, me: int | None, customer: int) -> dict[str, str]:
    if o.scope(me) is None:
        return dict.fromkeys(
            (
                "update",
                "archive",
                "transfer",
                "release",
                "claim",
                "share",
                "contact add",
                "contact edit",
                "contact delete",
            ),
            "42501",
        )
    visible = customer in o.customers(me)
    edit = customer in o.editable_customers(me)
    manage = customer in o.managed_customers(me)
    pooled = o.s.customer_owner[customer] is None
    claimable = pooled and o.s.customer_pool[customer] in o.pools(me)

    def gated(allowed: bool, refused: str) -> str:
        return NOT_FOUND if not visible else (OK if allowed else refused)

    return {
        "update": gated(edit, "SD003"),
        "archive": gated(edit, "SD003"),
        "transfer": gated(manage, "SD004"),
        "release": gated(manage, "SD004") if not (visible and manage and pooled) else "23514",
        "claim": OK if visible and claimable else NOT_FOUND,
        "share": gated(manage, "SD004"),
        # a contact's customer is a declared reference: a hidden customer answers like a missing
        # one (P0002); a visible one the caller may not edit is refused by its policy
        "contact add": gated(edit, "42501"),
        "contact edit": gated(edit, "SD003"),
        "contact delete": gated(edit, "SD003"),
    }


def try_writes(company: Company, oracle: Oracle, key: str, customer: int, contact: int) -> dict[str, str]:
    me = emp_id(company, key)
    other = someone_else(company, oracle, customer, me)
    with company.connect(key) as conn:
        calls = {
            "update": (
                "select api.record_update('customer', %s, null, %s)",
                (customer, as_json({"notes": "改"})),
            ),
            "archive": ("select api.record_archive('customer', %s)", (customer,)),
            "transfer": ("select api.record_transfer('customer', %s, %s, '调整')", (customer, other)),
            "release": ("select api.record_release('customer', %s, '放弃')", (customer,)),
            "claim": ("select api.record_claim('customer', %s)", (customer,)),
            "share": ("select api.record_share('customer', %s, %s, 'write')", (customer, other)),
            "contact add": (
                "select api.record_create('contact', %s)",
                (as_json({"customer_id": customer, "name": "新联系人"}),),
            ),
            "contact edit": (
                "select api.record_update('contact', %s, null, %s)",
                (contact, as_json({"title": "x"})),
            ),
            "contact delete": ("select api.record_delete('contact', %s)", (contact,)),
        }
        return {op: answer(outcome(conn, q, p)) for op, (q, p) in calls.items()}


@pytest.mark.parametrize("key", VIEWERS)
def test_every_write_on_every_customer_follows_the_rules(company: Company, oracle: Oracle, key: str) -> None:
    me = emp_id(company, key)
    wrong = {}
    for name, cid in company.customers.items():
        got = try_writes(company, oracle, key, cid, first_contact(company, cid))
        want = expected_writes(oracle, me, cid)
        if got != want:
            wrong[name] = {op: (got[op], want[op]) for op in got if got[op] != want[op]}
    assert wrong == {}, "(got, expected)"


@pytest.mark.parametrize("key", LEVELS)
def test_a_missing_customer_answers_like_a_hidden_one(company: Company, oracle: Oracle, key: str) -> None:
    with company.admin() as admin:
        missing, missing_contact = admin.execute(
            "select max(id) + 1000, (select max(id) + 1000 from sales.contacts) from sales.customers"
        ).fetchone()
    me = emp_id(company, key)
    hidden = [c for c in company.customers.values() if c not in oracle.customers(me)]
    assert hidden or oracle.scope(me) == "all"
    got_missing = try_writes(company, oracle, key, missing, missing_contact)
    for cid in hidden:
        assert try_writes(company, oracle, key, cid, first_contact(company, cid)) == got_missing
    if me is not None:
        assert set(got_missing.values()) == {NOT_FOUND}


def test_the_matrix_is_not_trivial(company: Company, oracle: Oracle) -> None:
    """Each answer of the rules occurs somewhere, so the matrix tests all of them."""
    seen = {
        v
        for key in PEOPLE
        for cid in company.customers.values()
        for v in expected_writes(oracle, company.people[key], cid).values()
    }
    assert seen == {OK, NOT_FOUND, "SD003", "SD004", "23514", "42501"}


# ---------------------------------------------------------------------------
# The rules spelled out (not through the oracle: the two could be wrong alike)
# ---------------------------------------------------------------------------

HAND_ON = [  # (who, call, customer, to, expected)
    ("sp_e1a", "transfer", "sp_e1a客户1", "sp_n1a", OK),  # M7: an owner hands a customer to another region
    ("sup_e1", "transfer", "sp_e1a客户1", "sp_n1a", OK),  # above the owner, to anyone active
    ("mgr_e", "transfer", "sp_e2a客户1", "sp_e1a", OK),
    ("director", "transfer", "sp_n1a客户1", "sp_e1a", OK),
    ("mgr_e", "transfer", "华东公海客户1", "sp_e1a", OK),  # the pool's manager
    ("director", "release", "sup_n1客户1", None, OK),
    ("asst_e1", "transfer", "sup_e1客户1", "asst_e1", "SD004"),  # a unit-scoped assistant, her supervisor's
    ("asst_e1", "transfer", "sp_e1a客户1", "asst_e1", "SD004"),  # ... and a peer's
    ("asst_e1", "release", "sp_e1b客户1", None, "SD004"),
    ("asst_e1", "share", "sp_e1b客户1", "asst_e1", "SD004"),
    ("sp_e1b", "transfer", "sp_e2a客户1", "sp_e1b", "SD004"),  # a write share edits, never hands on
    ("sp_e1b", "share", "sp_e2a客户1", "sp_e1a", "SD004"),
    ("sp_e1a", "share", "sp_n1a客户1", "sp_e1b", "SD004"),  # a read share either
    ("sp_e1a", "transfer", "华东公海客户1", "sp_e1a", "SD004"),  # a salesperson does not deal out the pool
    ("sup_e1", "share", "华东公海客户1", "sp_e1a", "SD004"),  # nor a supervisor (not unit_tree)
    ("mgr_e", "transfer", "总部公海客户1", "sp_e1a", "SD004"),  # a pool above one's unit is seen, not managed
    ("sup_e1", "transfer", "sp_e2a客户1", "sup_e1", NOT_FOUND),  # another team: hidden
    ("mgr_e", "release", "sp_n1a客户2", None, NOT_FOUND),
    ("sp_e1a", "transfer", "sp_e1a客户1", "sp_e1a", "23514"),  # to its owner
    ("sp_e1a", "share", "sp_e1a客户1", "sp_e1a", "23514"),  # an owner is never a share recipient
    ("sup_e1", "share", "sp_e1a客户1", "sp_e1a", "23514"),
    ("mgr_e", "release", "华东公海客户1", None, "23514"),  # already in a pool
]


@pytest.mark.parametrize(("key", "call", "customer", "to", "expected"), HAND_ON)
def test_who_may_hand_on(
    company: Company, key: str, call: str, customer: str, to: str | None, expected: str
) -> None:
    cid = company.customers[customer]
    query, params = {
        "transfer": (
            "select api.record_transfer('customer', %s, %s, '调整')",
            (cid, company.people.get(to or "")),
        ),
        "release": ("select api.record_release('customer', %s, '放弃')", (cid,)),
        "share": ("select api.record_share('customer', %s, %s, 'read')", (cid, company.people.get(to or ""))),
    }[call]
    with company.connect(key) as conn:
        got = outcome(conn, query, params)
    assert answer(got) == expected, got.message


CREATES = [  # (who, owner key or None, pool unit or None, expected)
    ("sp_e1a", "sp_e1a", None, OK),
    ("sp_e1a", None, "EAST", "42501"),  # salespeople do not add customers straight into a pool
    ("sp_e1a", None, "HQ", "42501"),
    ("sp_e1a", "sp_e1b", None, "42501"),
    ("sp_e1a", "sp_n1a", None, "42501"),
    ("sp_e1a", "sup_e1", None, "42501"),
    ("sp_e1a", None, "NORTH", "42501"),
    ("sup_e1", "sp_e1b", None, OK),
    ("sup_e1", None, "EAST", "42501"),
    ("sup_e1", "sp_e2a", None, "42501"),
    ("sup_e1", "mgr_e", None, "42501"),
    ("mgr_e", "sp_e2a", None, OK),
    ("mgr_e", None, "EAST", OK),  # the pool's manager
    ("mgr_e", None, "HQ", "42501"),
    ("mgr_e", "sp_n1a", None, "42501"),
    ("mgr_e", "director", None, "42501"),
    ("mgr_e", None, "NORTH", "42501"),
    ("asst_e1", "sp_e1a", None, OK),
    ("asst_e1", "sp_e2a", None, "42501"),
    ("sp_n1a", None, "EAST", "42501"),
    ("director", "sp_n1a", None, OK),
    ("admin", None, "NORTH", OK),
    ("outsider", "sp_e1a", None, "42501"),
    ("outsider", None, "HQ", "42501"),
]


@pytest.mark.parametrize(("key", "owner", "pool", "expected"), CREATES)
def test_creating_customers_inside_and_outside_scope(
    company: Company, key: str, owner: str | None, pool: str | None, expected: str
) -> None:
    values: dict[str, object] = {"name": "新客户"}
    if owner:
        values["owner_id"] = company.people[owner]
    if pool:
        values["pool_id"] = company.pools[pool]
    with company.connect(key) as conn:
        got = outcome(conn, "select api.record_create('customer', %s)", (as_json(values),))
        if got.ok:  # stamped by the database, not by the caller
            conn.execute("select api.record_create('customer', %s)", (as_json(values),))
            row = conn.execute(
                "select created_by_name, version, owner_id, pool_id from api.customer_get("
                "(select max(id) from api.customers))"
            ).fetchone()
            conn.rollback()
            assert row == (PEOPLE[key][3], 1, company.people.get(owner or ""), company.pools.get(pool or ""))
    assert answer(got) == expected, got.message
    if expected == "42501" and key != "outsider":
        assert "row-level security" in (got.message or "")


def test_a_customer_created_without_owner_is_the_callers(company: Company) -> None:
    with company.connect("sup_e1") as conn:
        new = conn.execute("select api.record_create('customer', '{\"name\": \"自己的\"}')").fetchone()[0]
        assert conn.execute("select owner_id from api.customer_get(%s)", (new,)).fetchone() == (
            company.people["sup_e1"],
        )
        conn.rollback()


@pytest.mark.parametrize("key", ["sp_e1a", "sup_e1", "director"])
def test_claim_takes_only_from_a_seen_pool(company: Company, oracle: Oracle, key: str) -> None:
    me = company.people[key]
    for name, cid in company.customers.items():
        if company.customer_pool[name] is None:
            continue
        with company.connect(key) as conn:
            got = outcome(conn, "select api.record_claim('customer', %s)", (cid,))
        assert answer(got) == (
            OK if company.pools[company.customer_pool[name]] in oracle.pools(me) else NOT_FOUND
        )


def test_unshare_by_recipient_and_by_who_hands_on_only(company: Company) -> None:
    cid, recipient = (
        company.customers["sp_e2a客户1"],
        company.people["sp_e1b"],
    )  # shared with sp_e1b for writing
    for key, expected in (
        ("sp_e1b", OK),
        ("sp_e2a", OK),
        ("sup_e2", OK),
        ("mgr_e", OK),
        ("sp_e1a", NOT_FOUND),
        ("asst_e1", NOT_FOUND),
        ("sp_n1a", NOT_FOUND),
    ):
        with company.connect(key) as conn:
            got = outcome(conn, "select api.record_unshare('customer', %s, %s)", (cid, recipient))
        assert answer(got) == expected, key


@pytest.mark.parametrize(
    ("access", "expires", "expected"),
    [
        ("read", "now() + interval '1 day'", OK),
        ("write", None, OK),
        ("read", "now() - interval '1 second'", "23514"),  # an end date in the past
        ("owner", None, "23514"),  # no such access
    ],
)
def test_share_values(company: Company, access: str, expires: str | None, expected: str) -> None:
    with company.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            f"select api.record_share('customer', %s, %s, %s, {expires or 'null'})",
            (company.customers["sp_e1a客户1"], company.people["sp_n1a"], access),
        )
    assert answer(got) == expected, got.message


def test_customers_are_archived_not_deleted(company: Company) -> None:
    with company.connect("director") as conn:
        got = outcome(conn, "select api.record_delete('customer', %s)", (company.customers["sp_e1a客户1"],))
    assert answer(got) == "SD005"


def test_a_reason_is_required(company: Company) -> None:
    with company.connect("sp_e1a") as conn:
        for reason in ("", "   ", None):
            got = outcome(
                conn,
                "select api.record_release('customer', %s, %s)",
                (company.customers["sp_e1a客户1"], reason),
            )
            assert answer(got) == "23514", reason


def test_stale_versions_conflict(company: Company) -> None:
    cid = company.customers["sp_e1a客户1"]
    with company.connect("sp_e1a") as conn:
        version = conn.execute("select version from api.record_rights('customer', %s)", (cid,)).fetchone()[0]
        for call in (
            "select api.record_update('customer', %s, %s, '{\"notes\": \"x\"}')",
            "select api.record_archive('customer', %s, %s)",
        ):
            assert answer(outcome(conn, call, (cid, version + 1))) == "SD002"
            assert answer(outcome(conn, call, (cid, version))) == OK


# ---------------------------------------------------------------------------
# Writes that stick: stamps, history, and what a hand-over drops
# ---------------------------------------------------------------------------


def shares_on(company: Company, customer: int) -> set[int]:
    with company.admin() as conn:
        return {
            r[0]
            for r in conn.execute(
                "select employee_id from sales.record_shares where kind = 'customer' and record_id = %s",
                (customer,),
            )
        }


@pytest.mark.parametrize(
    ("key", "call", "then"),
    [
        ("sp_e1a", "select api.record_transfer('customer', {id}, {to}, '调整')", NOT_FOUND),
        ("sup_e1", "select api.record_release('customer', {id}, '放弃')", "SD003"),  # in the pool sp_e1b sees
    ],
)
def test_a_hand_over_drops_every_share(fresh_company: Company, key: str, call: str, then: str) -> None:
    c = fresh_company
    cid = c.customers["sp_e1a客户1"]
    with c.connect("sp_e1a") as conn:
        conn.execute("select api.record_share('customer', %s, %s, 'write')", (cid, c.people["sp_e1b"]))
        conn.execute("select api.record_share('customer', %s, %s, 'read')", (cid, c.people["sp_n1a"]))
        conn.commit()
    assert shares_on(c, cid) == {c.people["sp_e1b"], c.people["sp_n1a"]}
    with c.connect(key) as conn:
        conn.execute(call.format(id=cid, to=c.people["sp_e2a"]))
        conn.commit()
    assert shares_on(c, cid) == set()
    with c.connect("sp_e1b") as conn:  # the write share is gone with it
        assert (
            answer(
                outcome(conn, "select api.record_update('customer', %s, null, '{\"notes\": \"x\"}')", (cid,))
            )
            == then
        )
    with c.admin() as conn:
        history = conn.execute(
            "select from_owner_id, to_owner_id, changed_by, reason from sales.ownership_history "
            "where record_id = %s",
            (cid,),
        ).fetchall()
    assert len(history) == 1 and history[0][0] == c.people["sp_e1a"] and history[0][2] == c.people[key]


def test_a_claim_drops_the_pool_shares(fresh_company: Company) -> None:
    c = fresh_company
    cid = c.customers["华东公海客户1"]
    with c.connect("mgr_e") as conn:
        conn.execute("select api.record_share('customer', %s, %s, 'write')", (cid, c.people["sp_n1a"]))
        conn.commit()
    with c.connect("sp_e1a") as conn:
        conn.execute("select api.record_claim('customer', %s)", (cid,))
        conn.commit()
        assert conn.execute("select owner_id, pool_id from api.customer_get(%s)", (cid,)).fetchone() == (
            c.people["sp_e1a"],
            None,
        )
    assert shares_on(c, cid) == set()


def test_transfer_to_a_leaver_or_a_stranger_is_refused(fresh_company: Company) -> None:
    c = fresh_company
    with c.admin() as conn:
        conn.execute(
            "update sales.employees set active = false, left_at = now() where id = %s", (c.people["sp_e2a"],)
        )
        conn.commit()
    with c.connect("sup_e1") as conn:
        for to in (c.people["sp_e2a"], 999999, None):
            got = outcome(
                conn,
                "select api.record_transfer('customer', %s, %s, '调整')",
                (c.customers["sp_e1a客户1"], to),
            )
            assert answer(got) == "23514", to
            got = outcome(
                conn, "select api.record_share('customer', %s, %s, 'read')", (c.customers["sp_e1a客户1"], to)
            )
            assert answer(got) in ("23514", "23502", "23503"), (to, got.message)


def test_an_archived_pool_record_cannot_be_claimed(fresh_company: Company) -> None:
    c = fresh_company
    cid = c.customers["华东公海客户1"]  # in the pool sp_e1a sees
    with c.admin() as admin:
        admin.execute("update sales.customers set archived_at = now() where id = %s", (cid,))
        admin.commit()
    for key in ("sp_e1a", "director"):
        with c.connect(key) as conn:
            got = outcome(conn, "select api.record_claim('customer', %s)", (cid,))
        assert got.sqlstate == "23514" and "archived" in (got.message or ""), (key, got)
    with c.admin() as admin:
        assert admin.execute("select owner_id, archived_at is not null from sales.customers where id = %s",
                             (cid,)).fetchone() == (None, True)
