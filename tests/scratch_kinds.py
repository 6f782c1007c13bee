"""Test-only record kinds, declared in a scratch company's database the way a new kind would be
(README "A new kind of record"), to prove the generic machinery on shapes the shipped kinds do
not have: an owned kind without a pool whose owner column is not `owner_id`, with references to
two other kinds that are not its parent (`t_visit`), and a third-level child (`t_contact_note`,
under contact, under customer). `declare_scratch_deals` adds an owned kind with a pool, shares,
archiving and filters of every column type (`t_deal`), seeded through the factories."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.factories import SALESPEOPLE, Company

STAMPS = ("version integer not null default 1, created_at timestamptz not null default now(), "
          "created_by bigint, updated_at timestamptz not null default now(), updated_by bigint")

DECLARE = """
set local role salesdesk_owner;
create table sales.t_visits (
    id bigint generated always as identity primary key,
    holder_id bigint references sales.employees (id),
    customer_id bigint not null references sales.customers (id),
    contact_id bigint references sales.contacts (id),
    subject text not null,
    {stamps});
call private.declare_kind('t_visit', 'sales.t_visits', null, p_owner_column => 'holder_id',
    p_shares => {shares},
    p_insertable => array['customer_id', 'contact_id', 'subject'],
    p_writable => array['customer_id', 'contact_id', 'subject']);
call private.declare_reference('t_visit', 'customer_id', 'customer');
call private.declare_reference('t_visit', 'contact_id', 'contact');
create table sales.t_contact_notes (
    id bigint generated always as identity primary key,
    contact_id bigint not null references sales.contacts (id) on delete cascade,
    body text not null,
    {stamps});
call private.declare_kind('t_contact_note', 'sales.t_contact_notes', null,
    p_parent_kind => 'contact', p_parent_column => 'contact_id',
    p_insertable => array['contact_id'], p_writable => array['body']);
"""


def declare_scratch_kinds(company: Company, *, visits_for: tuple[str, ...] = SALESPEOPLE,
                          visit_shares: bool = False) -> dict[str, int]:
    """Declare the test kinds and give each person in `visits_for` a visit to their first customer
    and its first contact (shareable with `visit_shares`). Returns the visit ids by person."""
    visits: dict[str, int] = {}
    with company.admin() as conn:
        conn.execute(DECLARE.format(stamps=STAMPS, shares=str(visit_shares).lower()))
        conn.execute("reset role")
        for key in visits_for:
            customer = company.customers[f"{key}客户1"]
            row = conn.execute(
                "insert into sales.t_visits (holder_id, customer_id, contact_id, subject) "
                "select %s, %s, min(id), '拜访' from sales.contacts where customer_id = %s returning id",
                (company.people[key], customer, customer)).fetchone()
            assert row
            visits[key] = row[0]
        conn.commit()
    return visits


DEALS = f"""
set local role salesdesk_owner;
create table sales.t_deals (
    id bigint generated always as identity primary key,
    seller_id bigint references sales.employees (id),
    pool_id bigint references sales.customer_pools (id),
    customer_id bigint not null references sales.customers (id),
    title text not null,
    amount numeric(14,2) not null,
    close_on date not null,
    won boolean not null,
    touched_at timestamptz not null,
    archived_at timestamptz,
    {STAMPS},
    check ((seller_id is null) <> (pool_id is null)));
call private.declare_kind('t_deal', 'sales.t_deals', null, p_owner_column => 'seller_id',
    p_pool_column => 'pool_id', p_shares => true, p_archivable => true,
    p_insertable => array['customer_id', 'title', 'amount', 'close_on', 'won', 'touched_at'],
    p_writable => array['title', 'amount', 'close_on', 'won', 'touched_at'],
    p_filters => array['customer_id', 'title', 'amount', 'close_on', 'won', 'touched_at']);
call private.declare_reference('t_deal', 'customer_id', 'customer');
"""


def declare_scratch_deals(company: Company) -> dict[str, int]:
    """Declare `t_deal` and seed it through `Company.add_record`: two deals per salesperson (on
    their first customer; the second won, archived, with other amounts and dates), one in the
    EAST pool and one shared for writing. Returns the deal ids by name."""
    deals: dict[str, int] = {}
    with company.admin() as conn:
        conn.execute(DEALS)
        conn.execute("reset role")
        for n, key in enumerate(SALESPEOPLE):
            customer = company.customers[f"{key}客户1"]
            deals[f"{key}商机1"] = company.add_record(conn, "t_deal", owner=key, customer_id=customer)
            deals[f"{key}商机2"] = company.add_record(
                conn, "t_deal", owner=key, customer_id=customer, title=f"{key}大单", amount=1000 + n,
                close_on=date(2026, 6, 1 + n), won=True, touched_at=datetime(2026, 5, 1, 9, n, tzinfo=UTC),
                archived_at=datetime(2026, 5, 2, tzinfo=UTC))
        deals["华东公海商机"] = company.add_record(
            conn, "t_deal", pool="EAST", customer_id=company.customers["华东公海客户1"])
        conn.execute("insert into sales.record_shares (kind, record_id, employee_id, access) "
                     "values ('t_deal', %s, %s, 'write')", (deals["sp_n1a商机1"], company.people["sp_e1b"]))
        conn.commit()
    return deals


SEARCHED = f"""
set local role salesdesk_owner;
create table sales.t_projects (
    id bigint generated always as identity primary key,
    holder_id bigint references sales.employees (id),
    title text not null,
    number text,
    phone text,
    {STAMPS});
call private.declare_kind('t_project', 'sales.t_projects', 't_projects', p_owner_column => 'holder_id',
    p_insertable => array['title', 'number', 'phone'], p_writable => array['title', 'number', 'phone'],
    p_sorts => '{{"updated_at": "updated_at", "number": "number"}}');
call private.declare_search('t_project', 'title', p_text => array['title', 'number'],
                            p_digits => array['phone'], p_pinyin => array['title']);
reset role;
-- its API from one column list: api.t_project_rows, api.t_project_list and the view api.t_projects
call private.declare_api('t_project', 'd',
    'd.id, d.title, d.number, d.phone, d.holder_id, e.name as holder_name, d.version',
    'left join sales.employees e on e.id = d.holder_id', 'd.name_sort, d.id');
"""


def declare_searched_kind(company: Company, deals: dict[str, tuple[str, str | None, str | None]]) -> None:
    """Declare `t_project`, an owned kind that declares its own search (title and number as text,
    phone as digits, the title's pinyin) and its API (private.declare_api), and add the deals:
    holder key -> (title, number, phone)."""
    with company.admin() as conn:
        conn.execute(SEARCHED)
        for key, (title, number, phone) in deals.items():
            conn.execute("insert into sales.t_projects (holder_id, title, number, phone) "
                         "values (%s, %s, %s, %s)", (company.people[key.split("#")[0]], title, number, phone))
        conn.commit()


APPROVED_ITEMS = f"""
set local role salesdesk_owner;
create table sales.t_items (
    id bigint generated always as identity primary key,
    holder_id bigint not null references sales.employees (id),
    title text not null,
    amount numeric(14,2) not null default 0,
    discount numeric(5,2) not null default 0,
    status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'rejected')),
    {STAMPS});
call private.declare_kind('t_item', 'sales.t_items', 't_items', p_owner_column => 'holder_id',
    p_insertable => array['title', 'amount', 'discount'], p_writable => array['title', 'amount', 'discount']);
-- the kind's hook: the final decision flips the record's status (a withdrawal makes it a draft again)
create function private.t_item_decided(p_request_id bigint, p_record_id bigint, p_state text) returns void
    language sql security definer set search_path = pg_catalog, pg_temp
as $$
    update sales.t_items set status = case p_state when 'withdrawn' then 'draft' else p_state end
    where id = p_record_id
$$;
revoke all on function private.t_item_decided(bigint, bigint, text) from public;
-- the one declaration that plugs the kind into the approvals
call private.declare_approval('t_item', 't_item', 'private.t_item_decided(bigint, bigint, text)');
reset role;
-- the kind's own submit: no rule applies = approved at once
set local role salesdesk_api;
create function api.t_item_submit(p_id bigint) returns bigint
    language plpgsql security definer set search_path = pg_catalog, pg_temp
as $$
declare
    t sales.t_items;
    req bigint;
begin
    perform private.require_employee();
    select * into t from sales.t_items where id = p_id;
    req := private.request_approval('t_item', p_id, t.amount, t.discount, null, t.title);
    update sales.t_items set status = case when req is null then 'approved' else 'submitted' end
    where id = p_id;
    return req;
end
$$;
revoke all on function api.t_item_submit(bigint) from public;
grant execute on function api.t_item_submit(bigint) to salesdesk_user;
reset role;
grant update (status) on sales.t_items to salesdesk_api;
"""


def declare_scratch_approvals(company: Company) -> None:
    """Declare `t_item`, an owned kind whose submit goes through the approvals
    (private.declare_approval) with a hook that flips the item's status."""
    with company.admin() as conn:
        conn.execute(APPROVED_ITEMS)
        conn.commit()
