-- 0040 Customer analysis (issue 15 §4): each customer's money, profit contribution, contact,
-- purchasing power, credit rating and relationship level; its last 12 months; roll-ups by owner,
-- unit and company; ABC (Pareto) classes and RFM-style segments.
--
-- 1. Scope: every figure is read by the API role through row-level security (the private
--    functions are not security definers): a customer, contract, payment, invoice, expense or
--    follow-up the caller may not see counts nowhere. Python only shows what comes back.
-- 2. Money is numeric end to end, each figure rounded to the fen (2 places); ratios to 4 places,
--    scores (0–100) to 2 places. `p_today` is always a parameter, so tests and reports fix it.
-- 3. Cost: product cost reads sales.product_costs, which only see_cost reads (sql/0016). The same
--    check (private.has_permission('see_cost')) nulls product cost AND profit contribution for
--    anyone else, so the cost cannot be recovered as revenue − expenses − profit.
-- 4. Formulas (also in COMMENT ON private.customer_figures and README "Customer analysis"):
--    contract amount  = Σ total_amount (incl. tax) of the customer's counting contracts
--                       (approved / in effect / fulfilled);
--    revenue          = Σ amount (excl. tax) of those contracts;
--    received         = Σ approved payments on them; receivable = contract amount − received;
--    invoiced         = Σ invoices (incl. tax) on them;
--    expenses         = Σ approved, not archived expenses linked to the customer;
--    product cost     = Σ over the contracts' lines of quantity × cost price (a product without a
--                       cost price counts 0), only for see_cost;
--    profit           = revenue − product cost − expenses, only for see_cost;
--    contact frequency= follow-ups in the 12 months up to p_today ÷ 12 (per month);
--    recency          = days from the last follow-up (up to p_today) to p_today;
--    purchasing power = Σ total_amount of counting contracts approved in the 12 months up to p_today;
--    punctuality P    = Σ instalment amount paid by its due date ÷ Σ amount of the instalments due
--                       up to p_today (approved payments received by the due date, allocated oldest
--                       due first, as the ageing does); 1 when nothing was due yet;
--    overdue history L= instalments due up to p_today not fully paid by their due date ÷ those due;
--    credit use U     = receivable ÷ credit limit (no limit: 0 with nothing receivable, else 1);
--    credit score     = 100 × (0.5 P + 0.3 (1 − L) + 0.2 (1 − min(1, U))); A ≥ 85, B ≥ 70, C ≥ 50, D;
--    relationship     = 40 min(1, follow-ups in 12 months ÷ 12) + 30 max(0, 1 − recency ÷ 180)
--                       + 30 min(1, counting contracts ÷ 3); strategic ≥ 75, close ≥ 50,
--                       ordinary ≥ 25, distant below;
--    RFM segment      = R (days since the last counting contract was approved: 3 ≤ 90, 2 ≤ 180,
--                       else 1), F (contracts approved in 12 months: 3 if ≥ 3, 2 if ≥ 1, else 1),
--                       M (purchasing power: 3 ≥ ¥1,000,000, 2 ≥ ¥100,000, 1 above 0, else 0):
--                       prospect (never bought), champion (R = 3, F + M ≥ 5), loyal (R ≥ 2,
--                       F + M ≥ 4), at_risk (R = 1, F + M ≥ 3), new (R ≥ 2), lost (the rest);
--    ABC class        = by revenue among the customers the caller sees, largest first: A while the
--                       revenue before it is under 80 % of the total, B under 95 %, else C (and C
--                       for no revenue).
-- 5. Sorting: the figures are computed per query from the money rows (nothing is stored), so
--    they cannot be index-backed sorts of the customer list at 1M customers; they sort on the
--    analysis page, which reads them for the caller's scope (p_limit rows, largest first).
set local role salesdesk_owner;

create or replace function private.customer_figures(p_today date, p_customer_id bigint)
    returns table (customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, credit_limit numeric, contracts integer,
                   contract_amount numeric, revenue numeric, received numeric, receivable numeric,
                   invoiced numeric, expenses numeric, product_cost numeric, profit numeric,
                   followups_12m integer, contact_frequency numeric, last_contact_on date,
                   recency_days integer, last_order_on date, orders_12m integer,
                   purchasing_power numeric, punctuality numeric, overdue_share numeric,
                   credit_use numeric, credit_score numeric, credit_rating text,
                   relationship_score numeric, relationship_level text, rfm_segment text)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with cu as (
        select c.id, c.name, c.owner_id, c.credit_limit,
               coalesce(e.unit_id, pl.unit_id) as unit_id, e.name as owner_name
        from sales.customers c
            left join sales.employees e on e.id = c.owner_id
            left join sales.customer_pools pl on pl.id = c.pool_id
        where (p_customer_id is null and c.archived_at is null) or c.id = p_customer_id  -- asked for: even archived
    ), k as (
        select k.id, k.customer_id, k.amount, k.total_amount, k.approved_at::date as approved_on
        from sales.contracts k join cu on cu.id = k.customer_id
        where private.contract_counts(k.status)
    ), money as (
        select k.customer_id, count(*)::integer as contracts,
               sum(k.total_amount) as contract_amount, sum(k.amount) as revenue,
               sum(coalesce(pa.received, 0)) as received, sum(coalesce(iv.invoiced, 0)) as invoiced,
               sum(coalesce(cost.cost, 0)) as cost,
               max(k.approved_on) filter (where k.approved_on <= p_today) as last_order_on,
               count(*) filter (where k.approved_on > (p_today - interval '12 months')::date
                                  and k.approved_on <= p_today)::integer as orders_12m,
               coalesce(sum(k.total_amount) filter (where k.approved_on > (p_today - interval '12 months')::date
                                                      and k.approved_on <= p_today), 0) as power
        from k
            left join lateral (select sum(p.amount) as received from sales.payments p
                               where p.contract_id = k.id and p.status = 'approved') pa on true
            left join lateral (select sum(v.total_amount) as invoiced from sales.invoices v
                               where v.contract_id = k.id) iv on true
            left join lateral (select sum(l.quantity * coalesce(pc.cost_price, 0)) as cost
                               from sales.contract_lines l
                                   left join sales.product_costs pc on pc.product_id = l.product_id
                               where l.contract_id = k.id) cost on true
        group by k.customer_id
    ), due as (
        select i.contract_id, i.amount,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) - i.amount as before,
               (select coalesce(sum(p.amount), 0) from sales.payments p
                where p.contract_id = i.contract_id and p.status = 'approved'
                  and p.received_on <= i.due_on) as paid_by_due,
               i.due_on
        from k join sales.instalments i on i.contract_id = k.id
    ), punctual as (
        select k.customer_id, sum(d.amount) as due_amount,
               sum(greatest(0, least(d.amount, d.paid_by_due - d.before))) as on_time,
               count(*) as due_count,
               count(*) filter (where d.paid_by_due - d.before < d.amount) as late_count
        from due d join k on k.id = d.contract_id
        where d.due_on <= p_today
        group by k.customer_id
    ), spent as (
        select x.customer_id, sum(x.amount) as expenses
        from sales.expenses x join cu on cu.id = x.customer_id
        where x.status = 'approved' and x.archived_at is null
        group by x.customer_id
    ), touch as (
        select f.customer_id, max(f.happened_at::date) as last_on,
               count(*) filter (where f.happened_at::date > (p_today - interval '12 months')::date)::integer as n12
        from sales.followups f join cu on cu.id = f.customer_id
        where f.archived_at is null and f.happened_at::date <= p_today
        group by f.customer_id
    ), base as (
        select cu.*, ou.name as unit_name, private.has_permission('see_cost') as see_cost,
               coalesce(m.contracts, 0) as contracts, round(coalesce(m.contract_amount, 0), 2) as contract_amount,
               round(coalesce(m.revenue, 0), 2) as revenue, round(coalesce(m.received, 0), 2) as received,
               round(coalesce(m.invoiced, 0), 2) as invoiced, round(coalesce(m.cost, 0), 2) as cost,
               round(coalesce(s.expenses, 0), 2) as expenses, m.last_order_on,
               coalesce(m.orders_12m, 0) as orders_12m, round(coalesce(m.power, 0), 2) as power,
               coalesce(t.n12, 0) as n12, t.last_on, p_today - t.last_on as recency,
               case when coalesce(pu.due_amount, 0) = 0 then 1::numeric
                    else pu.on_time / pu.due_amount end as p,
               case when coalesce(pu.due_count, 0) = 0 then 0::numeric
                    else pu.late_count::numeric / pu.due_count end as l
        from cu
            left join sales.org_units ou on ou.id = cu.unit_id
            left join money m on m.customer_id = cu.id
            left join spent s on s.customer_id = cu.id
            left join touch t on t.customer_id = cu.id
            left join punctual pu on pu.customer_id = cu.id
    ), derived as (
        select b.*, b.contract_amount - b.received as receivable,
               case when b.credit_limit > 0 then (b.contract_amount - b.received) / b.credit_limit
                    when b.contract_amount - b.received > 0 then 1::numeric else 0::numeric end as u,
               case when b.last_order_on is null then null
                    when p_today - b.last_order_on <= 90 then 3 when p_today - b.last_order_on <= 180 then 2
                    else 1 end as r,
               case when b.orders_12m >= 3 then 3 when b.orders_12m >= 1 then 2 else 1 end as f,
               case when b.power >= 1000000 then 3 when b.power >= 100000 then 2
                    when b.power > 0 then 1 else 0 end as mo
        from base b
    ), scored as (
        select d.*,
               round(100 * (0.5 * d.p + 0.3 * (1 - d.l) + 0.2 * (1 - least(1, d.u))), 2) as credit,
               round(40 * least(1, d.n12 / 12.0)
                     + 30 * case when d.recency is null then 0 else greatest(0, 1 - d.recency / 180.0) end
                     + 30 * least(1, d.contracts / 3.0), 2) as relation
        from derived d
    )
    select s.id, s.name, s.owner_id, s.owner_name, s.unit_id, s.unit_name, s.credit_limit, s.contracts,
           s.contract_amount, s.revenue, s.received, s.receivable, s.invoiced, s.expenses,
           case when s.see_cost then s.cost end,
           case when s.see_cost then s.revenue - s.cost - s.expenses end,
           s.n12, round(s.n12 / 12.0, 2), s.last_on, s.recency, s.last_order_on, s.orders_12m, s.power,
           round(s.p, 4), round(s.l, 4), round(s.u, 4), s.credit,
           case when s.credit >= 85 then 'A' when s.credit >= 70 then 'B' when s.credit >= 50 then 'C' else 'D' end,
           s.relation,
           case when s.relation >= 75 then 'strategic' when s.relation >= 50 then 'close'
                when s.relation >= 25 then 'ordinary' else 'distant' end,
           case when s.r is null then 'prospect'
                when s.r = 3 and s.f + s.mo >= 5 then 'champion'
                when s.r >= 2 and s.f + s.mo >= 4 then 'loyal'
                when s.r = 1 and s.f + s.mo >= 3 then 'at_risk'
                when s.r >= 2 then 'new'
                else 'lost' end
    from scored s
$$;

comment on function private.customer_figures(date, bigint) is
'A customer''s analysis figures as of p_today, for the customers the caller sees (row-level security). '
'Money rounded to the fen. contract_amount = Σ total (incl. tax) of counting contracts (approved, in '
'effect, fulfilled); revenue = Σ their amount excl. tax; received = Σ approved payments; receivable = '
'contract_amount − received; invoiced = Σ invoices; expenses = Σ approved expenses linked to the '
'customer; product_cost = Σ line quantity × cost price (see_cost only, else null); profit = revenue − '
'product_cost − expenses (see_cost only, else null); contact_frequency = follow-ups in the 12 months '
'up to p_today ÷ 12; recency_days = p_today − last follow-up; purchasing_power = Σ total of contracts '
'approved in the 12 months up to p_today; punctuality P = instalment amount paid by its due date ÷ '
'amount due up to p_today (1 if none due); overdue_share L = due instalments not paid in full by their '
'due date ÷ due instalments; credit_use U = receivable ÷ credit limit (no limit: 1 if anything is '
'receivable, else 0); credit_score = 100 (0.5 P + 0.3 (1 − L) + 0.2 (1 − min(1, U))), rating A ≥ 85, '
'B ≥ 70, C ≥ 50, else D; relationship_score = 40 min(1, follow-ups in 12 months ÷ 12) + 30 max(0, 1 − '
'recency ÷ 180) + 30 min(1, contracts ÷ 3), level strategic ≥ 75, close ≥ 50, ordinary ≥ 25, else '
'distant; rfm_segment from R (days since last order ≤ 90: 3, ≤ 180: 2, else 1), F (orders in 12 '
'months ≥ 3: 3, ≥ 1: 2, else 1), M (purchasing power ≥ 1,000,000: 3, ≥ 100,000: 2, > 0: 1, else 0): '
'prospect (never ordered), champion (R = 3, F + M ≥ 5), loyal (R ≥ 2, F + M ≥ 4), at_risk (R = 1, '
'F + M ≥ 3), new (R ≥ 2), lost.';

-- The caller's customers with their figures, ABC class and rank (largest first by p_sort).
create or replace function private.customer_analysis_rows(p_today date)
    returns table (customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, credit_limit numeric, contracts integer,
                   contract_amount numeric, revenue numeric, received numeric, receivable numeric,
                   invoiced numeric, expenses numeric, product_cost numeric, profit numeric,
                   followups_12m integer, contact_frequency numeric, last_contact_on date,
                   recency_days integer, last_order_on date, orders_12m integer,
                   purchasing_power numeric, punctuality numeric, overdue_share numeric,
                   credit_use numeric, credit_score numeric, credit_rating text,
                   relationship_score numeric, relationship_level text, rfm_segment text,
                   revenue_share numeric, abc_class text)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select f.*, round(coalesce(f.revenue / nullif(sum(f.revenue) over (), 0), 0), 4),
           case when f.revenue <= 0 then 'C'
                when coalesce(sum(f.revenue) over w - f.revenue, 0) < 0.80 * sum(f.revenue) over () then 'A'
                when coalesce(sum(f.revenue) over w - f.revenue, 0) < 0.95 * sum(f.revenue) over () then 'B'
                else 'C' end
    from private.customer_figures(p_today, null) f
    window w as (order by f.revenue desc, f.customer_id rows between unbounded preceding and current row)
$$;

-- The months of the 12 ending with p_today's: contracts approved, payments received, invoices issued,
-- and the receivable's change (contracts − received), for one customer or all the caller sees.
create or replace function private.customer_months(p_today date, p_customer_id bigint)
    returns table (month date, contract_amount numeric, received numeric, invoiced numeric,
                   receivable_change numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with months as (
        select generate_series(date_trunc('month', p_today) - interval '11 months',
                               date_trunc('month', p_today), interval '1 month')::date as month
    ), k as (
        select k.id, k.total_amount, k.approved_at::date as approved_on
        from sales.contracts k join sales.customers c on c.id = k.customer_id
        where private.contract_counts(k.status)
          and ((p_customer_id is null and c.archived_at is null) or k.customer_id = p_customer_id)
    ), flows as (
        select date_trunc('month', k.approved_on)::date as month, k.total_amount as signed,
               0::numeric as paid, 0::numeric as billed
        from k where k.approved_on <= p_today
        union all
        select date_trunc('month', p.received_on)::date, 0, p.amount, 0
        from k join sales.payments p on p.contract_id = k.id
        where p.status = 'approved' and p.received_on <= p_today
        union all
        select date_trunc('month', v.issued_on)::date, 0, 0, v.total_amount
        from k join sales.invoices v on v.contract_id = k.id
        where v.issued_on <= p_today
    )
    select m.month, round(coalesce(sum(f.signed), 0), 2), round(coalesce(sum(f.paid), 0), 2),
           round(coalesce(sum(f.billed), 0), 2), round(coalesce(sum(f.signed) - sum(f.paid), 0), 2)
    from months m left join flows f on f.month = m.month
    group by m.month
    order by m.month
$$;

revoke all on function private.customer_figures(date, bigint), private.customer_analysis_rows(date),
    private.customer_months(date, bigint) from public;
grant execute on function private.customer_figures(date, bigint), private.customer_analysis_rows(date),
    private.customer_months(date, bigint) to salesdesk_api;

reset role;
set local role salesdesk_api;

-- One customer's figures (the 360° page); hidden and missing answer alike (P0002).
create or replace function api.customer_figures(p_customer_id bigint, p_today date)
    returns table (customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, credit_limit numeric, contracts integer,
                   contract_amount numeric, revenue numeric, received numeric, receivable numeric,
                   invoiced numeric, expenses numeric, product_cost numeric, profit numeric,
                   followups_12m integer, contact_frequency numeric, last_contact_on date,
                   recency_days integer, last_order_on date, orders_12m integer,
                   purchasing_power numeric, punctuality numeric, overdue_share numeric,
                   credit_use numeric, credit_score numeric, credit_rating text,
                   relationship_score numeric, relationship_level text, rfm_segment text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.customer_figures(p_today, p_customer_id);
end
$$;

-- The customers the caller sees with their figures, sorted by p_sort (largest first, then by id),
-- at most p_limit (1–5000) rows; the ABC class is over all of them.
create or replace function api.customer_analysis(p_today date, p_sort text default 'revenue',
                                                 p_limit integer default 500)
    returns table (customer_id bigint, customer_name text, owner_id bigint, owner_name text,
                   unit_id bigint, unit_name text, credit_limit numeric, contracts integer,
                   contract_amount numeric, revenue numeric, received numeric, receivable numeric,
                   invoiced numeric, expenses numeric, product_cost numeric, profit numeric,
                   followups_12m integer, contact_frequency numeric, last_contact_on date,
                   recency_days integer, last_order_on date, orders_12m integer,
                   purchasing_power numeric, punctuality numeric, overdue_share numeric,
                   credit_use numeric, credit_score numeric, credit_rating text,
                   relationship_score numeric, relationship_level text, rfm_segment text,
                   revenue_share numeric, abc_class text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_limit is null or p_limit < 1 or p_limit > 5000
       or p_sort is null or p_sort not in ('revenue', 'contract_amount', 'received', 'receivable',
                                           'invoiced', 'expenses', 'profit', 'contact_frequency',
                                           'purchasing_power', 'credit_score', 'relationship_score') then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        select r.* from private.customer_analysis_rows(p_today) r
        order by case p_sort when 'revenue' then r.revenue when 'contract_amount' then r.contract_amount
                      when 'received' then r.received when 'receivable' then r.receivable
                      when 'invoiced' then r.invoiced when 'expenses' then r.expenses
                      when 'profit' then r.profit when 'contact_frequency' then r.contact_frequency
                      when 'purchasing_power' then r.purchasing_power when 'credit_score' then r.credit_score
                      else r.relationship_score end desc nulls last, r.customer_id
        limit p_limit;
end
$$;

-- The 12 months ending with p_today's, for one customer (P0002 when hidden or missing) or, with
-- no customer, for all the caller sees.
create or replace function api.customer_analysis_months(p_today date, p_customer_id bigint default null)
    returns table (month date, contract_amount numeric, received numeric, invoiced numeric,
                   receivable_change numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_customer_id is not null and not exists (select 1 from sales.customers c where c.id = p_customer_id) then
        raise exception 'record not found' using errcode = 'P0002';
    end if;
    if p_today is null or not isfinite(p_today) or p_today < date '1900-01-01' then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.customer_months(p_today, p_customer_id);
end
$$;

-- The figures summed by the customers' owner, the owner's unit (a pool customer: its pool's unit),
-- the company, the RFM segment or the ABC class (group_name the code, group_id null), over the
-- customers the caller sees; scores are averaged over the group's customers.
create or replace function api.customer_analysis_rollup(p_today date, p_by text)
    returns table (group_id bigint, group_name text, customers integer, contract_amount numeric,
                   revenue numeric, received numeric, receivable numeric, invoiced numeric,
                   expenses numeric, product_cost numeric, profit numeric, followups_12m integer,
                   purchasing_power numeric, credit_score numeric, relationship_score numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) or p_by is null
       or p_by not in ('owner', 'unit', 'company', 'segment', 'abc') then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        select f.gid, max(f.gname), count(*)::integer, sum(f.contract_amount), sum(f.revenue),
               sum(f.received), sum(f.receivable), sum(f.invoiced), sum(f.expenses), sum(f.product_cost),
               sum(f.profit), sum(f.followups_12m)::integer, sum(f.purchasing_power),
               round(avg(f.credit_score), 2), round(avg(f.relationship_score), 2)
        from (select r.*, case p_by when 'owner' then r.owner_id when 'unit' then r.unit_id end as gid,
                     case p_by when 'owner' then r.owner_name when 'unit' then r.unit_name
                               when 'segment' then r.rfm_segment when 'abc' then r.abc_class end as gname,
                     case p_by when 'segment' then r.rfm_segment when 'abc' then r.abc_class end as code
              from private.customer_analysis_rows(p_today) r) f
        group by f.gid, f.code
        order by sum(f.revenue) desc, 1 nulls last, 2;
end
$$;

comment on function api.customer_figures(bigint, date) is
'One customer''s analysis figures as of p_today; the formulas are on private.customer_figures.';
comment on function api.customer_analysis(date, text, integer) is
'The caller''s customers with their analysis figures (see private.customer_figures), revenue_share = '
'revenue ÷ total revenue of the customers the caller sees, abc_class A while the revenue of the larger '
'customers before it is under 80 % of the total, B under 95 %, else C (C for no revenue).';
comment on function api.customer_analysis_months(date, bigint) is
'The 12 months ending with p_today''s month: contract_amount approved, received (approved payments by '
'received date), invoiced (by issue date), receivable_change = contract_amount − received.';
comment on function api.customer_analysis_rollup(date, text) is
'private.customer_figures summed per owner, unit (a pool customer: its pool''s unit), the company, '
'the RFM segment or the ABC class (group_name the code); '
'credit and relationship scores averaged over the group''s customers.';

revoke all on function api.customer_figures(bigint, date), api.customer_analysis(date, text, integer),
    api.customer_analysis_months(date, bigint), api.customer_analysis_rollup(date, text) from public;
grant execute on function api.customer_figures(bigint, date), api.customer_analysis(date, text, integer),
    api.customer_analysis_months(date, bigint), api.customer_analysis_rollup(date, text) to salesdesk_user;

reset role;
